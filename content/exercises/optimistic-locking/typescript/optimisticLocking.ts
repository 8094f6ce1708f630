/** A record's value and its version (1 after insert, +1 per update). */
export interface Versioned<T> {
  value: T;
  version: number;
}

/** The record's version is not the one the caller expected. Ready-made. */
export class ConflictError extends Error {
  override name = "ConflictError";
  constructor(
    readonly id: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(`${id}: expected version ${expectedVersion}, found ${actualVersion}`);
  }
}

/** No record has this id. Ready-made. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
  constructor(readonly id: string) {
    super(`${id}: not found`);
  }
}

/**
 * An in-memory store of versioned records with optimistic concurrency control.
 * Values are copied on the way in and out, so callers cannot change stored records.
 */
export class VersionedStore<T> {
  constructor() {
    throw new Error("not implemented");
  }

  /**
   * Creates the record at version 1 and returns a copy of it.
   * @throws ConflictError (expectedVersion 0, actualVersion = current) if the id exists.
   */
  insert(id: string, value: T): Versioned<T> {
    throw new Error("not implemented");
  }

  /** A copy of the record, or undefined if there is none. */
  get(id: string): Versioned<T> | undefined {
    throw new Error("not implemented");
  }

  /**
   * Replaces the value and bumps the version, only if the stored version is expectedVersion.
   * @throws NotFoundError if the id does not exist.
   * @throws ConflictError if the stored version differs; nothing changes.
   */
  update(id: string, expectedVersion: number, value: T): Versioned<T> {
    throw new Error("not implemented");
  }

  /**
   * Removes the record, only if the stored version is expectedVersion.
   * @throws NotFoundError if the id does not exist.
   * @throws ConflictError if the stored version differs; nothing changes.
   */
  delete(id: string, expectedVersion: number): void {
    throw new Error("not implemented");
  }
}

/**
 * Reads the record, applies `mutate` to a copy of its value and updates with the version read.
 * On ConflictError starts again from a fresh read, up to maxAttempts attempts in total, then
 * rethrows the last ConflictError. Any other error is thrown at once without retrying.
 * @throws RangeError if maxAttempts is not an integer >= 1.
 * @throws NotFoundError if the record does not exist.
 */
export function updateWithRetry<T>(
  store: VersionedStore<T>,
  id: string,
  mutate: (current: T) => T,
  maxAttempts = 3,
): Versioned<T> {
  throw new Error("not implemented");
}

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
  private readonly records = new Map<string, Versioned<T>>();

  insert(id: string, value: T): Versioned<T> {
    const existing = this.records.get(id);
    if (existing !== undefined) throw new ConflictError(id, 0, existing.version);
    return this.store(id, value, 1);
  }

  get(id: string): Versioned<T> | undefined {
    const record = this.records.get(id);
    return record === undefined ? undefined : structuredClone(record);
  }

  update(id: string, expectedVersion: number, value: T): Versioned<T> {
    const current = this.check(id, expectedVersion);
    return this.store(id, value, current.version + 1);
  }

  delete(id: string, expectedVersion: number): void {
    this.check(id, expectedVersion);
    this.records.delete(id);
  }

  /** The compare half of compare-and-set. */
  private check(id: string, expectedVersion: number): Versioned<T> {
    const current = this.records.get(id);
    if (current === undefined) throw new NotFoundError(id);
    if (current.version !== expectedVersion) throw new ConflictError(id, expectedVersion, current.version);
    return current;
  }

  private store(id: string, value: T, version: number): Versioned<T> {
    const record = { value: structuredClone(value), version };
    this.records.set(id, record);
    return structuredClone(record);
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
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be an integer >= 1, got ${maxAttempts}`);
  }
  for (let attempt = 1; ; attempt++) {
    const current = store.get(id);
    if (current === undefined) throw new NotFoundError(id);
    try {
      return store.update(id, current.version, mutate(current.value));
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= maxAttempts) throw error;
    }
  }
}

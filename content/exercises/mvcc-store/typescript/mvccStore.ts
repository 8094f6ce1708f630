/** Thrown by commit() when another transaction committed a key this one wrote after its snapshot. */
export class WriteConflictError extends Error {
  override name = "WriteConflictError";
}

/** Thrown by every method of a transaction that already committed (or failed to) or aborted. */
export class TransactionClosedError extends Error {
  override name = "TransactionClosedError";
}

/**
 * A multi-version key-value store with snapshot isolation (first committer wins).
 *
 * Timestamps are a logical counter: begin() snapshots at the last commit timestamp, and each
 * successful commit that wrote something gets the next one.
 */
export class MVCCStore {
  constructor() {
    throw new Error("not implemented");
  }

  /** Starts a transaction whose snapshot is the last commit timestamp. */
  begin(): Transaction {
    throw new Error("not implemented");
  }

  /** The newest committed value of the key, or undefined if absent or deleted. */
  get(key: string): string | undefined {
    throw new Error("not implemented");
  }

  /** How many committed versions of the key are kept (delete versions included). */
  versionCount(key: string): number {
    throw new Error("not implemented");
  }

  /**
   * Removes versions no active transaction can see: per key, keeps every version newer than the
   * oldest active snapshot (the last commit timestamp if none is active) plus the newest version at
   * or before it, unless that one is a delete. Returns the number of versions removed.
   * A transaction stops being active once it commits, fails to commit or aborts.
   */
  vacuum(): number {
    throw new Error("not implemented");
  }
}

/** A transaction, created by MVCCStore.begin(). */
export class Transaction {
  /** Created by MVCCStore.begin(); not meant to be called directly. */
  constructor(store: MVCCStore, snapshot: number) {
    throw new Error("not implemented");
  }

  /**
   * This transaction's own latest write of the key if any, otherwise the newest version committed
   * at or before the snapshot; undefined if absent or deleted.
   * @throws TransactionClosedError after commit or abort.
   */
  get(key: string): string | undefined {
    throw new Error("not implemented");
  }

  /** Buffers a write, visible only to this transaction until commit. @throws TransactionClosedError */
  put(key: string, value: string): void {
    throw new Error("not implemented");
  }

  /** Buffers a delete, visible only to this transaction until commit. @throws TransactionClosedError */
  delete(key: string): void {
    throw new Error("not implemented");
  }

  /**
   * Applies all buffered writes atomically as new versions with the next commit timestamp.
   * @throws WriteConflictError (and aborts, applying nothing) if any written key has a version
   *   committed after this transaction's snapshot.
   * @throws TransactionClosedError if already committed or aborted.
   */
  commit(): void {
    throw new Error("not implemented");
  }

  /** Discards all buffered writes. @throws TransactionClosedError if already committed or aborted. */
  abort(): void {
    throw new Error("not implemented");
  }
}

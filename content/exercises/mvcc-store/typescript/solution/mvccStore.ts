/** Thrown by commit() when another transaction committed a key this one wrote after its snapshot. */
export class WriteConflictError extends Error {
  override name = "WriteConflictError";
}

/** Thrown by every method of a transaction that already committed (or failed to) or aborted. */
export class TransactionClosedError extends Error {
  override name = "TransactionClosedError";
}

/** One committed version; a null value records a delete. */
interface Version {
  commitTs: number;
  value: string | null;
}

/** The newest version committed at or before `ts`, if any. Versions are in commit order. */
function visibleAt(versions: readonly Version[] | undefined, ts: number): Version | undefined {
  if (versions === undefined) return undefined;
  for (let i = versions.length - 1; i >= 0; i--) {
    if (versions[i].commitTs <= ts) return versions[i];
  }
  return undefined;
}

/**
 * A multi-version key-value store with snapshot isolation (first committer wins).
 *
 * Timestamps are a logical counter: begin() snapshots at the last commit timestamp, and each
 * successful commit that wrote something gets the next one.
 */
export class MVCCStore {
  private readonly versions = new Map<string, Version[]>();
  private readonly active = new Set<Transaction>();
  private lastCommitTs = 0;

  begin(): Transaction {
    const tx = new Transaction(this, this.lastCommitTs);
    this.active.add(tx);
    return tx;
  }

  get(key: string): string | undefined {
    return this.readAt(key, this.lastCommitTs);
  }

  versionCount(key: string): number {
    return this.versions.get(key)?.length ?? 0;
  }

  vacuum(): number {
    let horizon = this.lastCommitTs;
    for (const tx of this.active) horizon = Math.min(horizon, tx.snapshot);
    let removed = 0;
    for (const [key, versions] of this.versions) {
      // The newest version at or before the horizon is the oldest one anybody can still read;
      // everything before it is garbage, and so is it if it records a delete.
      let newestVisible = versions.length - 1;
      while (newestVisible >= 0 && versions[newestVisible].commitTs > horizon) newestVisible--;
      const keepFrom =
        newestVisible < 0 ? 0 : versions[newestVisible].value === null ? newestVisible + 1 : newestVisible;
      removed += keepFrom;
      if (keepFrom === versions.length) this.versions.delete(key);
      else versions.splice(0, keepFrom);
    }
    return removed;
  }

  /** @internal Snapshot read used by transactions. */
  readAt(key: string, ts: number): string | undefined {
    return visibleAt(this.versions.get(key), ts)?.value ?? undefined;
  }

  /** @internal Validates and applies a transaction's writes, first committer wins. */
  commitWrites(tx: Transaction, writes: ReadonlyMap<string, string | null>): void {
    this.active.delete(tx);
    if (writes.size === 0) return;
    for (const key of writes.keys()) {
      const versions = this.versions.get(key);
      const newest = versions?.[versions.length - 1];
      if (newest !== undefined && newest.commitTs > tx.snapshot) {
        throw new WriteConflictError(`"${key}" was committed at ${newest.commitTs}, after snapshot ${tx.snapshot}`);
      }
    }
    const commitTs = ++this.lastCommitTs;
    for (const [key, value] of writes) {
      const versions = this.versions.get(key) ?? [];
      versions.push({ commitTs, value });
      this.versions.set(key, versions);
    }
  }

  /** @internal */
  release(tx: Transaction): void {
    this.active.delete(tx);
  }
}

/** A transaction, created by MVCCStore.begin(). */
export class Transaction {
  private readonly writes = new Map<string, string | null>();
  private closed = false;

  /** Created by MVCCStore.begin(); not meant to be called directly. */
  constructor(
    private readonly store: MVCCStore,
    readonly snapshot: number,
  ) {}

  get(key: string): string | undefined {
    this.ensureOpen();
    if (this.writes.has(key)) return this.writes.get(key) ?? undefined;
    return this.store.readAt(key, this.snapshot);
  }

  put(key: string, value: string): void {
    this.ensureOpen();
    this.writes.set(key, value);
  }

  delete(key: string): void {
    this.ensureOpen();
    this.writes.set(key, null);
  }

  commit(): void {
    this.ensureOpen();
    this.closed = true; // closed whether or not the commit succeeds
    this.store.commitWrites(this, this.writes);
  }

  abort(): void {
    this.ensureOpen();
    this.closed = true;
    this.store.release(this);
  }

  private ensureOpen(): void {
    if (this.closed) throw new TransactionClosedError("transaction already committed or aborted");
  }
}

/** A key and its value in a run; a null value is a tombstone (the key was deleted). */
export type Entry = [key: string, value: string | null];

/**
 * A tiny in-memory log-structured merge tree over string keys and values.
 *
 * Writes go to the memtable; a full memtable is flushed to an immutable run sorted by key.
 * Reads check the memtable, then the runs newest first, and stop at the first entry for the key.
 */
export class LSMTree {
  /**
   * @param memtableLimit the memtable is flushed as soon as it holds this many distinct keys
   *   (tombstones included); an integer >= 1.
   * @throws RangeError if memtableLimit is not an integer >= 1.
   */
  constructor(memtableLimit: number) {
    throw new Error("not implemented");
  }

  /** Writes key = value into the memtable, then flushes if the memtable reached its limit. */
  put(key: string, value: string): void {
    throw new Error("not implemented");
  }

  /**
   * The newest value of the key: the memtable first, then the runs from newest to oldest.
   * Returns undefined if the key was never written or its newest entry is a tombstone.
   */
  get(key: string): string | undefined {
    throw new Error("not implemented");
  }

  /** Writes a tombstone for the key into the memtable, then flushes if it reached its limit. */
  delete(key: string): void {
    throw new Error("not implemented");
  }

  /** Live keys with start <= key < end, each with its newest value, sorted by key. */
  scan(start: string, end: string): Array<[string, string]> {
    throw new Error("not implemented");
  }

  /** Freezes a non-empty memtable into a new run sorted by key, placed first (newest), and empties the memtable. */
  flush(): void {
    throw new Error("not implemented");
  }

  /**
   * Merges all runs (not the memtable) into at most one run holding the newest entry of each key,
   * with tombstones and the values they hid dropped. Leaves no run if nothing survives.
   */
  compact(): void {
    throw new Error("not implemented");
  }

  /** Copies of the runs, newest first, each sorted by key. */
  runs(): Entry[][] {
    throw new Error("not implemented");
  }

  /** The number of distinct keys in the memtable, tombstones included. */
  memtableSize(): number {
    throw new Error("not implemented");
  }
}

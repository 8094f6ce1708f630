/** A key and its value in a run; a null value is a tombstone (the key was deleted). */
export type Entry = [key: string, value: string | null];

function byKey(a: Entry, b: Entry): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** Binary search in a run sorted by key. */
function findInRun(run: readonly Entry[], key: string): Entry | undefined {
  let lo = 0;
  let hi = run.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const midKey = run[mid][0];
    if (midKey === key) return run[mid];
    if (midKey < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * A tiny in-memory log-structured merge tree over string keys and values.
 *
 * Writes go to the memtable; a full memtable is flushed to an immutable run sorted by key.
 * Reads check the memtable, then the runs newest first, and stop at the first entry for the key.
 */
export class LSMTree {
  private memtable = new Map<string, string | null>();
  /** Newest first. Never mutated once created. */
  private sortedRuns: ReadonlyArray<readonly Entry[]> = [];

  constructor(private readonly memtableLimit: number) {
    if (!Number.isInteger(memtableLimit) || memtableLimit < 1) {
      throw new RangeError(`memtableLimit must be an integer >= 1, got ${memtableLimit}`);
    }
  }

  put(key: string, value: string): void {
    this.write(key, value);
  }

  get(key: string): string | undefined {
    if (this.memtable.has(key)) return this.memtable.get(key) ?? undefined;
    for (const run of this.sortedRuns) {
      const entry = findInRun(run, key);
      if (entry !== undefined) return entry[1] ?? undefined; // the newest entry decides
    }
    return undefined;
  }

  delete(key: string): void {
    this.write(key, null);
  }

  scan(start: string, end: string): Array<[string, string]> {
    const merged = this.merge([...this.sortedRuns].reverse().concat([[...this.memtable]]));
    const result: Array<[string, string]> = [];
    for (const [key, value] of merged) {
      if (value !== null && key >= start && key < end) result.push([key, value]);
    }
    return result;
  }

  flush(): void {
    if (this.memtable.size === 0) return;
    const run = [...this.memtable].sort(byKey);
    this.sortedRuns = [run, ...this.sortedRuns];
    this.memtable = new Map();
  }

  compact(): void {
    const merged = this.merge([...this.sortedRuns].reverse()).filter(([, value]) => value !== null);
    this.sortedRuns = merged.length > 0 ? [merged] : [];
  }

  runs(): Entry[][] {
    return this.sortedRuns.map((run) => run.map(([key, value]): Entry => [key, value]));
  }

  memtableSize(): number {
    return this.memtable.size;
  }

  private write(key: string, value: string | null): void {
    this.memtable.set(key, value);
    if (this.memtable.size >= this.memtableLimit) this.flush();
  }

  /** Merges sources given oldest first: later entries overwrite earlier ones. Sorted by key. */
  private merge(oldestFirst: ReadonlyArray<readonly Entry[]>): Entry[] {
    const newest = new Map<string, string | null>();
    for (const source of oldestFirst) {
      for (const [key, value] of source) newest.set(key, value);
    }
    return [...newest].sort(byKey);
  }
}

/** Returns the current time in milliseconds. Tests pass a fake clock they move by hand. */
export type Clock = () => number;

/**
 * A cache-aside wrapper around an async loader that coalesces concurrent misses.
 *
 * A value is cached when its load completes and is fresh while clock() < completedAt + ttlMs.
 * Concurrent gets for a key that is loading share that one load. Failed loads are not cached.
 */
export class SingleFlightCache<V> {
  /**
   * @param loader loads the value for a key; called at most once per key at a time.
   * @param ttlMs how long a loaded value stays fresh, in milliseconds; finite and > 0.
   * @param clock returns the current time in milliseconds.
   * @throws RangeError if ttlMs is not a finite number > 0.
   */
  constructor(loader: (key: string) => Promise<V>, ttlMs: number, clock: Clock) {
    throw new Error("not implemented");
  }

  /**
   * The fresh cached value, or the result of the load already running for the key, or the result
   * of a new load. Rejects (never throws synchronously) if the load fails; failures are not cached.
   */
  get(key: string): Promise<V> {
    throw new Error("not implemented");
  }

  /**
   * Drops the cached value. A load already running still answers the callers waiting on it, but
   * its result is not cached and the next get starts a new load.
   */
  invalidate(key: string): void {
    throw new Error("not implemented");
  }
}

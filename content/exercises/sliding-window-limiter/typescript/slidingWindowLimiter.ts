/** Returns the current time in milliseconds. Tests pass a fake clock they move by hand. */
export type Clock = () => number;

/**
 * Exact sliding-window limiter: remembers the timestamps of allowed requests per key.
 *
 * A request at time t is allowed when fewer than `limit` allowed requests of the same key have a
 * timestamp in (t - windowMs, t]. Rejected requests are not recorded.
 */
export class SlidingLogLimiter {
  /**
   * @param limit requests allowed per window and key; an integer >= 1.
   * @param windowMs window length in milliseconds; finite and > 0.
   * @param clock returns the current time in milliseconds.
   * @throws RangeError on an invalid limit or windowMs.
   */
  constructor(limit: number, windowMs: number, clock: Clock) {
    throw new Error("not implemented");
  }

  /** Records and allows the request (true) if the key is under its limit; otherwise returns false. */
  tryAcquire(key: string): boolean {
    throw new Error("not implemented");
  }
}

/**
 * Approximate sliding-window limiter: two counters per key.
 *
 * Windows are aligned at multiples of windowMs. With start = floor(t / windowMs) * windowMs:
 * estimate = previousCount * (windowMs - (t - start)) / windowMs + currentCount, where a window
 * that ended more than one window ago counts as 0. A request is allowed when estimate < limit and
 * then adds 1 to currentCount. Rejected requests are not counted.
 */
export class SlidingWindowCounterLimiter {
  /**
   * @param limit requests allowed per window and key; an integer >= 1.
   * @param windowMs window length in milliseconds; finite and > 0.
   * @param clock returns the current time in milliseconds.
   * @throws RangeError on an invalid limit or windowMs.
   */
  constructor(limit: number, windowMs: number, clock: Clock) {
    throw new Error("not implemented");
  }

  /** Allows the request (true) and counts it if estimate(key) < limit; otherwise returns false. */
  tryAcquire(key: string): boolean {
    throw new Error("not implemented");
  }

  /** The weighted request count for the key at the current time. Consumes nothing. */
  estimate(key: string): number {
    throw new Error("not implemented");
  }
}

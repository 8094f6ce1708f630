/** Returns the current time in milliseconds. Tests pass a fake clock they move by hand. */
export type Clock = () => number;

/**
 * A token bucket rate limiter.
 *
 * Holds at most `capacity` tokens and gains `refillPerSecond` tokens per second, continuously
 * (fractions count). A new bucket starts full. Time is read only from the injected clock.
 * A clock reading earlier than the latest one seen counts as no time passing, and time up to that
 * latest reading is never credited twice.
 */
export class TokenBucket {
  /**
   * @param capacity maximum number of tokens, also the largest burst; finite and > 0.
   * @param refillPerSecond tokens added per second; finite and > 0.
   * @param clock returns the current time in milliseconds; read once here as the start time.
   * @throws RangeError if capacity or refillPerSecond is not a finite number > 0.
   */
  constructor(capacity: number, refillPerSecond: number, clock: Clock) {
    throw new Error("not implemented");
  }

  /**
   * Refills from the clock, then removes `cost` tokens and returns true if at least `cost` are
   * available. Otherwise returns false and removes nothing.
   * @throws RangeError if cost is not a finite number > 0, or cost > capacity.
   */
  tryConsume(cost = 1): boolean {
    throw new Error("not implemented");
  }

  /** Refills from the clock and returns the current token count (may be fractional). */
  available(): number {
    throw new Error("not implemented");
  }

  /**
   * Whole milliseconds until `cost` tokens will be available: 0 if they are available now,
   * otherwise ceil((cost - available) * 1000 / refillPerSecond). Consumes nothing.
   * @throws RangeError if cost is not a finite number > 0, or cost > capacity.
   */
  retryAfterMs(cost = 1): number {
    throw new Error("not implemented");
  }
}

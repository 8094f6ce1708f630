/** Returns the current time in milliseconds. Tests pass a fake clock they move by hand. */
export type Clock = () => number;

function validate(limit: number, windowMs: number): void {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`limit must be an integer >= 1, got ${limit}`);
  }
  if (!Number.isFinite(windowMs) || windowMs <= 0) {
    throw new RangeError(`windowMs must be a finite number > 0, got ${windowMs}`);
  }
}

/**
 * Exact sliding-window limiter: remembers the timestamps of allowed requests per key.
 *
 * A request at time t is allowed when fewer than `limit` allowed requests of the same key have a
 * timestamp in (t - windowMs, t]. Rejected requests are not recorded.
 */
export class SlidingLogLimiter {
  private readonly logs = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock,
  ) {
    validate(limit, windowMs);
  }

  tryAcquire(key: string): boolean {
    const now = this.clock();
    const log = this.logs.get(key) ?? [];
    // Timestamps are appended in order, so the expired ones are at the front.
    let expired = 0;
    while (expired < log.length && log[expired] <= now - this.windowMs) expired++;
    if (expired > 0) log.splice(0, expired);
    if (log.length >= this.limit) {
      this.logs.set(key, log);
      return false;
    }
    log.push(now);
    this.logs.set(key, log);
    return true;
  }
}

interface Counters {
  start: number;
  current: number;
  previous: number;
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
  private readonly counters = new Map<string, Counters>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock,
  ) {
    validate(limit, windowMs);
  }

  tryAcquire(key: string): boolean {
    const now = this.clock();
    const counters = this.roll(key, now);
    if (this.weighted(counters, now) >= this.limit) return false;
    counters.current += 1;
    return true;
  }

  estimate(key: string): number {
    const now = this.clock();
    return this.weighted(this.roll(key, now), now);
  }

  /** Brings the key's counters forward to the window containing `now`. */
  private roll(key: string, now: number): Counters {
    const start = Math.floor(now / this.windowMs) * this.windowMs;
    let counters = this.counters.get(key);
    if (counters === undefined) {
      counters = { start, current: 0, previous: 0 };
      this.counters.set(key, counters);
    } else if (start !== counters.start) {
      counters.previous = start - counters.start === this.windowMs ? counters.current : 0;
      counters.current = 0;
      counters.start = start;
    }
    return counters;
  }

  private weighted(counters: Counters, now: number): number {
    const overlap = this.windowMs - (now - counters.start);
    return (counters.previous * overlap) / this.windowMs + counters.current;
  }
}

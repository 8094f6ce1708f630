/** Returns the current time in milliseconds. Tests pass a fake clock they move by hand. */
export type Clock = () => number;

function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
  }
}

/**
 * A token bucket rate limiter.
 *
 * Holds at most `capacity` tokens and gains `refillPerSecond` tokens per second, continuously
 * (fractions count). A new bucket starts full. Time is read only from the injected clock.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly clock: Clock,
  ) {
    requirePositive("capacity", capacity);
    requirePositive("refillPerSecond", refillPerSecond);
    this.tokens = capacity;
    this.last = clock();
  }

  tryConsume(cost = 1): boolean {
    this.checkCost(cost);
    this.refill();
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  available(): number {
    this.refill();
    return this.tokens;
  }

  retryAfterMs(cost = 1): number {
    this.checkCost(cost);
    this.refill();
    if (this.tokens >= cost) return 0;
    return Math.ceil(((cost - this.tokens) * 1000) / this.refillPerSecond);
  }

  /** Adds the tokens earned since the last reading. Lazy: no timers. */
  private refill(): void {
    const now = this.clock();
    const elapsed = Math.max(0, now - this.last); // a clock that went backwards adds nothing
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.refillPerSecond) / 1000);
    this.last = Math.max(this.last, now);
  }

  private checkCost(cost: number): void {
    requirePositive("cost", cost);
    if (cost > this.capacity) {
      throw new RangeError(`cost ${cost} exceeds capacity ${this.capacity}`);
    }
  }
}

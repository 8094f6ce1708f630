/** Returns the current time in milliseconds. Tests pass a fake clock they move by hand. */
export type Clock = () => number;

/** An item that has left the bucket, and the time it left. */
export interface Leaked<T> {
  item: T;
  leakedAt: number;
}

/**
 * A queue-based leaky bucket.
 *
 * Holds at most `capacity` waiting items and lets them out in FIFO order, one every
 * interval = 1000 / leakPerSecond ms. An item leaks exactly one interval after it reaches the front:
 * leakedAt = max(arrivalTime, leakedAt of the previous accepted item) + interval. Every method
 * first lets out what has leaked by the current clock time (an item is out once now >= leakedAt).
 */
export class LeakyBucket<T> {
  private readonly interval: number;
  /** Waiting items with the time each will leak; leave times increase along the queue. */
  private readonly queue: Leaked<T>[] = [];
  private outbox: Leaked<T>[] = [];
  private lastLeakAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly capacity: number,
    leakPerSecond: number,
    private readonly clock: Clock,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be an integer >= 1, got ${capacity}`);
    }
    if (!Number.isFinite(leakPerSecond) || leakPerSecond <= 0) {
      throw new RangeError(`leakPerSecond must be a finite number > 0, got ${leakPerSecond}`);
    }
    this.interval = 1000 / leakPerSecond;
  }

  offer(item: T): boolean {
    const now = this.leak();
    if (this.queue.length >= this.capacity) return false;
    // The item reaches the front when it arrives or when the one ahead leaks, whichever is later.
    const leakedAt = Math.max(now, this.lastLeakAt) + this.interval;
    this.lastLeakAt = leakedAt;
    this.queue.push({ item, leakedAt });
    return true;
  }

  drain(): Leaked<T>[] {
    this.leak();
    const out = this.outbox;
    this.outbox = [];
    return out;
  }

  size(): number {
    this.leak();
    return this.queue.length;
  }

  nextLeakAt(): number | null {
    this.leak();
    return this.queue.length > 0 ? this.queue[0].leakedAt : null;
  }

  /** Moves every item whose leave time has come to the outbox; returns the clock reading. */
  private leak(): number {
    const now = this.clock();
    while (this.queue.length > 0 && this.queue[0].leakedAt <= now) {
      this.outbox.push(this.queue.shift()!);
    }
    return now;
  }
}

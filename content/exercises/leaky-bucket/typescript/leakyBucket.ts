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
  /**
   * @param capacity maximum number of waiting items; an integer >= 1.
   * @param leakPerSecond items leaked per second; finite and > 0.
   * @param clock returns the current time in milliseconds.
   * @throws RangeError on an invalid capacity or leakPerSecond.
   */
  constructor(capacity: number, leakPerSecond: number, clock: Clock) {
    throw new Error("not implemented");
  }

  /** Adds the item and returns true if fewer than capacity items are waiting; otherwise drops it and returns false. */
  offer(item: T): boolean {
    throw new Error("not implemented");
  }

  /** Returns the items that leaked since the last drain, oldest first, each exactly once. */
  drain(): Leaked<T>[] {
    throw new Error("not implemented");
  }

  /** The number of items still waiting (leaked items do not count, drained or not). */
  size(): number {
    throw new Error("not implemented");
  }

  /** The time the front item will leak, or null if the bucket is empty. */
  nextLeakAt(): number | null {
    throw new Error("not implemented");
  }
}

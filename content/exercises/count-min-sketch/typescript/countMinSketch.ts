import { createHash } from "node:crypto";

/**
 * Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
 * `${seed}:${text}`, read as a big-endian unsigned 32-bit integer.
 */
export function hash32(text: string, seed = 0): number {
  return createHash("sha256").update(`${seed}:${text}`).digest().readUInt32BE(0);
}

/**
 * A Count-Min sketch: `depth` rows of `width` counters. Row r maps an item to column
 * hash32(item, r) % width. Estimates never underestimate.
 */
export class CountMinSketch {
  /**
   * A sketch with width = ceil(e / epsilon) and depth = ceil(ln(1 / delta)).
   * @throws RangeError when epsilon or delta is not strictly between 0 and 1.
   */
  static fromErrorBounds(epsilon: number, delta: number): CountMinSketch {
    throw new Error("not implemented");
  }

  /**
   * An empty sketch.
   * @throws RangeError when `width` or `depth` is not a positive integer.
   */
  constructor(width: number, depth: number) {
    throw new Error("not implemented");
  }

  /** Number of counters per row. */
  get width(): number {
    throw new Error("not implemented");
  }

  /** Number of rows. */
  get depth(): number {
    throw new Error("not implemented");
  }

  /** Sum of all counts added. */
  get total(): number {
    throw new Error("not implemented");
  }

  /** The column of `item` in each row, in row order: hash32(item, r) % width. */
  indexes(item: string): number[] {
    throw new Error("not implemented");
  }

  /**
   * Adds `count` occurrences of `item` (one counter per row) and to `total`.
   * @throws RangeError when `count` is negative or not an integer.
   */
  add(item: string, count = 1): void {
    throw new Error("not implemented");
  }

  /** The minimum of the item's counters: never below the true count. */
  estimate(item: string): number {
    throw new Error("not implemented");
  }
}

/**
 * Tracks the (approximate) top-k items of a stream with a Count-Min sketch and at most k
 * tracked items.
 */
export class HeavyHitters {
  /**
   * @param k number of items to track; a positive integer.
   * @param width width of the underlying sketch.
   * @param depth depth of the underlying sketch.
   * @throws RangeError when `k`, `width` or `depth` is not a positive integer.
   */
  constructor(k: number, width: number, depth: number) {
    throw new Error("not implemented");
  }

  /**
   * Counts `item`. A tracked item stays tracked; an untracked one is tracked when fewer than k
   * are, or replaces the weakest tracked item (last in top() order) when its estimate is
   * strictly greater.
   * @throws RangeError when `count` is negative or not an integer.
   */
  add(item: string, count = 1): void {
    throw new Error("not implemented");
  }

  /** Tracked items as [item, current estimate], by estimate descending, then item ascending. */
  top(): Array<[string, number]> {
    throw new Error("not implemented");
  }
}

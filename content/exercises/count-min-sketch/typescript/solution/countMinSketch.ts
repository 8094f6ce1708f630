import { createHash } from "node:crypto";

/**
 * Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
 * `${seed}:${text}`, read as a big-endian unsigned 32-bit integer.
 */
export function hash32(text: string, seed = 0): number {
  return createHash("sha256").update(`${seed}:${text}`).digest().readUInt32BE(0);
}

function requirePositiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
}

function requireCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  }
}

/** A Count-Min sketch: `depth` rows of `width` counters. */
export class CountMinSketch {
  static fromErrorBounds(epsilon: number, delta: number): CountMinSketch {
    if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`epsilon must be in (0, 1), got ${epsilon}`);
    if (!(delta > 0 && delta < 1)) throw new RangeError(`delta must be in (0, 1), got ${delta}`);
    return new CountMinSketch(Math.ceil(Math.E / epsilon), Math.ceil(Math.log(1 / delta)));
  }

  private readonly rows: number[][];
  private readonly columns: number;
  private sum = 0;

  constructor(width: number, depth: number) {
    requirePositiveInteger("width", width);
    requirePositiveInteger("depth", depth);
    this.columns = width;
    this.rows = Array.from({ length: depth }, () => new Array<number>(width).fill(0));
  }

  get width(): number {
    return this.columns;
  }

  get depth(): number {
    return this.rows.length;
  }

  get total(): number {
    return this.sum;
  }

  indexes(item: string): number[] {
    return this.rows.map((_, row) => hash32(item, row) % this.columns);
  }

  add(item: string, count = 1): void {
    requireCount(count);
    this.indexes(item).forEach((column, row) => {
      this.rows[row][column] += count;
    });
    this.sum += count;
  }

  estimate(item: string): number {
    return Math.min(...this.indexes(item).map((column, row) => this.rows[row][column]));
  }
}

/** Tracks the approximate top-k items of a stream. */
export class HeavyHitters {
  private readonly k: number;
  private readonly sketch: CountMinSketch;
  private readonly tracked = new Set<string>();

  constructor(k: number, width: number, depth: number) {
    requirePositiveInteger("k", k);
    this.k = k;
    this.sketch = new CountMinSketch(width, depth);
  }

  add(item: string, count = 1): void {
    this.sketch.add(item, count);
    if (this.tracked.has(item)) return;
    if (this.tracked.size < this.k) {
      this.tracked.add(item);
      return;
    }
    const ranking = this.top();
    const [weakest, weakestEstimate] = ranking[ranking.length - 1];
    if (this.sketch.estimate(item) > weakestEstimate) {
      this.tracked.delete(weakest);
      this.tracked.add(item);
    }
  }

  top(): Array<[string, number]> {
    return [...this.tracked]
      .map((item): [string, number] => [item, this.sketch.estimate(item)])
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}

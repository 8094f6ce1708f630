export function exponentialBuckets(start: number, factor: number, count: number): number[] {
  if (!Number.isFinite(start) || start <= 0) throw new RangeError(`start must be a finite number > 0, got ${start}`);
  if (!Number.isFinite(factor) || factor <= 1) throw new RangeError(`factor must be a finite number > 1, got ${factor}`);
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be an integer >= 1, got ${count}`);
  const bounds: number[] = [];
  for (let bound = start; bounds.length < count; bound *= factor) bounds.push(bound);
  return bounds;
}

/**
 * A Prometheus-style histogram: one counter per finite upper bound plus a +Inf bucket, the total
 * count and the sum. Quantiles are estimated by linear interpolation inside the bucket that holds
 * them (like PromQL histogram_quantile).
 */
export class Histogram {
  private readonly bounds: number[];
  /** Non-cumulative; the last counter is the +Inf bucket. */
  private readonly counts: number[];
  private total = 0;
  private totalSum = 0;

  constructor(bounds: number[]) {
    if (bounds.length === 0) throw new RangeError("at least one bucket bound is required");
    bounds.forEach((bound, i) => {
      if (!Number.isFinite(bound) || bound <= 0) throw new RangeError(`bounds must be finite and > 0, got ${bound}`);
      if (i > 0 && bound <= bounds[i - 1]) throw new RangeError("bounds must be strictly increasing");
    });
    this.bounds = [...bounds];
    this.counts = new Array<number>(bounds.length + 1).fill(0);
  }

  record(value: number): void {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`value must be finite and >= 0, got ${value}`);
    this.counts[this.bucketIndex(value)] += 1;
    this.total += 1;
    this.totalSum += value;
  }

  count(): number {
    return this.total;
  }

  sum(): number {
    return this.totalSum;
  }

  buckets(): Array<{ le: number; count: number }> {
    let cumulative = 0;
    return this.counts.map((count, i) => {
      cumulative += count;
      return { le: i < this.bounds.length ? this.bounds[i] : Number.POSITIVE_INFINITY, count: cumulative };
    });
  }

  quantile(q: number): number {
    if (!(q > 0 && q <= 1)) throw new RangeError(`q must be in (0, 1], got ${q}`);
    if (this.total === 0) return Number.NaN;
    const rank = q * this.total;
    let before = 0;
    for (let i = 0; i < this.counts.length; i++) {
      const inBucket = this.counts[i];
      if (before + inBucket >= rank) {
        if (i === this.bounds.length) return this.bounds[this.bounds.length - 1]; // +Inf: no upper edge
        const lower = i === 0 ? 0 : this.bounds[i - 1];
        const upper = this.bounds[i];
        return lower + ((upper - lower) * (rank - before)) / inBucket;
      }
      before += inBucket;
    }
    return this.bounds[this.bounds.length - 1]; // unreachable: the last cumulative count is total >= rank
  }

  merge(other: Histogram): void {
    if (other.bounds.length !== this.bounds.length || other.bounds.some((bound, i) => bound !== this.bounds[i])) {
      throw new RangeError("cannot merge histograms with different bucket bounds");
    }
    other.counts.forEach((count, i) => {
      this.counts[i] += count;
    });
    this.total += other.total;
    this.totalSum += other.totalSum;
  }

  /** The first bucket whose bound is >= value (binary search); bounds.length is the +Inf bucket. */
  private bucketIndex(value: number): number {
    let lo = 0;
    let hi = this.bounds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.bounds[mid] >= value) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

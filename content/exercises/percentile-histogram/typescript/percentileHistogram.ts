/**
 * `count` bucket bounds: start, then each the previous one times factor (repeated multiplication).
 * @throws RangeError unless start > 0, factor > 1 and count is an integer >= 1 (all finite).
 */
export function exponentialBuckets(start: number, factor: number, count: number): number[] {
  throw new Error("not implemented");
}

/**
 * A Prometheus-style histogram: one counter per finite upper bound plus a +Inf bucket, the total
 * count and the sum. Quantiles are estimated by linear interpolation inside the bucket that holds
 * them (like PromQL histogram_quantile).
 */
export class Histogram {
  /**
   * @param bounds upper bounds of the finite buckets: non-empty, strictly increasing, finite, > 0.
   * @throws RangeError for invalid bounds.
   */
  constructor(bounds: number[]) {
    throw new Error("not implemented");
  }

  /**
   * Counts the value in the first bucket whose bound is >= value (or +Inf) and adds it to the sum.
   * @throws RangeError if value is negative or not finite.
   */
  record(value: number): void {
    throw new Error("not implemented");
  }

  /** How many values were recorded. */
  count(): number {
    throw new Error("not implemented");
  }

  /** The sum of the recorded values. */
  sum(): number {
    throw new Error("not implemented");
  }

  /** Cumulative counts per bucket: how many values are <= le; the last entry has le = Infinity. */
  buckets(): Array<{ le: number; count: number }> {
    throw new Error("not implemented");
  }

  /**
   * Estimates the q-quantile: rank = q * count; in the first bucket whose cumulative count >= rank,
   * lower + (upper - lower) * (rank - countBefore) / countInBucket (lower = previous bound or 0).
   * Returns the largest finite bound if that bucket is +Inf, NaN if the histogram is empty.
   * @throws RangeError unless 0 < q <= 1.
   */
  quantile(q: number): number {
    throw new Error("not implemented");
  }

  /**
   * Adds other's bucket counts, count and sum into this histogram; other is not changed.
   * @throws RangeError if the bounds differ.
   */
  merge(other: Histogram): void {
    throw new Error("not implemented");
  }
}

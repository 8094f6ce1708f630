import { test } from "node:test";
import assert from "node:assert/strict";
import { Histogram, exponentialBuckets } from "./percentileHistogram";

/** 10,000 deterministic latencies: 1..1000 ms spread evenly, every 50th one 20 times slower. */
function latencies(): number[] {
  const values: number[] = [];
  for (let i = 0; i < 10_000; i++) {
    const base = 1 + ((i * 7919) % 1000);
    values.push(i % 50 === 0 ? base * 20 : base);
  }
  return values;
}

test("exponentialBuckets multiplies each bound by the factor", () => {
  assert.deepEqual(exponentialBuckets(1, 2, 5), [1, 2, 4, 8, 16]);
  assert.deepEqual(exponentialBuckets(0.5, 3, 3), [0.5, 1.5, 4.5]);
  assert.deepEqual(exponentialBuckets(100, 1.5, 1), [100]);
  const bounds = exponentialBuckets(1, 1.1, 4);
  assert.deepEqual(bounds, [1, 1 * 1.1, 1 * 1.1 * 1.1, 1 * 1.1 * 1.1 * 1.1]);
});

test("a value lands in the first bucket whose upper bound is at least the value", () => {
  const h = new Histogram([10, 20, 40]);
  for (const value of [0, 10, 10.5, 20, 21, 40, 41, 1000]) h.record(value);
  assert.deepEqual(h.buckets(), [
    { le: 10, count: 2 },
    { le: 20, count: 4 },
    { le: 40, count: 6 },
    { le: Number.POSITIVE_INFINITY, count: 8 },
  ]);
});

test("count and sum track every recorded value", () => {
  const h = new Histogram([1, 2]);
  assert.equal(h.count(), 0);
  assert.equal(h.sum(), 0);
  for (const value of [0.5, 1.5, 7]) h.record(value);
  assert.equal(h.count(), 3);
  assert.equal(h.sum(), 9);
});

test("a quantile is interpolated linearly inside the bucket that holds it", () => {
  const h = new Histogram([10, 20, 40]);
  for (let i = 0; i < 10; i++) h.record(5);
  for (let i = 0; i < 10; i++) h.record(15);
  assert.equal(h.quantile(0.5), 10); // rank 10: the end of (0, 10]
  assert.equal(h.quantile(0.75), 15); // rank 15: halfway through (10, 20]
  assert.equal(h.quantile(1), 20);
  assert.equal(h.quantile(0.05), 1); // rank 1 of 10 in (0, 10]
  h.record(30);
  h.record(30); // 22 values; rank 0.99 * 22 = 21.78 lies in (20, 40], which holds 2
  assert.ok(Math.abs(h.quantile(0.99) - (20 + (20 * (21.78 - 20)) / 2)) < 1e-9);
});

test("a quantile in the overflow bucket is capped at the largest finite bound", () => {
  const h = new Histogram([100, 200]);
  h.record(50);
  for (let i = 0; i < 9; i++) h.record(5000);
  assert.equal(h.quantile(0.5), 200);
  assert.equal(h.quantile(0.99), 200);
  assert.equal(h.quantile(0.1), 100);
});

test("an empty histogram has no quantiles", () => {
  const h = new Histogram([1, 2, 3]);
  assert.ok(Number.isNaN(h.quantile(0.5)));
  assert.ok(Number.isNaN(h.quantile(0.99)));
});

test("p50, p95 and p99 are within the bucket error of the true values", () => {
  const h = new Histogram(exponentialBuckets(1, 1.1, 130));
  const values = latencies();
  for (const value of values) h.record(value);
  const sorted = [...values].sort((a, b) => a - b);
  for (const [q, index] of [[0.5, 4999], [0.95, 9499], [0.99, 9899]]) {
    const truth = sorted[index]; // nearest rank: the ceil(q * n)-th smallest value
    const estimate = h.quantile(q);
    assert.ok(Math.abs(estimate - truth) <= 0.1 * truth + 1e-9, `p${q * 100}: ${estimate} vs ${truth}`);
  }
  assert.ok(h.quantile(0.99) > 5 * h.quantile(0.5), "the slow tail shows up in p99");
});

test("merging gives the same histogram as recording everything in one", () => {
  const bounds = exponentialBuckets(1, 2, 12);
  const values = latencies();
  const whole = new Histogram(bounds);
  const left = new Histogram(bounds);
  const right = new Histogram(bounds);
  values.forEach((value, i) => {
    whole.record(value);
    (i % 3 === 0 ? left : right).record(value);
  });
  left.merge(right);
  assert.deepEqual(left.buckets(), whole.buckets());
  assert.equal(left.count(), 10_000);
  assert.equal(left.sum(), whole.sum());
  for (const q of [0.5, 0.95, 0.99]) assert.equal(left.quantile(q), whole.quantile(q));
});

test("merge leaves the other histogram unchanged", () => {
  const a = new Histogram([10, 100]);
  const b = new Histogram([10, 100]);
  a.record(5);
  b.record(50);
  b.record(500);
  a.merge(b);
  assert.equal(a.count(), 3);
  assert.equal(b.count(), 2);
  assert.deepEqual(b.buckets().map((bucket) => bucket.count), [0, 1, 2]);
  a.merge(new Histogram([10, 100])); // merging an empty histogram changes nothing
  assert.deepEqual(a.buckets().map((bucket) => bucket.count), [1, 2, 3]);
});

test("histograms with different bounds cannot be merged", () => {
  const a = new Histogram([10, 100]);
  a.record(1);
  assert.throws(() => a.merge(new Histogram([10, 200])), RangeError);
  assert.throws(() => a.merge(new Histogram([10])), RangeError);
  assert.throws(() => a.merge(new Histogram([10, 100, 1000])), RangeError);
  assert.equal(a.count(), 1);
});

test("invalid bounds and bucket arguments are rejected", () => {
  for (const bounds of [[], [10, 5], [1, 1], [0, 1], [-1, 1], [1, Number.POSITIVE_INFINITY], [Number.NaN]]) {
    assert.throws(() => new Histogram(bounds), RangeError, JSON.stringify(bounds));
  }
  assert.throws(() => exponentialBuckets(0, 2, 3), RangeError);
  assert.throws(() => exponentialBuckets(1, 1, 3), RangeError);
  assert.throws(() => exponentialBuckets(1, 2, 0), RangeError);
  assert.throws(() => exponentialBuckets(1, 2, 2.5), RangeError);
});

test("negative or non-finite values and quantiles outside (0, 1] are rejected", () => {
  const h = new Histogram([1, 2]);
  assert.throws(() => h.record(-1), RangeError);
  assert.throws(() => h.record(Number.NaN), RangeError);
  assert.throws(() => h.record(Number.POSITIVE_INFINITY), RangeError);
  assert.equal(h.count(), 0);
  h.record(1);
  for (const q of [0, -0.5, 1.01, Number.NaN]) assert.throws(() => h.quantile(q), RangeError, String(q));
});

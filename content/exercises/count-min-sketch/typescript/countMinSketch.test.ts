import { test } from "node:test";
import assert from "node:assert/strict";
import { CountMinSketch, HeavyHitters, hash32 } from "./countMinSketch";

/** A skewed stream: item-i occurs floor(2000 / (i + 1)) times, for 500 items. */
function skewedCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < 500; i++) counts.set(`item-${i}`, Math.floor(2000 / (i + 1)));
  return counts;
}

/** Deterministic Fisher-Yates shuffle driven by a Park-Miller generator. */
function shuffled<T>(items: T[], seed: number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    seed = (seed * 48271) % 2147483647;
    const j = seed % (i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

test("fromErrorBounds sizes width as ceil(e / epsilon) and depth as ceil(ln(1 / delta))", () => {
  const sketch = CountMinSketch.fromErrorBounds(0.01, 0.01);
  assert.deepEqual([sketch.width, sketch.depth], [272, 5]);
  const precise = CountMinSketch.fromErrorBounds(0.001, 0.0001);
  assert.deepEqual([precise.width, precise.depth], [2719, 10]);
});

test("an empty sketch estimates zero for every item", () => {
  const sketch = new CountMinSketch(50, 4);
  assert.equal(sketch.estimate("anything"), 0);
  assert.equal(sketch.total, 0);
});

test("counts a lone item exactly, including multi-counts", () => {
  const sketch = new CountMinSketch(100, 4);
  sketch.add("#rust", 3);
  sketch.add("#rust");
  sketch.add("#rust", 0);
  assert.equal(sketch.estimate("#rust"), 4);
  assert.equal(sketch.total, 4);
});

test("maps an item to column hash32(item, row) % width in each row", () => {
  const sketch = new CountMinSketch(97, 6);
  for (const item of ["a", "#trending", "ünïcode"]) {
    const expected = [0, 1, 2, 3, 4, 5].map((row) => hash32(item, row) % 97);
    assert.deepEqual(sketch.indexes(item), expected, item);
  }
});

test("estimates the minimum of the item's counters across the rows", () => {
  const width = 16;
  const depth = 4;
  const sketch = new CountMinSketch(width, depth);
  const table = Array.from({ length: depth }, () => new Array<number>(width).fill(0));
  for (let i = 0; i < 300; i++) {
    const item = `user-${i % 120}`;
    const count = 1 + (i % 5);
    sketch.add(item, count);
    sketch.indexes(item).forEach((column, row) => (table[row][column] += count));
  }
  for (let i = 0; i < 130; i++) {
    const item = `user-${i}`;
    const expected = Math.min(...sketch.indexes(item).map((column, row) => table[row][column]));
    assert.equal(sketch.estimate(item), expected, item);
  }
});

test("never underestimates a count", () => {
  const sketch = new CountMinSketch(64, 3);
  const counts = skewedCounts();
  for (const [item, count] of counts) sketch.add(item, count);
  for (const [item, count] of counts) {
    assert.ok(sketch.estimate(item) >= count, `${item}: ${sketch.estimate(item)} < ${count}`);
  }
});

test("keeps the overestimate within epsilon times the total for all but delta of the items", () => {
  const sketch = CountMinSketch.fromErrorBounds(0.01, 0.01);
  const counts = skewedCounts();
  for (const [item, count] of counts) sketch.add(item, count);
  const bound = 0.01 * sketch.total;
  let tooHigh = 0;
  for (const [item, count] of counts) {
    if (sketch.estimate(item) - count > bound) tooHigh++;
  }
  assert.ok(tooHigh / counts.size <= 0.01, `${tooHigh} of ${counts.size} items over the bound ${bound}`);
  let total = 0;
  for (const count of counts.values()) total += count;
  assert.equal(sketch.total, total);
});

test("rejects invalid dimensions, bounds and counts with RangeError", () => {
  assert.throws(() => new CountMinSketch(0, 3), RangeError);
  assert.throws(() => new CountMinSketch(10, 0), RangeError);
  assert.throws(() => new CountMinSketch(10.5, 3), RangeError);
  assert.throws(() => CountMinSketch.fromErrorBounds(0, 0.01), RangeError);
  assert.throws(() => CountMinSketch.fromErrorBounds(0.01, 1), RangeError);
  const sketch = new CountMinSketch(10, 3);
  assert.throws(() => sketch.add("x", -1), RangeError);
  assert.throws(() => sketch.add("x", 1.5), RangeError);
  assert.equal(sketch.total, 0);
});

test("heavy hitters lists the tracked items by estimate, then name", () => {
  const hitters = new HeavyHitters(2, 272, 5);
  for (const tag of ["#a", "#b", "#a", "#c", "#a", "#c"]) hitters.add(tag);
  assert.deepEqual(hitters.top(), [["#a", 3], ["#c", 2]]);
  const tied = new HeavyHitters(3, 272, 5);
  for (const tag of ["#y", "#z", "#x"]) tied.add(tag, 4);
  assert.deepEqual(tied.top(), [["#x", 4], ["#y", 4], ["#z", 4]]);
  tied.add("#w", 5); // replaces the weakest item, the last in top() order
  assert.deepEqual(tied.top(), [["#w", 5], ["#x", 4], ["#y", 4]]);
});

test("heavy hitters finds the most frequent items of a noisy stream", () => {
  const events: string[] = [];
  for (let i = 0; i < 500; i++) events.push("#heavy-1");
  for (let i = 0; i < 300; i++) events.push("#heavy-2");
  for (let i = 0; i < 200; i++) events.push("#heavy-3");
  for (let i = 0; i < 2000; i++) events.push(`#noise-${i}`);
  const hitters = new HeavyHitters(3, 272, 5);
  for (const event of shuffled(events, 9)) hitters.add(event);
  const top = hitters.top();
  assert.deepEqual(top.map(([item]) => item), ["#heavy-1", "#heavy-2", "#heavy-3"]);
  const truth = [500, 300, 200];
  top.forEach(([item, estimate], i) => {
    assert.ok(estimate >= truth[i] && estimate <= truth[i] + 0.01 * 3000, `${item}: ${estimate}`);
  });
});

test("heavy hitters lets a late riser replace the weakest tracked item", () => {
  const hitters = new HeavyHitters(3, 272, 5);
  hitters.add("a", 100);
  hitters.add("b", 90);
  hitters.add("c", 80);
  hitters.add("d", 80);
  assert.deepEqual(hitters.top().map(([item]) => item), ["a", "b", "c"], "a tie does not replace");
  hitters.add("d", 70);
  assert.deepEqual(hitters.top(), [["d", 150], ["a", 100], ["b", 90]]);
});

test("heavy hitters rejects a k that is not a positive integer with RangeError", () => {
  assert.throws(() => new HeavyHitters(0, 100, 4), RangeError);
  assert.throws(() => new HeavyHitters(2.5, 100, 4), RangeError);
  assert.throws(() => new HeavyHitters(3, 0, 4), RangeError);
});

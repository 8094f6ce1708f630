import { test } from "node:test";
import assert from "node:assert/strict";
import { topKFrequent } from "./topKFrequent";

test("returns the k most frequent items, most frequent first", () => {
  const requests = ["GET", "POST", "GET", "PUT", "POST", "GET", "DELETE"];
  assert.deepEqual(topKFrequent(requests, 2), ["GET", "POST"]);
  assert.deepEqual(topKFrequent(requests, 1), ["GET"]);
});

test("orders items with equal counts alphabetically", () => {
  assert.deepEqual(topKFrequent(["b", "a", "c", "a", "b", "c", "d"], 4), ["a", "b", "c", "d"]);
  assert.deepEqual(topKFrequent(["a", "B", "a", "B"], 2), ["B", "a"]);
});

test("keeps the alphabetically first items when k cuts through a tie", () => {
  const items = ["x", "x", "x", "pear", "fig", "kiwi", "fig", "kiwi", "pear", "apple"];
  assert.deepEqual(topKFrequent(items, 3), ["x", "fig", "kiwi"]);
});

test("returns every distinct item when k exceeds their number", () => {
  assert.deepEqual(topKFrequent(["a", "b", "a"], 10), ["a", "b"]);
});

test("k = 0 returns an empty list", () => {
  assert.deepEqual(topKFrequent(["a", "b", "a"], 0), []);
});

test("an empty input returns an empty list", () => {
  assert.deepEqual(topKFrequent([], 3), []);
});

test("compares items exactly, including case", () => {
  const logs = ["Error", "error", "error", "ERROR", "Error", "error"];
  assert.deepEqual(topKFrequent(logs, 3), ["error", "Error", "ERROR"]);
});

test("a single repeated item is returned once", () => {
  assert.deepEqual(topKFrequent(["same", "same", "same"], 2), ["same"]);
});

test("does not modify the input", () => {
  const items = ["c", "a", "b", "a"];
  topKFrequent(items, 2);
  assert.deepEqual(items, ["c", "a", "b", "a"]);
});

test("rejects a k that is negative or not an integer with RangeError", () => {
  assert.throws(() => topKFrequent(["a"], -1), RangeError);
  assert.throws(() => topKFrequent(["a"], 1.5), RangeError);
  assert.throws(() => topKFrequent([], Number.NaN), RangeError);
});

test("matches a brute-force count on random inputs", () => {
  let seed = 5;
  const next = (n: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  for (let round = 0; round < 40; round++) {
    const items = Array.from({ length: next(120) }, () => `w${next(15)}`);
    const k = next(18);
    const distinct = [...new Set(items)];
    const count = (item: string): number => items.filter((x) => x === item).length;
    const expected = distinct
      .sort((a, b) => count(b) - count(a) || (a < b ? -1 : 1))
      .slice(0, k);
    assert.deepEqual(topKFrequent(items, k), expected, `round ${round}`);
  }
});

test("handles a large input", () => {
  const items: string[] = [];
  for (let i = 0; i < 50_000; i++) items.push(`user-${i % 500}`); // 100 each
  for (let i = 0; i < 300; i++) items.push("hot-b", "hot-c");
  for (let i = 0; i < 500; i++) items.push("hot-a");
  assert.deepEqual(topKFrequent(items, 6), ["hot-a", "hot-b", "hot-c", "user-0", "user-1", "user-10"]);
});

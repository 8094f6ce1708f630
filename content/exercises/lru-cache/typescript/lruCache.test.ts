import { test } from "node:test";
import assert from "node:assert/strict";
import { LRUCache } from "./lruCache";

test("returns undefined for a key that was never stored", () => {
  const cache = new LRUCache<string, number>(2);
  assert.equal(cache.get("missing"), undefined);
  assert.equal(cache.size, 0);
});

test("returns the value stored by put", () => {
  const cache = new LRUCache<string, number>(2);
  cache.put("a", 1);
  cache.put("b", 2);
  assert.equal(cache.get("a"), 1);
  assert.equal(cache.get("b"), 2);
  assert.equal(cache.size, 2);
});

test("evicts the least recently used key when a new key exceeds the capacity", () => {
  const cache = new LRUCache<string, number>(2);
  cache.put("a", 1);
  cache.put("b", 2);
  cache.put("c", 3);
  assert.equal(cache.get("a"), undefined);
  assert.equal(cache.get("b"), 2);
  assert.equal(cache.get("c"), 3);
});

test("a get refreshes recency so the read key survives the next eviction", () => {
  const cache = new LRUCache<string, number>(2);
  cache.put("a", 1);
  cache.put("b", 2);
  assert.equal(cache.get("a"), 1);
  cache.put("c", 3);
  assert.equal(cache.get("b"), undefined);
  assert.equal(cache.get("a"), 1);
  assert.equal(cache.get("c"), 3);
});

test("a get of a missing key does not change the eviction order", () => {
  const cache = new LRUCache<string, number>(2);
  cache.put("a", 1);
  cache.put("b", 2);
  assert.equal(cache.get("zzz"), undefined);
  cache.put("c", 3);
  assert.deepEqual(cache.keys(), ["b", "c"]);
  assert.equal(cache.size, 2);
});

test("put on an existing key replaces its value without growing the size", () => {
  const cache = new LRUCache<string, number>(3);
  cache.put("a", 1);
  cache.put("a", 10);
  assert.equal(cache.get("a"), 10);
  assert.equal(cache.size, 1);
});

test("put on an existing key refreshes its recency", () => {
  const cache = new LRUCache<string, number>(2);
  cache.put("a", 1);
  cache.put("b", 2);
  cache.put("a", 11);
  cache.put("c", 3);
  assert.equal(cache.get("b"), undefined);
  assert.equal(cache.get("a"), 11);
  assert.equal(cache.get("c"), 3);
});

test("updating an existing key in a full cache evicts nothing", () => {
  const cache = new LRUCache<string, number>(2);
  cache.put("a", 1);
  cache.put("b", 2);
  cache.put("b", 20);
  assert.equal(cache.size, 2);
  assert.equal(cache.get("a"), 1);
  assert.equal(cache.get("b"), 20);
});

test("a cache of capacity 1 keeps only the most recent key", () => {
  const cache = new LRUCache<string, number>(1);
  cache.put("a", 1);
  assert.equal(cache.get("a"), 1);
  cache.put("b", 2);
  assert.equal(cache.get("a"), undefined);
  assert.equal(cache.get("b"), 2);
  cache.put("b", 3);
  assert.equal(cache.get("b"), 3);
  assert.equal(cache.size, 1);
});

test("the size never exceeds the capacity", () => {
  const cache = new LRUCache<number, number>(5);
  for (let i = 0; i < 100; i++) {
    cache.put(i, i * i);
    assert.ok(cache.size <= 5, `size ${cache.size} after ${i + 1} puts`);
  }
  assert.equal(cache.size, 5);
  assert.deepEqual(cache.keys(), [95, 96, 97, 98, 99]);
});

test("keys lists keys from least to most recently used without changing recency", () => {
  const cache = new LRUCache<string, number>(3);
  cache.put("a", 1);
  cache.put("b", 2);
  cache.put("c", 3);
  cache.get("a");
  assert.deepEqual(cache.keys(), ["b", "c", "a"]);
  assert.deepEqual(cache.keys(), ["b", "c", "a"]);
  cache.put("d", 4);
  assert.deepEqual(cache.keys(), ["c", "a", "d"]);
});

test("matches a reference model over a long sequence of mixed operations", () => {
  const capacity = 8;
  const cache = new LRUCache<number, number>(capacity);
  // Reference model: an array ordered from least to most recently used.
  const model: Array<[number, number]> = [];
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  for (let step = 0; step < 3000; step++) {
    const key = next(20);
    const at = model.findIndex(([k]) => k === key);
    if (next(2) === 0) {
      const expected = at === -1 ? undefined : model[at][1];
      if (at !== -1) model.push(model.splice(at, 1)[0]);
      assert.equal(cache.get(key), expected, `get(${key}) at step ${step}`);
    } else {
      if (at !== -1) model.splice(at, 1);
      else if (model.length === capacity) model.shift();
      model.push([key, step]);
      cache.put(key, step);
    }
    assert.equal(cache.size, model.length);
  }
  assert.deepEqual(cache.keys(), model.map(([k]) => k));
});

test("rejects a capacity that is zero or negative with RangeError", () => {
  assert.throws(() => new LRUCache<string, number>(0), RangeError);
  assert.throws(() => new LRUCache<string, number>(-3), RangeError);
});

test("rejects a capacity that is not an integer with RangeError", () => {
  assert.throws(() => new LRUCache<string, number>(2.5), RangeError);
  assert.throws(() => new LRUCache<string, number>(Number.NaN), RangeError);
});

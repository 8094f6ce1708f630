import { test } from "node:test";
import assert from "node:assert/strict";
import { LFUCache } from "./lfuCache";

test("returns undefined for a missing key and counts nothing", () => {
  const cache = new LFUCache<string, number>(2);
  assert.equal(cache.get("missing"), undefined);
  assert.equal(cache.frequency("missing"), 0);
  assert.equal(cache.size, 0);
});

test("returns stored values and starts new keys at frequency 1", () => {
  const cache = new LFUCache<string, number>(2);
  cache.put("a", 1);
  cache.put("b", 2);
  assert.equal(cache.frequency("a"), 1);
  assert.equal(cache.get("a"), 1);
  assert.equal(cache.get("b"), 2);
  assert.equal(cache.size, 2);
});

test("each get hit and each put of an existing key adds one use", () => {
  const cache = new LFUCache<string, number>(2);
  cache.put("a", 1);
  cache.get("a");
  cache.get("a");
  cache.put("a", 5);
  assert.equal(cache.frequency("a"), 4);
  assert.equal(cache.frequency("a"), 4, "frequency() itself is not a use");
  assert.equal(cache.get("a"), 5);
});

test("evicts the key with the lowest frequency", () => {
  const cache = new LFUCache<string, number>(3);
  cache.put("a", 1);
  cache.put("b", 2);
  cache.put("c", 3);
  cache.get("a");
  cache.get("c");
  cache.put("d", 4);
  assert.equal(cache.get("b"), undefined);
  assert.equal(cache.get("a"), 1);
  assert.equal(cache.get("c"), 3);
  assert.equal(cache.get("d"), 4);
});

test("breaks a frequency tie by evicting the least recently used key", () => {
  const cache = new LFUCache<string, number>(2);
  cache.put("a", 1);
  cache.put("b", 2);
  cache.get("b");
  cache.get("a");
  // a and b both have frequency 2; b's last use is older than a's, although a was inserted first.
  cache.put("c", 3);
  assert.equal(cache.get("b"), undefined);
  assert.equal(cache.get("a"), 1);
  assert.equal(cache.get("c"), 3);
});

test("a newly inserted key is the first candidate for the next eviction", () => {
  const cache = new LFUCache<string, number>(2);
  cache.put("a", 1);
  for (let i = 0; i < 3; i++) cache.get("a");
  cache.put("b", 2);
  for (let i = 0; i < 3; i++) cache.get("b");
  cache.put("c", 3); // a and b have frequency 4; a was used longer ago
  assert.equal(cache.frequency("a"), 0);
  assert.equal(cache.frequency("c"), 1);
  cache.put("d", 4); // c (frequency 1) must go, not b
  assert.equal(cache.frequency("c"), 0);
  assert.equal(cache.get("b"), 2);
  assert.equal(cache.get("d"), 4);
});

test("put on an existing key in a full cache replaces the value and evicts nothing", () => {
  const cache = new LFUCache<string, number>(2);
  cache.put("a", 1);
  cache.put("b", 2);
  cache.put("b", 20);
  assert.equal(cache.size, 2);
  assert.equal(cache.get("a"), 1);
  assert.equal(cache.get("b"), 20);
});

test("an evicted key that comes back starts again at frequency 1", () => {
  const cache = new LFUCache<string, number>(1);
  cache.put("a", 1);
  cache.get("a");
  cache.get("a");
  cache.put("b", 2);
  assert.equal(cache.frequency("a"), 0);
  cache.put("a", 10);
  assert.equal(cache.frequency("a"), 1);
  assert.equal(cache.get("a"), 10);
});

test("a cache of capacity 1 always replaces its single entry", () => {
  const cache = new LFUCache<string, number>(1);
  cache.put("a", 1);
  for (let i = 0; i < 5; i++) cache.get("a");
  cache.put("b", 2);
  assert.equal(cache.get("a"), undefined);
  assert.equal(cache.get("b"), 2);
  assert.equal(cache.size, 1);
});

test("the size never exceeds the capacity", () => {
  const cache = new LFUCache<number, number>(4);
  for (let i = 0; i < 50; i++) {
    cache.put(i, i);
    if (i % 3 === 0) cache.get(i);
    assert.ok(cache.size <= 4, `size ${cache.size}`);
  }
  assert.equal(cache.size, 4);
});

test("matches a reference model over a long sequence of mixed operations", () => {
  const capacity = 6;
  const cache = new LFUCache<number, number>(capacity);
  const model = new Map<number, { value: number; frequency: number; lastUse: number }>();
  let seed = 2024;
  const next = (n: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  for (let step = 0; step < 3000; step++) {
    const key = next(15);
    const entry = model.get(key);
    if (next(3) === 0) {
      if (entry !== undefined) {
        entry.frequency++;
        entry.lastUse = step;
      }
      assert.equal(cache.get(key), entry?.value, `get(${key}) at step ${step}`);
    } else {
      if (entry !== undefined) {
        entry.value = step;
        entry.frequency++;
        entry.lastUse = step;
      } else {
        if (model.size === capacity) {
          let victim = -1;
          let best = { frequency: Infinity, lastUse: Infinity };
          for (const [k, e] of model) {
            if (e.frequency < best.frequency || (e.frequency === best.frequency && e.lastUse < best.lastUse)) {
              victim = k;
              best = e;
            }
          }
          model.delete(victim);
        }
        model.set(key, { value: step, frequency: 1, lastUse: step });
      }
      cache.put(key, step);
    }
    assert.equal(cache.size, model.size);
  }
  for (let key = 0; key < 15; key++) {
    assert.equal(cache.frequency(key), model.get(key)?.frequency ?? 0, `frequency(${key})`);
  }
});

test("rejects a capacity that is not a positive integer with RangeError", () => {
  assert.throws(() => new LFUCache<string, number>(0), RangeError);
  assert.throws(() => new LFUCache<string, number>(-1), RangeError);
  assert.throws(() => new LFUCache<string, number>(1.5), RangeError);
});

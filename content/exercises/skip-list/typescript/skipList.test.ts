import { test } from "node:test";
import assert from "node:assert/strict";
import { SkipList, mulberry32 } from "./skipList";

/** The levels the documented rule draws from mulberry32(seed). */
function levelDrawer(seed: number, maxLevel: number): () => number {
  const random = mulberry32(seed);
  return () => {
    let level = 1;
    while (level < maxLevel && random() < 0.5) level++;
    return level;
  };
}

/** Distinct keys in a scrambled order: (i * 37) mod 1000 for i = 0 … n - 1. */
function scrambledKeys(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i * 37) % 1000);
}

test("an empty list finds nothing", () => {
  const list = new SkipList<string>();
  assert.equal(list.search(1), undefined);
  assert.equal(list.size, 0);
  assert.deepEqual(list.range(-Infinity, Infinity), []);
  assert.equal(list.delete(1), false);
});

test("search finds the value stored by insert", () => {
  const list = new SkipList<string>(3);
  list.insert(5, "five");
  list.insert(1, "one");
  list.insert(9, "nine");
  assert.equal(list.search(1), "one");
  assert.equal(list.search(5), "five");
  assert.equal(list.search(9), "nine");
  assert.equal(list.search(4), undefined);
  assert.equal(list.size, 3);
});

test("inserting an existing key replaces its value without growing the size", () => {
  const list = new SkipList<string>(3);
  list.insert(5, "old");
  list.insert(5, "new");
  assert.equal(list.search(5), "new");
  assert.equal(list.size, 1);
});

test("delete removes a key and reports whether it was present", () => {
  const list = new SkipList<number>(11);
  for (const key of [4, 8, 15, 16, 23, 42]) list.insert(key, key * 10);
  assert.equal(list.delete(15), true);
  assert.equal(list.delete(15), false);
  assert.equal(list.delete(7), false);
  assert.equal(list.search(15), undefined);
  assert.equal(list.search(16), 160);
  assert.equal(list.size, 5);
  assert.deepEqual(list.range(-Infinity, Infinity).map(([key]) => key), [4, 8, 16, 23, 42]);
});

test("keeps keys in ascending order whatever the insertion order", () => {
  const list = new SkipList<number>(5);
  const keys = scrambledKeys(300);
  for (const key of keys) list.insert(key, -key);
  const expected = [...keys].sort((a, b) => a - b).map((key): [number, number] => [key, -key]);
  assert.deepEqual(list.range(-Infinity, Infinity), expected);
});

test("range returns the pairs between the bounds inclusively", () => {
  const list = new SkipList<string>(8);
  for (const key of [10, 20, 30, 40, 50]) list.insert(key, `v${key}`);
  assert.deepEqual(list.range(20, 40), [[20, "v20"], [30, "v30"], [40, "v40"]]);
  assert.deepEqual(list.range(15, 35), [[20, "v20"], [30, "v30"]]);
  assert.deepEqual(list.range(50, 50), [[50, "v50"]]);
  assert.deepEqual(list.range(-5, 10), [[10, "v10"]]);
});

test("range is empty when the bounds are reversed or enclose no key", () => {
  const list = new SkipList<string>(8);
  for (const key of [10, 20, 30]) list.insert(key, `v${key}`);
  assert.deepEqual(list.range(30, 10), []);
  assert.deepEqual(list.range(11, 19), []);
  assert.deepEqual(list.range(31, 100), []);
});

test("draws each new key's level from the seeded generator", () => {
  const list = new SkipList<number>(7);
  const draw = levelDrawer(7, 16);
  const keys = scrambledKeys(200);
  const expected = new Map<number, number>();
  for (const key of keys) {
    list.insert(key, key);
    expected.set(key, draw());
  }
  for (const key of keys) assert.equal(list.levelOf(key), expected.get(key), `level of ${key}`);
  assert.ok(Math.max(...expected.values()) > 3, "some nodes should be tall");
});

test("updating a key keeps its level and consumes no random draw", () => {
  const list = new SkipList<string>(99);
  const draw = levelDrawer(99, 16);
  list.insert(1, "a");
  const levelOf1 = draw();
  list.insert(1, "b");
  list.insert(2, "c");
  const levelOf2 = draw();
  assert.equal(list.levelOf(1), levelOf1);
  assert.equal(list.levelOf(2), levelOf2);
  assert.equal(list.search(1), "b");
});

test("levels never exceed maxLevel", () => {
  const list = new SkipList<number>(2024, 3);
  const draw = levelDrawer(2024, 3);
  const keys = scrambledKeys(400);
  for (const key of keys) {
    list.insert(key, key);
    assert.equal(list.levelOf(key), draw(), `level of ${key}`);
  }
  const levels = keys.map((key) => list.levelOf(key));
  assert.equal(Math.max(...levels), 3);
  assert.equal(Math.min(...levels), 1);
});

test("levelOf returns 0 for a key that is absent or deleted", () => {
  const list = new SkipList<number>(1);
  assert.equal(list.levelOf(3), 0);
  list.insert(3, 3);
  assert.ok(list.levelOf(3) >= 1);
  list.delete(3);
  assert.equal(list.levelOf(3), 0);
});

test("matches a sorted map over many random inserts, deletes and searches", () => {
  const list = new SkipList<number>(31337);
  const model = new Map<number, number>();
  const random = mulberry32(555);
  for (let step = 0; step < 4000; step++) {
    const key = Math.floor(random() * 300);
    const action = random();
    if (action < 0.5) {
      list.insert(key, step);
      model.set(key, step);
    } else if (action < 0.8) {
      assert.equal(list.delete(key), model.delete(key), `delete(${key}) at step ${step}`);
    } else {
      assert.equal(list.search(key), model.get(key), `search(${key}) at step ${step}`);
    }
  }
  assert.equal(list.size, model.size);
  const expected = [...model.entries()].sort((a, b) => a[0] - b[0]);
  assert.deepEqual(list.range(-Infinity, Infinity), expected);
  assert.deepEqual(
    list.range(100, 199),
    expected.filter(([key]) => key >= 100 && key <= 199),
  );
});

test("rejects a maxLevel that is not a positive integer with RangeError", () => {
  assert.throws(() => new SkipList<number>(1, 0), RangeError);
  assert.throws(() => new SkipList<number>(1, -2), RangeError);
  assert.throws(() => new SkipList<number>(1, 2.5), RangeError);
});

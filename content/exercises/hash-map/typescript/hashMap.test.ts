import { test } from "node:test";
import assert from "node:assert/strict";
import { HashMap, fnv1a32 } from "./hashMap";

/** `count` keys of the form "key-<n>" sharing one home slot in a table of `capacity` slots. */
function collidingKeys(count: number, capacity: number, home?: number): { home: number; keys: string[] } {
  const groups = new Map<number, string[]>();
  for (let n = 0; ; n++) {
    const key = `key-${n}`;
    const slot = fnv1a32(key) & (capacity - 1);
    if (home !== undefined && slot !== home) continue;
    const group = groups.get(slot) ?? [];
    group.push(key);
    groups.set(slot, group);
    if (group.length === count) return { home: slot, keys: group };
  }
}

test("an empty map has no keys and capacity 8 by default", () => {
  const map = new HashMap<number>();
  assert.equal(map.size, 0);
  assert.equal(map.capacity, 8);
  assert.equal(map.tombstones, 0);
  assert.equal(map.get("x"), undefined);
  assert.equal(map.has("x"), false);
  assert.deepEqual(map.keys(), []);
});

test("set stores values and set on an existing key only replaces the value", () => {
  const map = new HashMap<number>();
  map.set("apple", 1);
  map.set("pear", 2);
  map.set("apple", 10);
  assert.equal(map.get("apple"), 10);
  assert.equal(map.get("pear"), 2);
  assert.equal(map.has("pear"), true);
  assert.equal(map.size, 2);
});

test("places keys at their FNV-1a home slot and probes linearly on collisions", () => {
  const map = new HashMap<number>(16);
  const { home, keys } = collidingKeys(3, 16);
  keys.forEach((key, i) => map.set(key, i));
  assert.deepEqual(keys.map((key) => map.slotOf(key)), [home, (home + 1) & 15, (home + 2) & 15]);
  assert.equal(map.slotOf("not-there"), -1);
  for (const key of ["ключ", "🔑", "plain"]) {
    const alone = new HashMap<number>(16);
    alone.set(key, 1);
    assert.equal(alone.slotOf(key), fnv1a32(key) & 15, `home slot of ${key}`);
  }
});

test("linear probing wraps from the last slot to slot 0", () => {
  const map = new HashMap<number>(8);
  const { keys } = collidingKeys(2, 8, 7);
  map.set(keys[0], 0);
  map.set(keys[1], 1);
  assert.equal(map.slotOf(keys[0]), 7);
  assert.equal(map.slotOf(keys[1]), 0);
  assert.equal(map.get(keys[1]), 1);
});

test("delete leaves a tombstone so keys further along the probe path stay reachable", () => {
  const map = new HashMap<string>(8);
  const { home, keys } = collidingKeys(3, 8);
  const [a, b, c] = keys;
  for (const key of keys) map.set(key, key.toUpperCase());
  assert.equal(map.delete(b), true);
  assert.equal(map.tombstones, 1);
  assert.equal(map.size, 2);
  assert.equal(map.has(b), false);
  assert.equal(map.get(c), c.toUpperCase());
  assert.equal(map.slotOf(c), (home + 2) & 7);
  assert.equal(map.get(a), a.toUpperCase());
});

test("a new key reuses the first tombstone on its path but an existing key is never duplicated", () => {
  const map = new HashMap<number>(8);
  const { home, keys } = collidingKeys(4, 8);
  const [a, b, c, d] = keys;
  map.set(a, 1);
  map.set(b, 2);
  map.set(c, 3);
  map.delete(a);
  map.set(c, 30); // c lives past the tombstone: update it in place
  assert.equal(map.size, 2);
  assert.equal(map.slotOf(c), (home + 2) & 7);
  assert.equal(map.tombstones, 1);
  map.set(d, 4); // a new key takes the tombstone left by a
  assert.equal(map.slotOf(d), home);
  assert.equal(map.tombstones, 0);
  map.delete(c);
  assert.equal(map.get(c), undefined, "no stale copy of c may survive");
  assert.deepEqual([map.get(b), map.get(d), map.size], [2, 4, 2]);
});

test("delete returns false for a key that is absent or already deleted", () => {
  const map = new HashMap<number>();
  map.set("a", 1);
  assert.equal(map.delete("b"), false);
  assert.equal(map.delete("a"), true);
  assert.equal(map.delete("a"), false);
  assert.equal(map.size, 0);
  assert.equal(map.tombstones, 1);
});

test("doubles the capacity when live entries would exceed 75% of the slots", () => {
  const map = new HashMap<number>(8);
  for (let i = 0; i < 6; i++) map.set(`k${i}`, i);
  assert.equal(map.capacity, 8);
  map.set("k6", 6);
  assert.equal(map.capacity, 16);
  for (let i = 7; i < 12; i++) map.set(`k${i}`, i);
  assert.equal(map.capacity, 16);
  map.set("k12", 12);
  assert.equal(map.capacity, 32);
  for (let i = 0; i <= 12; i++) assert.equal(map.get(`k${i}`), i);
  assert.equal(map.size, 13);
});

test("rebuilds at the same capacity when tombstones rather than live entries fill the table", () => {
  const map = new HashMap<number>(8);
  for (let i = 0; i < 6; i++) map.set(`k${i}`, i);
  map.delete("k0");
  assert.equal(map.tombstones, 1);
  map.set("fresh", 99);
  assert.equal(map.capacity, 8);
  assert.equal(map.tombstones, 0);
  assert.equal(map.size, 6);
  for (let i = 1; i < 6; i++) assert.equal(map.get(`k${i}`), i);
  assert.equal(map.get("fresh"), 99);
});

test("endless insert and delete churn neither grows the table nor lets tombstones pile up", () => {
  const map = new HashMap<number>(8);
  for (let i = 0; i < 1000; i++) {
    map.set(`churn-${i}`, i);
    assert.equal(map.get(`churn-${i}`), i);
    map.delete(`churn-${i}`);
    assert.ok(map.size + map.tombstones <= 6, `load ${map.size + map.tombstones} at step ${i}`);
  }
  assert.equal(map.capacity, 8);
  assert.equal(map.size, 0);
  assert.equal(map.get("churn-5"), undefined);
});

test("keys lists the live keys in slot order", () => {
  const map = new HashMap<number>(16);
  for (const key of ["a", "b", "c", "d", "e"]) map.set(key, 0);
  map.delete("c");
  const keys = map.keys();
  assert.deepEqual([...keys].sort(), ["a", "b", "d", "e"]);
  assert.deepEqual(
    keys.map((key) => map.slotOf(key)),
    keys.map((key) => map.slotOf(key)).sort((x, y) => x - y),
  );
});

test("holds thousands of keys and sizes the table by the load factor", () => {
  const map = new HashMap<number>();
  for (let i = 0; i < 5000; i++) map.set(`user:${i}`, i * 2);
  assert.equal(map.size, 5000);
  assert.equal(map.capacity, 8192);
  for (let i = 0; i < 5000; i += 7) assert.equal(map.get(`user:${i}`), i * 2);
  assert.equal(map.get("user:5000"), undefined);
});

test("matches a built-in map over a long sequence of sets, gets and deletes", () => {
  const map = new HashMap<number>(2);
  const model = new Map<string, number>();
  let seed = 77;
  const next = (n: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  for (let step = 0; step < 4000; step++) {
    const key = `k${next(60)}`;
    const op = next(3);
    if (op === 0) {
      map.set(key, step);
      model.set(key, step);
    } else if (op === 1) {
      assert.equal(map.delete(key), model.delete(key), `delete(${key}) at step ${step}`);
    } else {
      assert.equal(map.get(key), model.get(key), `get(${key}) at step ${step}`);
    }
    assert.equal(map.size, model.size);
    assert.ok(map.size + map.tombstones <= 0.75 * map.capacity);
  }
  assert.deepEqual([...map.keys()].sort(), [...model.keys()].sort());
});

test("rejects an initial capacity that is not a positive power of two with RangeError", () => {
  for (const bad of [0, -8, 6, 12, 1.5]) {
    assert.throws(() => new HashMap<number>(bad), RangeError, `capacity ${bad}`);
  }
  assert.equal(new HashMap<number>(1).capacity, 1);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { UnionFind } from "./unionFind";

test("starts with every element in its own set", () => {
  const uf = new UnionFind(4);
  assert.equal(uf.count, 4);
  for (let i = 0; i < 4; i++) {
    assert.equal(uf.find(i), i);
    assert.equal(uf.sizeOf(i), 1);
    assert.equal(uf.connected(i, i), true);
  }
  assert.equal(uf.connected(0, 1), false);
});

test("union merges two sets and reduces the count", () => {
  const uf = new UnionFind(5);
  assert.equal(uf.union(0, 1), true);
  assert.equal(uf.connected(0, 1), true);
  assert.equal(uf.connected(1, 0), true);
  assert.equal(uf.connected(0, 2), false);
  assert.equal(uf.count, 4);
});

test("union of already connected elements returns false and changes nothing", () => {
  const uf = new UnionFind(4);
  uf.union(0, 1);
  uf.union(1, 2);
  assert.equal(uf.union(0, 2), false);
  assert.equal(uf.union(2, 2), false);
  assert.equal(uf.count, 2);
  assert.equal(uf.sizeOf(0), 3);
});

test("connectivity is transitive across chained unions", () => {
  const uf = new UnionFind(8);
  uf.union(0, 1);
  uf.union(2, 3);
  uf.union(1, 3);
  uf.union(5, 6);
  assert.equal(uf.connected(0, 2), true);
  assert.equal(uf.connected(0, 3), true);
  assert.equal(uf.connected(3, 5), false);
  assert.equal(uf.connected(4, 7), false);
  assert.equal(uf.count, 4);
});

test("sizeOf reports the number of elements in the set", () => {
  const uf = new UnionFind(6);
  uf.union(0, 1);
  uf.union(2, 1);
  uf.union(4, 5);
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((x) => uf.sizeOf(x)), [3, 3, 3, 1, 2, 2]);
});

test("the root of the larger set becomes the root of the merged set", () => {
  const uf = new UnionFind(6);
  uf.union(0, 1);
  uf.union(0, 2); // {0, 1, 2} with root 0
  assert.equal(uf.find(2), 0);
  uf.union(3, 0); // {3} is smaller: it joins under 0
  assert.equal(uf.find(3), 0);
  uf.union(4, 5); // {4, 5} with root 4
  uf.union(4, 1); // {4, 5} is smaller than {0, 1, 2, 3}
  assert.equal(uf.find(4), 0);
  assert.equal(uf.find(5), 0);
  assert.equal(uf.sizeOf(5), 6);
});

test("when both sets have the same size the root of the first argument's set stays the root", () => {
  const uf = new UnionFind(6);
  uf.union(1, 0);
  assert.equal(uf.find(0), 1);
  uf.union(3, 2);
  uf.union(2, 0); // sizes 2 and 2: the root of 2's set (3) wins
  assert.equal(uf.find(1), 3);
  assert.equal(uf.find(0), 3);
});

test("an empty structure is allowed", () => {
  const uf = new UnionFind(0);
  assert.equal(uf.count, 0);
  assert.throws(() => uf.find(0), RangeError);
});

test("rejects elements outside 0 to n - 1 with RangeError", () => {
  const uf = new UnionFind(3);
  assert.throws(() => uf.find(3), RangeError);
  assert.throws(() => uf.find(-1), RangeError);
  assert.throws(() => uf.find(1.5), RangeError);
  assert.throws(() => uf.union(0, 7), RangeError);
  assert.throws(() => uf.connected(9, 0), RangeError);
  assert.throws(() => uf.sizeOf(3), RangeError);
  assert.equal(uf.count, 3);
});

test("rejects a negative or fractional element count with RangeError", () => {
  assert.throws(() => new UnionFind(-1), RangeError);
  assert.throws(() => new UnionFind(2.5), RangeError);
});

test("matches a naive labelling model over many random unions", () => {
  const n = 200;
  const uf = new UnionFind(n);
  const label = Array.from({ length: n }, (_, i) => i);
  let seed = 31;
  const next = (bound: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % bound;
  };
  for (let step = 0; step < 400; step++) {
    const a = next(n);
    const b = next(n);
    const merged = label[a] !== label[b];
    if (merged) {
      const from = label[b];
      for (let i = 0; i < n; i++) if (label[i] === from) label[i] = label[a];
    }
    assert.equal(uf.union(a, b), merged, `union(${a}, ${b}) at step ${step}`);
    const x = next(n);
    const y = next(n);
    assert.equal(uf.connected(x, y), label[x] === label[y]);
  }
  assert.equal(uf.count, new Set(label).size);
  for (let i = 0; i < n; i++) {
    assert.equal(uf.sizeOf(i), label.filter((l) => l === label[i]).length);
  }
});

test("handles a chain of 50,000 unions without deep recursion", () => {
  const n = 50_000;
  const uf = new UnionFind(n);
  for (let i = n - 1; i > 0; i--) uf.union(i, i - 1);
  assert.equal(uf.count, 1);
  assert.equal(uf.sizeOf(0), n);
  assert.equal(uf.connected(0, n - 1), true);
  for (let i = 0; i < n; i += 997) assert.equal(uf.find(i), uf.find(0));
});

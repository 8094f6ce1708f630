import { test } from "node:test";
import assert from "node:assert/strict";
import { BPlusTree } from "./bPlusTree";

test("a new tree is a single empty leaf", () => {
  const tree = new BPlusTree<string>(3);
  assert.equal(tree.size(), 0);
  assert.equal(tree.height(), 1);
  assert.deepEqual(tree.leaves(), [[]]);
  assert.equal(tree.get(1), undefined);
  assert.deepEqual(tree.range(0, 100), []);
});

test("stores values and finds them by key", () => {
  const tree = new BPlusTree<string>(3);
  tree.insert(5, "five");
  tree.insert(1, "one");
  tree.insert(3, "three");
  assert.equal(tree.get(5), "five");
  assert.equal(tree.get(1), "one");
  assert.equal(tree.get(3), "three");
  assert.equal(tree.get(2), undefined);
  assert.equal(tree.size(), 3);
});

test("inserting an existing key replaces its value without adding a key", () => {
  const tree = new BPlusTree<string>(3);
  for (const k of [1, 2, 3, 4, 5]) tree.insert(k, "old");
  tree.insert(4, "new");
  tree.insert(1, "new");
  assert.equal(tree.get(4), "new");
  assert.equal(tree.get(1), "new");
  assert.equal(tree.size(), 5);
  assert.deepEqual(tree.leaves().flat(), [1, 2, 3, 4, 5]);
});

test("keeps the keys of a leaf sorted whatever the insertion order", () => {
  const tree = new BPlusTree<number>(3);
  tree.insert(30, 0);
  tree.insert(10, 0);
  tree.insert(20, 0);
  assert.deepEqual(tree.leaves(), [[10, 20, 30]]);
  assert.equal(tree.height(), 1);
});

test("a leaf that overflows splits in two and the tree grows a level", () => {
  const tree = new BPlusTree<string>(3);
  for (const k of [1, 2, 3, 4]) tree.insert(k, `v${k}`);
  assert.deepEqual(tree.leaves(), [[1, 2], [3, 4]]);
  assert.equal(tree.height(), 2);
  for (const k of [1, 2, 3, 4]) assert.equal(tree.get(k), `v${k}`);
});

test("the left leaf keeps the larger half when an odd number of keys splits", () => {
  const tree = new BPlusTree<number>(4);
  for (const k of [10, 20, 30, 40]) tree.insert(k, k);
  tree.insert(25, 25);
  assert.deepEqual(tree.leaves(), [[10, 20, 25], [30, 40]]);
  assert.equal(tree.get(25), 25);
  assert.equal(tree.get(30), 30);
});

test("a split in the middle of the chain links the new leaf between its neighbours", () => {
  const tree = new BPlusTree<number>(3);
  for (const k of [10, 20, 30, 40]) tree.insert(k, k);
  assert.deepEqual(tree.leaves(), [[10, 20], [30, 40]]);
  tree.insert(25, 25);
  tree.insert(15, 15);
  assert.deepEqual(tree.leaves(), [[10, 15], [20, 25], [30, 40]]);
  for (const k of [10, 15, 20, 25, 30, 40]) assert.equal(tree.get(k), k);
  assert.equal(tree.get(35), undefined);
});

test("the tree grows one level only when the root itself overflows", () => {
  const tree = new BPlusTree<number>(3);
  for (let k = 1; k <= 9; k++) tree.insert(k, k);
  assert.deepEqual(tree.leaves(), [[1, 2], [3, 4], [5, 6], [7, 8, 9]]);
  assert.equal(tree.height(), 2); // the root holds 3 separators: full, not overflowing
  tree.insert(10, 10); // a fifth leaf gives the root a fourth separator: it splits
  assert.deepEqual(tree.leaves(), [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]);
  assert.equal(tree.height(), 3);
  for (let k = 1; k <= 10; k++) assert.equal(tree.get(k), k);
});

test("an overflowing internal node moves its middle key up", () => {
  // With maxKeys 3 an internal node that reaches 4 keys keeps 2, moves keys[2] up and keeps 1
  // on the right, so with ascending keys the root only overflows at the 28th key.
  const tree = new BPlusTree<number>(3);
  for (let k = 1; k <= 27; k++) tree.insert(k, k);
  assert.equal(tree.height(), 3);
  tree.insert(28, 28);
  assert.equal(tree.height(), 4);
  assert.deepEqual(tree.leaves().flat(), Array.from({ length: 28 }, (_, i) => i + 1));
  for (let k = 1; k <= 28; k++) assert.equal(tree.get(k), k);
});

test("works with the smallest node size of two keys", () => {
  const tree = new BPlusTree<number>(2);
  for (let k = 1; k <= 7; k++) tree.insert(k, k * 10);
  assert.deepEqual(tree.leaves(), [[1, 2], [3, 4], [5, 6], [7]]);
  assert.equal(tree.height(), 3);
  for (let k = 1; k <= 7; k++) assert.equal(tree.get(k), k * 10);
});

test("range returns inclusive key-value pairs in order across leaf boundaries", () => {
  const tree = new BPlusTree<string>(3);
  for (let k = 1; k <= 20; k++) tree.insert(k * 10, `v${k * 10}`);
  assert.deepEqual(tree.range(30, 70), [
    [30, "v30"],
    [40, "v40"],
    [50, "v50"],
    [60, "v60"],
    [70, "v70"],
  ]);
  assert.equal(tree.range(10, 200).length, 20);
});

test("range handles bounds between keys, outside the data and low above high", () => {
  const tree = new BPlusTree<number>(3);
  for (let k = 1; k <= 20; k++) tree.insert(k * 10, k);
  assert.deepEqual(tree.range(35, 64), [[40, 4], [50, 5], [60, 6]]);
  assert.deepEqual(tree.range(195, 1000), [[200, 20]]);
  assert.deepEqual(tree.range(-50, 5), []);
  assert.deepEqual(tree.range(41, 49), []);
  assert.deepEqual(tree.range(70, 30), []);
  assert.deepEqual(tree.range(50, 50), [[50, 5]]);
});

test("many inserts in scrambled order keep every key reachable and every leaf at least half full", () => {
  const tree = new BPlusTree<number>(4);
  const n = 1000;
  for (let i = 0; i < n; i++) {
    const key = (i * 7919) % n; // a fixed permutation of 0..999
    tree.insert(key, key * 2);
  }
  assert.equal(tree.size(), n);
  const leaves = tree.leaves();
  assert.deepEqual(leaves.flat(), Array.from({ length: n }, (_, k) => k));
  for (const leaf of leaves) assert.ok(leaf.length >= 2 && leaf.length <= 4, `leaf ${leaf}`);
  const height = tree.height();
  assert.ok(height >= 5 && height <= 7, `height ${height}`);
  for (let k = 0; k < n; k++) assert.equal(tree.get(k), k * 2);
  assert.equal(tree.range(0, n).length, n);
});

test("rejects a node size that is not an integer of at least two", () => {
  assert.throws(() => new BPlusTree(1), RangeError);
  assert.throws(() => new BPlusTree(0), RangeError);
  assert.throws(() => new BPlusTree(3.5), RangeError);
});

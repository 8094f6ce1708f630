import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { MerkleTree, diffLeaves, leafHash, nodeHash } from "./merkleDiff";

function sha256(...parts: Uint8Array[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
}

const hex = (text: string): Buffer => Buffer.from(text, "hex");
const blocks = (n: number, prefix = "block"): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

test("leafHash is SHA-256 of a zero byte followed by the UTF-8 data", () => {
  assert.equal(leafHash("hello"), sha256(Buffer.from([0]), Buffer.from("hello", "utf8")));
  assert.equal(leafHash(""), sha256(Buffer.from([0])));
  assert.equal(leafHash("ünïcödé"), sha256(Buffer.from([0]), Buffer.from("ünïcödé", "utf8")));
  assert.match(leafHash("x"), /^[0-9a-f]{64}$/);
});

test("nodeHash is SHA-256 of a one byte followed by both raw child digests", () => {
  const left = leafHash("a");
  const right = leafHash("b");
  assert.equal(nodeHash(left, right), sha256(Buffer.from([1]), hex(left), hex(right)));
  assert.notEqual(nodeHash(left, right), nodeHash(right, left));
});

test("the root of a single leaf is its leaf hash", () => {
  const tree = new MerkleTree(["only"]);
  assert.equal(tree.root, leafHash("only"));
  assert.equal(tree.leafCount, 1);
  assert.deepEqual(tree.levels, [[leafHash("only")]]);
});

test("hashes pairs level by level up to the root", () => {
  const [a, b, c, d] = ["a", "b", "c", "d"].map(leafHash);
  const tree = new MerkleTree(["a", "b", "c", "d"]);
  const ab = nodeHash(a, b);
  const cd = nodeHash(c, d);
  assert.deepEqual(tree.levels, [[a, b, c, d], [ab, cd], [nodeHash(ab, cd)]]);
  assert.equal(tree.root, nodeHash(ab, cd));
});

test("carries a lone last node up unchanged instead of duplicating it", () => {
  const [a, b, c, d, e] = ["a", "b", "c", "d", "e"].map(leafHash);
  const three = new MerkleTree(["a", "b", "c"]);
  assert.deepEqual(three.levels, [[a, b, c], [nodeHash(a, b), c], [nodeHash(nodeHash(a, b), c)]]);
  const five = new MerkleTree(["a", "b", "c", "d", "e"]);
  const abcd = nodeHash(nodeHash(a, b), nodeHash(c, d));
  assert.deepEqual(five.levels, [
    [a, b, c, d, e],
    [nodeHash(a, b), nodeHash(c, d), e],
    [abcd, e],
    [nodeHash(abcd, e)],
  ]);
});

test("rejects an empty list of leaves with RangeError", () => {
  assert.throws(() => new MerkleTree([]), RangeError);
});

test("the root depends on every leaf and on their order", () => {
  const base = new MerkleTree(blocks(7));
  assert.equal(new MerkleTree(blocks(7)).root, base.root);
  for (let i = 0; i < 7; i++) {
    const changed = blocks(7);
    changed[i] += "!";
    assert.notEqual(new MerkleTree(changed).root, base.root, `changing leaf ${i}`);
  }
  const swapped = blocks(7);
  [swapped[2], swapped[3]] = [swapped[3], swapped[2]];
  assert.notEqual(new MerkleTree(swapped).root, base.root);
});

test("identical trees have no differing leaves and cost a single comparison", () => {
  assert.deepEqual(diffLeaves(new MerkleTree(blocks(100)), new MerkleTree(blocks(100))), { leaves: [], comparisons: 1 });
});

test("finds a single changed leaf", () => {
  const a = new MerkleTree(["alice:10", "bob:20", "carol:30", "dave:40"]);
  const b = new MerkleTree(["alice:10", "bob:25", "carol:30", "dave:40"]);
  // root, then both children of the root, then both leaves under the differing child
  assert.deepEqual(diffLeaves(a, b), { leaves: [1], comparisons: 5 });
  assert.deepEqual(diffLeaves(b, a).leaves, [1]);
});

test("lists several changed leaves in ascending order, including a carried-up last leaf", () => {
  const original = blocks(13);
  const changed = [...original];
  for (const i of [12, 0, 7, 5]) changed[i] = `changed-${i}`;
  assert.deepEqual(diffLeaves(new MerkleTree(original), new MerkleTree(changed)).leaves, [0, 5, 7, 12]);
});

test("lists every leaf when all of them differ", () => {
  const result = diffLeaves(new MerkleTree(blocks(9, "x")), new MerkleTree(blocks(9, "y")));
  assert.deepEqual(result.leaves, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
});

test("skips subtrees whose hashes match", () => {
  const original = blocks(1024);
  const oneChange = [...original];
  oneChange[700] = "tampered";
  const single = diffLeaves(new MerkleTree(original), new MerkleTree(oneChange));
  assert.deepEqual(single.leaves, [700]);
  assert.ok(single.comparisons <= 21, `${single.comparisons} comparisons for one changed leaf of 1024`);
  const twoChanges = [...oneChange];
  twoChanges[3] = "tampered too";
  const double = diffLeaves(new MerkleTree(original), new MerkleTree(twoChanges));
  assert.deepEqual(double.leaves, [3, 700]);
  assert.ok(double.comparisons <= 41, `${double.comparisons} comparisons for two changed leaves of 1024`);
});

test("matches a leaf-by-leaf comparison on random edits", () => {
  let seed = 12;
  const next = (n: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  for (let round = 0; round < 20; round++) {
    const size = 1 + next(60);
    const original = blocks(size);
    const edited = [...original];
    for (let k = next(5); k > 0; k--) edited[next(size)] = `edit-${round}-${k}`;
    const expected = original.map((block, i) => (block !== edited[i] ? i : -1)).filter((i) => i >= 0);
    assert.deepEqual(diffLeaves(new MerkleTree(original), new MerkleTree(edited)).leaves, expected, `round ${round}`);
  }
});

test("rejects trees with different numbers of leaves with RangeError", () => {
  assert.throws(() => diffLeaves(new MerkleTree(blocks(4)), new MerkleTree(blocks(5))), RangeError);
});

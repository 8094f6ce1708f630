import { test } from "node:test";
import assert from "node:assert/strict";
import { ConsistentHashRing, hash32 } from "./consistentHashRing";

const KEYS = Array.from({ length: 10_000 }, (_, i) => `key-${i}`);

function ringWith(nodes: string[], virtualNodes = 100): ConsistentHashRing {
  const ring = new ConsistentHashRing(virtualNodes);
  for (const node of nodes) ring.addNode(node);
  return ring;
}

function owners(ring: ConsistentHashRing, keys: string[]): string[] {
  return keys.map((key) => ring.getNode(key) as string);
}

function shares(assignment: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of assignment) counts.set(node, (counts.get(node) ?? 0) + 1);
  for (const [node, count] of counts) counts.set(node, count / assignment.length);
  return counts;
}

test("an empty ring maps every key to undefined", () => {
  const ring = new ConsistentHashRing();
  assert.equal(ring.getNode("anything"), undefined);
  assert.equal(ring.pointCount, 0);
  assert.deepEqual(ring.nodes(), []);
});

test("a single node owns every key", () => {
  const ring = ringWith(["only"], 10);
  for (const key of KEYS.slice(0, 500)) assert.equal(ring.getNode(key), "only");
});

test("places virtualNodes points on the ring for every node", () => {
  const ring = ringWith(["a", "b", "c"], 40);
  assert.equal(ring.pointCount, 120);
  ring.removeNode("b");
  assert.equal(ring.pointCount, 80);
});

test("maps each key to the first point clockwise from its hash, wrapping past the top", () => {
  const nodes = ["n1", "n2", "n3"];
  const ring = ringWith(nodes, 2);
  const points = nodes
    .flatMap((node) => [0, 1].map((i) => ({ position: hash32(`${node}#${i}`), node })))
    .sort((a, b) => a.position - b.position || (a.node < b.node ? -1 : 1));
  let wrapped = 0;
  for (const key of KEYS.slice(0, 300)) {
    const h = hash32(key);
    const next = points.find((point) => point.position >= h);
    if (next === undefined) wrapped++;
    assert.equal(ring.getNode(key), (next ?? points[0]).node, `owner of ${key}`);
  }
  assert.ok(wrapped > 0, "the sample should include keys that wrap around");
});

test("the mapping does not depend on the order nodes were added", () => {
  const first = ringWith(["a", "b", "c", "d"]);
  const second = ringWith(["d", "b", "a", "c"]);
  assert.deepEqual(owners(second, KEYS.slice(0, 2000)), owners(first, KEYS.slice(0, 2000)));
});

test("points at the same position are ordered by node name", () => {
  // "node-91516#0" and "node-93728#0" hash to the same position, 1595571407.
  assert.equal(hash32("node-91516#0"), 1595571407);
  assert.equal(hash32("node-93728#0"), 1595571407);
  for (const order of [["node-93728", "node-91516"], ["node-91516", "node-93728"]]) {
    const ring = ringWith(order, 1);
    for (const key of KEYS.slice(0, 200)) {
      assert.equal(ring.getNode(key), "node-91516", `owner of ${key} after adding ${order.join(", ")}`);
    }
  }
});

test("spreads keys evenly across nodes with 100 virtual nodes", () => {
  const ring = ringWith(["a", "b", "c", "d", "e"]);
  const share = shares(owners(ring, KEYS));
  assert.equal(share.size, 5);
  for (const [node, fraction] of share) {
    assert.ok(fraction >= 0.12 && fraction <= 0.28, `node ${node} owns ${fraction}`);
  }
});

test("more virtual nodes give a more even load than one point per node", () => {
  const nodes = ["a", "b", "c", "d", "e"];
  const maxShare = (virtualNodes: number): number =>
    Math.max(...shares(owners(ringWith(nodes, virtualNodes), KEYS)).values());
  assert.ok(maxShare(200) < maxShare(1), `${maxShare(200)} vs ${maxShare(1)}`);
});

test("adding a node moves only about 1/n of the keys, all of them to the new node", () => {
  const ring = ringWith(["a", "b", "c", "d"]);
  const before = owners(ring, KEYS);
  ring.addNode("e");
  const after = owners(ring, KEYS);
  let moved = 0;
  for (let i = 0; i < KEYS.length; i++) {
    if (before[i] !== after[i]) {
      moved++;
      assert.equal(after[i], "e", `${KEYS[i]} moved from ${before[i]} to ${after[i]}`);
    }
  }
  const fraction = moved / KEYS.length;
  assert.ok(fraction >= 0.12 && fraction <= 0.28, `moved ${fraction} of the keys`);
});

test("removing a node moves only the keys it owned", () => {
  const ring = ringWith(["a", "b", "c", "d", "e"]);
  const before = owners(ring, KEYS);
  assert.equal(ring.removeNode("c"), true);
  const after = owners(ring, KEYS);
  let moved = 0;
  for (let i = 0; i < KEYS.length; i++) {
    if (before[i] === "c") {
      moved++;
      assert.notEqual(after[i], "c");
    } else {
      assert.equal(after[i], before[i], `${KEYS[i]} should stay on ${before[i]}`);
    }
  }
  assert.ok(moved / KEYS.length >= 0.12 && moved / KEYS.length <= 0.28, `moved ${moved}`);
});

test("adding an existing node or removing an absent one returns false and changes nothing", () => {
  const ring = ringWith(["a", "b"], 10);
  assert.equal(ring.addNode("a"), false);
  assert.equal(ring.pointCount, 20);
  assert.equal(ring.removeNode("zzz"), false);
  assert.equal(ring.pointCount, 20);
  assert.equal(ring.removeNode("a"), true);
  assert.equal(ring.removeNode("a"), false);
  assert.equal(ring.addNode("a"), true);
  assert.equal(ring.pointCount, 20);
});

test("nodes lists the node names in ascending order", () => {
  const ring = ringWith(["cache-c", "cache-a", "cache-b"], 5);
  assert.deepEqual(ring.nodes(), ["cache-a", "cache-b", "cache-c"]);
});

test("rejects a virtual node count that is not a positive integer with RangeError", () => {
  assert.throws(() => new ConsistentHashRing(0), RangeError);
  assert.throws(() => new ConsistentHashRing(-1), RangeError);
  assert.throws(() => new ConsistentHashRing(2.5), RangeError);
});

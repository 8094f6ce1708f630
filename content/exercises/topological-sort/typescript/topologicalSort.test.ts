import { test } from "node:test";
import assert from "node:assert/strict";
import { CycleError, topologicalSort } from "./topologicalSort";

type Edge = [string, string];

function assertRespectsEdges(order: string[], edges: Edge[]): void {
  const position = new Map(order.map((node, i) => [node, i]));
  for (const [a, b] of edges) {
    assert.ok(position.get(a)! < position.get(b)!, `${a} must come before ${b} in ${order.join(",")}`);
  }
}

function cycleOf(nodes: string[], edges: Edge[]): string[] {
  try {
    topologicalSort(nodes, edges);
  } catch (error) {
    assert.ok(error instanceof CycleError, `expected a CycleError, got ${String(error)}`);
    return error.cycle;
  }
  assert.fail("expected a CycleError");
}

function assertIsCycle(cycle: string[], edges: Edge[]): void {
  const edgeSet = new Set(edges.map(([a, b]) => `${a}->${b}`));
  assert.ok(cycle.length > 0, "the cycle must not be empty");
  assert.equal(new Set(cycle).size, cycle.length, `nodes repeat in ${cycle.join(",")}`);
  cycle.forEach((node, i) => {
    const next = cycle[(i + 1) % cycle.length];
    assert.ok(edgeSet.has(`${node}->${next}`), `no edge ${node} -> ${next} in cycle ${cycle.join(",")}`);
  });
}

test("an empty graph has an empty order", () => {
  assert.deepEqual(topologicalSort([], []), []);
});

test("nodes without edges come out in ascending order", () => {
  assert.deepEqual(topologicalSort(["delta", "alpha", "charlie", "bravo"], []), ["alpha", "bravo", "charlie", "delta"]);
});

test("places the source of every edge before its target", () => {
  const nodes = ["app", "db", "cache", "config", "logger", "metrics"];
  const edges: Edge[] = [
    ["config", "db"], ["config", "cache"], ["db", "app"], ["cache", "app"],
    ["logger", "metrics"], ["metrics", "app"], ["config", "logger"],
  ];
  const order = topologicalSort(nodes, edges);
  assert.deepEqual([...order].sort(), [...nodes].sort());
  assertRespectsEdges(order, edges);
});

test("always takes the smallest ready node first", () => {
  const edges: Edge[] = [["c", "a"], ["b", "a"], ["f", "d"]];
  assert.deepEqual(topologicalSort(["a", "b", "c", "d", "e", "f"], edges), ["b", "c", "a", "e", "f", "d"]);
  assert.deepEqual(
    topologicalSort(["app", "db", "cache", "config"], [["config", "db"], ["config", "cache"], ["db", "app"], ["cache", "app"]]),
    ["config", "cache", "db", "app"],
  );
});

test("duplicate nodes and duplicate edges are harmless", () => {
  const order = topologicalSort(["b", "a", "b", "c"], [["a", "b"], ["a", "b"], ["b", "c"], ["a", "b"]]);
  assert.deepEqual(order, ["a", "b", "c"]);
});

test("throws a CycleError when the dependencies form a cycle", () => {
  assert.throws(() => topologicalSort(["a", "b", "c"], [["a", "b"], ["b", "c"], ["c", "a"]]), CycleError);
});

test("reports the nodes of the cycle in edge order", () => {
  const edges: Edge[] = [["a", "b"], ["b", "c"], ["c", "a"]];
  const cycle = cycleOf(["a", "b", "c"], edges);
  assert.equal(cycle.length, 3);
  assertIsCycle(cycle, edges);
});

test("reports a self-loop as a one-node cycle", () => {
  assert.deepEqual(cycleOf(["a", "b"], [["a", "b"], ["b", "b"]]), ["b"]);
});

test("reports only the cycle, not the nodes leading into or out of it", () => {
  const nodes = ["start", "x", "y", "z", "end", "other"];
  const edges: Edge[] = [["start", "x"], ["x", "y"], ["y", "z"], ["z", "x"], ["z", "end"], ["other", "end"]];
  const cycle = cycleOf(nodes, edges);
  assertIsCycle(cycle, edges);
  assert.deepEqual([...cycle].sort(), ["x", "y", "z"]);
});

test("finds the cycle among many acyclic nodes", () => {
  const nodes: string[] = [];
  const edges: Edge[] = [];
  for (let i = 0; i < 100; i++) {
    nodes.push(`n${String(i).padStart(3, "0")}`);
    if (i > 0) edges.push([nodes[i - 1], nodes[i]]);
  }
  edges.push(["n090", "n042"]);
  const cycle = cycleOf(nodes, edges);
  assertIsCycle(cycle, edges);
  assert.equal(cycle.length, 49);
});

test("rejects an edge that mentions an unknown node with RangeError", () => {
  assert.throws(() => topologicalSort(["a", "b"], [["a", "c"]]), RangeError);
  assert.throws(() => topologicalSort(["a", "b"], [["z", "a"]]), RangeError);
});

test("sorts a chain of 5,000 nodes given in reverse", () => {
  const names = Array.from({ length: 5000 }, (_, i) => `task-${String(i).padStart(4, "0")}`);
  const edges: Edge[] = [];
  for (let i = 1; i < names.length; i++) edges.push([names[i], names[i - 1]]);
  const order = topologicalSort(names, edges);
  assert.deepEqual(order, [...names].reverse());
});

test("matches the smallest-ready-first order on random acyclic graphs", () => {
  let seed = 8;
  const next = (n: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  for (let round = 0; round < 5; round++) {
    const nodes = Array.from({ length: 60 }, (_, i) => `v${next(1000)}-${i}`);
    const edges: Edge[] = [];
    for (let k = 0; k < 150; k++) {
      const i = next(60);
      const j = next(60);
      if (i < j) edges.push([nodes[i], nodes[j]]);
    }
    // Brute force: repeatedly take the smallest node whose predecessors are all placed.
    const expected: string[] = [];
    const placed = new Set<string>();
    while (expected.length < nodes.length) {
      const ready = nodes
        .filter((node) => !placed.has(node))
        .filter((node) => edges.every(([a, b]) => b !== node || placed.has(a)))
        .sort();
      expected.push(ready[0]);
      placed.add(ready[0]);
    }
    const order = topologicalSort(nodes, edges);
    assertRespectsEdges(order, edges);
    assert.deepEqual(order, expected, `round ${round}`);
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { Graph, shortestDistances, shortestPath } from "./dijkstra";

const CITY: Graph = {
  home: [["cafe", 2], ["office", 10]],
  cafe: [["office", 3], ["gym", 7]],
  office: [["gym", 1]],
};

function asObject(distances: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...distances.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Bellman-Ford reference distances. */
function referenceDistances(graph: Graph, source: string): Map<string, number> {
  const dist = new Map<string, number>([[source, 0]]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [node, edges] of Object.entries(graph)) {
      const d = dist.get(node);
      if (d === undefined) continue;
      for (const [neighbour, weight] of edges) {
        const known = dist.get(neighbour);
        if (known === undefined || d + weight < known) {
          dist.set(neighbour, d + weight);
          changed = true;
        }
      }
    }
  }
  return dist;
}

/** The cost of walking `path`, taking the cheapest edge between consecutive nodes. */
function costOf(graph: Graph, path: string[]): number {
  let total = 0;
  for (let i = 1; i < path.length; i++) {
    const weights = (graph[path[i - 1]] ?? []).filter(([to]) => to === path[i]).map(([, w]) => w);
    assert.ok(weights.length > 0, `no edge ${path[i - 1]} -> ${path[i]}`);
    total += Math.min(...weights);
  }
  return total;
}

function randomGraph(nodes: number, edges: number, seed: number): Graph {
  const next = (n: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  const graph: Graph = {};
  for (let i = 0; i < edges; i++) {
    const from = `n${next(nodes)}`;
    (graph[from] ??= []).push([`n${next(nodes)}`, next(50)]);
  }
  return graph;
}

test("the source is at distance 0", () => {
  assert.deepEqual(asObject(shortestDistances({ a: [] }, "a")), { a: 0 });
});

test("computes the distance to every reachable node", () => {
  assert.deepEqual(asObject(shortestDistances(CITY, "home")), { cafe: 2, gym: 6, home: 0, office: 5 });
});

test("prefers a cheaper route with more hops over a direct expensive edge", () => {
  const graph: Graph = { s: [["t", 100], ["a", 1]], a: [["b", 1]], b: [["c", 1]], c: [["t", 1]] };
  assert.equal(shortestDistances(graph, "s").get("t"), 4);
});

test("improves a distance when a cheaper route is found after the first one", () => {
  const graph: Graph = { s: [["b", 4], ["a", 1]], a: [["b", 1]], b: [["t", 1]] };
  assert.deepEqual(asObject(shortestDistances(graph, "s")), { a: 1, b: 2, s: 0, t: 3 });
});

test("leaves unreachable nodes out of the result", () => {
  const graph: Graph = { a: [["b", 1]], c: [["d", 1]], d: [] };
  assert.deepEqual(asObject(shortestDistances(graph, "a")), { a: 0, b: 1 });
});

test("follows edges only in their direction", () => {
  const graph: Graph = { a: [["b", 1]], b: [] };
  assert.deepEqual(asObject(shortestDistances(graph, "b")), { b: 0 });
});

test("handles zero-weight edges, cycles and parallel edges", () => {
  const graph: Graph = {
    a: [["b", 0], ["c", 9], ["c", 4]],
    b: [["a", 0], ["c", 5]],
    c: [["a", 1], ["d", 0]],
  };
  assert.deepEqual(asObject(shortestDistances(graph, "a")), { a: 0, b: 0, c: 4, d: 4 });
});

test("a source with no entry in the graph reaches only itself", () => {
  assert.deepEqual(asObject(shortestDistances(CITY, "nowhere")), { nowhere: 0 });
});

test("shortestPath returns the distance and the nodes of a cheapest route", () => {
  assert.deepEqual(shortestPath(CITY, "home", "gym"), { distance: 6, path: ["home", "cafe", "office", "gym"] });
  assert.deepEqual(shortestPath(CITY, "cafe", "gym"), { distance: 4, path: ["cafe", "office", "gym"] });
});

test("shortestPath from a node to itself is that node alone at distance 0", () => {
  assert.deepEqual(shortestPath(CITY, "office", "office"), { distance: 0, path: ["office"] });
});

test("shortestPath returns undefined when the target is unreachable", () => {
  assert.equal(shortestPath(CITY, "gym", "home"), undefined);
  assert.equal(shortestPath(CITY, "home", "mars"), undefined);
});

test("rejects a negative or non-finite weight anywhere in the graph with RangeError", () => {
  const unreachableNegative: Graph = { a: [["b", 1]], x: [["y", -1]] };
  assert.throws(() => shortestDistances(unreachableNegative, "a"), RangeError);
  assert.throws(() => shortestPath(unreachableNegative, "a", "b"), RangeError);
  assert.throws(() => shortestDistances({ a: [["b", Number.NaN]] }, "a"), RangeError);
  assert.throws(() => shortestDistances({ a: [["b", Number.POSITIVE_INFINITY]] }, "a"), RangeError);
});

test("matches Bellman-Ford on random graphs and returns valid cheapest paths", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const graph = randomGraph(60, 240, seed);
    const expected = referenceDistances(graph, "n0");
    assert.deepEqual(asObject(shortestDistances(graph, "n0")), asObject(expected), `seed ${seed}`);
    for (const [target, distance] of expected) {
      const result = shortestPath(graph, "n0", target);
      assert.ok(result !== undefined, `path to ${target}`);
      assert.equal(result.distance, distance);
      assert.equal(result.path[0], "n0");
      assert.equal(result.path[result.path.length - 1], target);
      assert.equal(costOf(graph, result.path), distance, `cost of ${result.path.join(" -> ")}`);
    }
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { Point, QuadTree, Rect } from "./quadTree";

const WORLD: Rect = { x: 0, y: 0, width: 1000, height: 1000 };

function generator(seed: number): (n: number) => number {
  return (n: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
}

function randomPoints(count: number, seed: number): Point[] {
  const next = generator(seed);
  return Array.from({ length: count }, (_, i) => ({ x: next(1001), y: next(1001), id: `p${String(i).padStart(4, "0")}` }));
}

function ids(points: Point[]): string[] {
  return points.map((p) => p.id).sort();
}

function bruteNearest(points: Point[], x: number, y: number, k: number): string[] {
  return [...points]
    .sort((a, b) => (a.x - x) ** 2 + (a.y - y) ** 2 - ((b.x - x) ** 2 + (b.y - y) ** 2) || (a.id < b.id ? -1 : 1))
    .slice(0, k)
    .map((p) => p.id);
}

test("an empty tree finds nothing", () => {
  const tree = new QuadTree(WORLD);
  assert.equal(tree.size, 0);
  assert.equal(tree.depth(), 0);
  assert.deepEqual(tree.queryRange(WORLD), []);
  assert.deepEqual(tree.nearest(5, 5, 3), []);
});

test("insert accepts points inside or on the edge of the bounds and rejects the rest", () => {
  const tree = new QuadTree({ x: -10, y: -10, width: 20, height: 20 });
  assert.equal(tree.insert({ x: 0, y: 0, id: "centre" }), true);
  assert.equal(tree.insert({ x: 10, y: -10, id: "corner" }), true);
  assert.equal(tree.insert({ x: 10.5, y: 0, id: "east" }), false);
  assert.equal(tree.insert({ x: 0, y: -11, id: "south" }), false);
  assert.equal(tree.size, 2);
  assert.deepEqual(ids(tree.queryRange({ x: -100, y: -100, width: 200, height: 200 })), ["centre", "corner"]);
});

test("queryRange returns exactly the points inside the range, edges included", () => {
  const tree = new QuadTree({ x: 0, y: 0, width: 100, height: 100 }, 2);
  const points: Point[] = [
    { x: 10, y: 10, id: "a" }, { x: 20, y: 20, id: "b" }, { x: 30, y: 30, id: "c" },
    { x: 60, y: 60, id: "d" }, { x: 20, y: 80, id: "e" }, { x: 90, y: 5, id: "f" },
  ];
  for (const p of points) tree.insert(p);
  assert.deepEqual(ids(tree.queryRange({ x: 10, y: 10, width: 20, height: 20 })), ["a", "b", "c"]);
  assert.deepEqual(ids(tree.queryRange({ x: 50, y: 0, width: 50, height: 100 })), ["d", "f"]);
  assert.deepEqual(ids(tree.queryRange({ x: 40, y: 40, width: 5, height: 5 })), []);
  assert.deepEqual(ids(tree.queryRange({ x: -50, y: 70, width: 80, height: 500 })), ["e"]);
});

test("queryRange matches a brute-force scan on random points", () => {
  const tree = new QuadTree(WORLD, 4);
  const points = randomPoints(500, 3);
  for (const p of points) tree.insert(p);
  const next = generator(77);
  for (let round = 0; round < 40; round++) {
    const range = { x: next(1000) - 50, y: next(1000) - 50, width: next(400), height: next(400) };
    const expected = points.filter(
      (p) => p.x >= range.x && p.x <= range.x + range.width && p.y >= range.y && p.y <= range.y + range.height,
    );
    assert.deepEqual(ids(tree.queryRange(range)), ids(expected), JSON.stringify(range));
  }
});

test("a leaf splits only when it exceeds its capacity", () => {
  const tree = new QuadTree({ x: 0, y: 0, width: 10, height: 10 }, 4);
  for (const [x, y] of [[1, 1], [9, 1], [1, 9], [9, 9]]) tree.insert({ x, y, id: `${x},${y}` });
  assert.equal(tree.depth(), 0);
  tree.insert({ x: 2, y: 2, id: "fifth" });
  assert.equal(tree.depth(), 1);
  assert.equal(tree.size, 5);
});

test("a quadrant that receives too many points splits again", () => {
  const tree = new QuadTree({ x: 0, y: 0, width: 10, height: 10 }, 4);
  for (const [x, y] of [[1, 1], [4, 1], [1, 4], [4, 4], [2, 2]]) tree.insert({ x, y, id: `${x},${y}` });
  assert.equal(tree.depth(), 2);
  assert.deepEqual(ids(tree.queryRange({ x: 0, y: 0, width: 2.5, height: 2.5 })), ["1,1", "2,2"]);
});

test("points on a dividing line belong to the right and upper quadrants", () => {
  const tree = new QuadTree({ x: 0, y: 0, width: 8, height: 8 }, 4);
  for (const [x, y] of [[4, 4], [5, 5], [6, 6], [7, 7], [4, 7]]) tree.insert({ x, y, id: `${x},${y}` });
  // All five go to the upper-right quadrant, which must split once more.
  assert.equal(tree.depth(), 2);
  assert.deepEqual(ids(tree.queryRange({ x: 4, y: 4, width: 0, height: 0 })), ["4,4"]);
});

test("identical points stop splitting at maxDepth", () => {
  const tree = new QuadTree({ x: 0, y: 0, width: 16, height: 16 }, 2, 5);
  for (let i = 0; i < 30; i++) tree.insert({ x: 3, y: 3, id: `same-${i}` });
  assert.equal(tree.depth(), 5);
  assert.equal(tree.size, 30);
  assert.equal(tree.queryRange({ x: 3, y: 3, width: 0, height: 0 }).length, 30);
  const flat = new QuadTree({ x: 0, y: 0, width: 16, height: 16 }, 1, 0);
  for (let i = 0; i < 10; i++) flat.insert({ x: i, y: i, id: `d${i}` });
  assert.equal(flat.depth(), 0);
  assert.equal(flat.queryRange({ x: 0, y: 0, width: 16, height: 16 }).length, 10);
});

test("nearest returns the closest point", () => {
  const tree = new QuadTree({ x: 0, y: 0, width: 100, height: 100 }, 2);
  tree.insert({ x: 10, y: 10, id: "a" });
  tree.insert({ x: 80, y: 20, id: "b" });
  tree.insert({ x: 85, y: 90, id: "c" });
  tree.insert({ x: 40, y: 60, id: "d" });
  assert.deepEqual(ids(tree.nearest(90, 80)), ["c"]);
  assert.deepEqual(tree.nearest(0, 0, 1).map((p) => p.id), ["a"]);
  assert.deepEqual(tree.nearest(45, 55, 1)[0], { x: 40, y: 60, id: "d" });
});

test("nearest returns k points by distance, equal distances by id", () => {
  const tree = new QuadTree({ x: 0, y: 0, width: 100, height: 100 }, 1);
  for (const [x, y, id] of [[50, 60, "north"], [60, 50, "east"], [50, 40, "south"], [40, 50, "west"], [52, 51, "close"], [90, 90, "far"]] as const) {
    tree.insert({ x, y, id });
  }
  assert.deepEqual(tree.nearest(50, 50, 4).map((p) => p.id), ["close", "east", "north", "south"]);
  assert.deepEqual(tree.nearest(50, 50, 5).map((p) => p.id), ["close", "east", "north", "south", "west"]);
  // A tie can sit in a quadrant exactly as far away as the best point found so far: it must not be pruned.
  const split = new QuadTree({ x: 0, y: 0, width: 16, height: 16 }, 1);
  split.insert({ x: 6, y: 2, id: "z" });
  split.insert({ x: 8, y: 4, id: "a" });
  assert.deepEqual(split.nearest(6, 4, 1).map((p) => p.id), ["a"]);
});

test("nearest returns every point when k exceeds the size, and nothing when k is 0", () => {
  const tree = new QuadTree({ x: 0, y: 0, width: 10, height: 10 });
  tree.insert({ x: 1, y: 1, id: "a" });
  tree.insert({ x: 9, y: 9, id: "b" });
  assert.deepEqual(tree.nearest(10, 10, 5).map((p) => p.id), ["b", "a"]);
  assert.deepEqual(tree.nearest(10, 10, 0), []);
});

test("nearest matches a brute-force search on random points, from inside and outside the bounds", () => {
  const tree = new QuadTree(WORLD, 3);
  const points = randomPoints(400, 11);
  for (const p of points) tree.insert(p);
  const next = generator(5);
  for (let round = 0; round < 40; round++) {
    const x = next(1400) - 200;
    const y = next(1400) - 200;
    const k = 1 + next(8);
    assert.deepEqual(tree.nearest(x, y, k).map((p) => p.id), bruteNearest(points, x, y, k), `(${x}, ${y}), k = ${k}`);
  }
});

test("rejects invalid bounds, capacity, maxDepth or k with RangeError", () => {
  assert.throws(() => new QuadTree({ x: 0, y: 0, width: 0, height: 10 }), RangeError);
  assert.throws(() => new QuadTree({ x: 0, y: 0, width: 10, height: -1 }), RangeError);
  assert.throws(() => new QuadTree({ x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 10 }), RangeError);
  assert.throws(() => new QuadTree(WORLD, 0), RangeError);
  assert.throws(() => new QuadTree(WORLD, 2.5), RangeError);
  assert.throws(() => new QuadTree(WORLD, 4, -1), RangeError);
  const tree = new QuadTree(WORLD);
  assert.throws(() => tree.nearest(0, 0, -1), RangeError);
  assert.throws(() => tree.nearest(0, 0, 1.5), RangeError);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { MinHeap, Comparator } from "./minHeap";

/** Deterministic pseudo-random integers in [0, bound). */
function randomInts(count: number, bound: number, seed: number): number[] {
  const result: number[] = [];
  for (let i = 0; i < count; i++) {
    seed = (seed * 48271) % 2147483647;
    result.push(seed % bound);
  }
  return result;
}

function drain<T>(heap: MinHeap<T>): T[] {
  const result: T[] = [];
  while (heap.size > 0) result.push(heap.pop() as T);
  return result;
}

function assertHeapProperty<T>(array: T[], compare: Comparator<T>): void {
  const violations = array.filter((item, i) => i > 0 && compare(array[(i - 1) >> 1], item) > 0);
  assert.deepEqual(violations, [], `heap property violated in ${JSON.stringify(array)}`);
}

const ascending = (a: number, b: number): number => a - b;

test("an empty heap has size 0 and peek and pop return undefined", () => {
  const heap = new MinHeap<number>();
  assert.equal(heap.size, 0);
  assert.equal(heap.peek(), undefined);
  assert.equal(heap.pop(), undefined);
  assert.deepEqual(heap.toArray(), []);
});

test("pop returns the items in ascending order", () => {
  const heap = new MinHeap<number>();
  const values = randomInts(500, 1000, 7);
  for (const value of values) heap.push(value);
  assert.deepEqual(drain(heap), [...values].sort(ascending));
});

test("peek returns the minimum without removing it", () => {
  const heap = new MinHeap<number>();
  for (const value of [7, 3, 9, 1, 4]) heap.push(value);
  assert.equal(heap.peek(), 1);
  assert.equal(heap.peek(), 1);
  assert.equal(heap.size, 5);
  assert.equal(heap.pop(), 1);
  assert.equal(heap.peek(), 3);
});

test("keeps duplicate items", () => {
  const heap = new MinHeap<number>();
  for (const value of [3, 1, 3, 1, 2, 3]) heap.push(value);
  assert.deepEqual(drain(heap), [1, 1, 2, 3, 3, 3]);
});

test("compares strings in code-unit order by default", () => {
  const heap = new MinHeap<string>();
  for (const word of ["pear", "Apple", "fig", "apple", "banana"]) heap.push(word);
  assert.deepEqual(drain(heap), ["Apple", "apple", "banana", "fig", "pear"]);
});

test("a custom comparator turns it into a max-heap", () => {
  const heap = new MinHeap<number>((a, b) => b - a);
  for (const value of [5, 1, 9, 3, 9, 0]) heap.push(value);
  assert.deepEqual(drain(heap), [9, 9, 5, 3, 1, 0]);
});

test("a comparator can order records by several fields", () => {
  interface Task {
    priority: number;
    name: string;
  }
  const byPriorityThenName = (a: Task, b: Task): number =>
    a.priority - b.priority || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const heap = new MinHeap<Task>(byPriorityThenName);
  heap.push({ priority: 2, name: "deploy" });
  heap.push({ priority: 1, name: "page" });
  heap.push({ priority: 2, name: "backup" });
  heap.push({ priority: 3, name: "report" });
  assert.deepEqual(
    drain(heap).map((task) => task.name),
    ["page", "backup", "deploy", "report"],
  );
});

test("the backing array keeps the heap property after every push and pop", () => {
  const heap = new MinHeap<number>();
  const values = randomInts(300, 100, 99);
  for (const value of values) {
    heap.push(value);
    assertHeapProperty(heap.toArray(), ascending);
  }
  for (let i = 0; i < 150; i++) {
    heap.pop();
    assertHeapProperty(heap.toArray(), ascending);
  }
  assert.equal(heap.size, 150);
});

test("heapify builds a heap whose pops come out sorted", () => {
  const values = randomInts(400, 50, 3);
  const heap = MinHeap.heapify(values);
  assert.equal(heap.size, 400);
  assertHeapProperty(heap.toArray(), ascending);
  assert.deepEqual(drain(heap), [...values].sort(ascending));
});

test("heapify accepts a comparator and leaves the input array unchanged", () => {
  const values = [4, 8, 1, 9, 2];
  const heap = MinHeap.heapify(values, (a, b) => b - a);
  assert.deepEqual(values, [4, 8, 1, 9, 2]);
  heap.push(5);
  assert.deepEqual(values, [4, 8, 1, 9, 2]);
  assert.deepEqual(drain(heap), [9, 8, 5, 4, 2, 1]);
});

test("heapify uses a linear number of comparisons", () => {
  const n = 1024;
  const descending = Array.from({ length: n }, (_, i) => n - i);
  let comparisons = 0;
  const counting = (a: number, b: number): number => {
    comparisons++;
    return a - b;
  };
  const heap = MinHeap.heapify(descending, counting);
  assert.ok(comparisons <= 2 * n, `heapify used ${comparisons} comparisons for ${n} items`);
  assert.equal(heap.peek(), 1);
});

test("heapify of an empty array gives an empty heap", () => {
  const heap = MinHeap.heapify<number>([]);
  assert.equal(heap.size, 0);
  assert.equal(heap.pop(), undefined);
  heap.push(4);
  assert.equal(heap.pop(), 4);
});

test("interleaved pushes and pops match a sorted-list model", () => {
  const heap = new MinHeap<number>();
  const model: number[] = [];
  const ops = randomInts(2000, 1000, 42);
  for (const op of ops) {
    if (op % 3 === 0) {
      model.sort(ascending);
      assert.equal(heap.pop(), model.shift());
    } else {
      heap.push(op);
      model.push(op);
    }
    assert.equal(heap.size, model.length);
  }
});

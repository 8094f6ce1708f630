/** Negative when `a` comes first, positive when `b` does, 0 on a tie. */
export type Comparator<T> = (a: T, b: T) => number;

/**
 * An array-backed binary min-heap. The children of index i are 2i + 1 and 2i + 2;
 * for every i > 0, compare(array[(i - 1) >> 1], array[i]) <= 0.
 */
export class MinHeap<T> {
  /**
   * Builds a heap from `items` bottom-up in O(n) (at most 2n comparator calls).
   * Does not modify `items`.
   */
  static heapify<T>(items: readonly T[], compare?: Comparator<T>): MinHeap<T> {
    throw new Error("not implemented");
  }

  /**
   * Creates an empty heap.
   * @param compare ordering; defaults to comparing with `<` and `>`.
   */
  constructor(compare?: Comparator<T>) {
    throw new Error("not implemented");
  }

  /** Adds `item` in O(log n). */
  push(item: T): void {
    throw new Error("not implemented");
  }

  /** Removes and returns the smallest item in O(log n), or `undefined` when empty. */
  pop(): T | undefined {
    throw new Error("not implemented");
  }

  /** Returns the smallest item without removing it, or `undefined` when empty. */
  peek(): T | undefined {
    throw new Error("not implemented");
  }

  /** Number of items. */
  get size(): number {
    throw new Error("not implemented");
  }

  /** A copy of the backing array, in level order. */
  toArray(): T[] {
    throw new Error("not implemented");
  }
}

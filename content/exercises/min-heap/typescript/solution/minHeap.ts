/** Negative when `a` comes first, positive when `b` does, 0 on a tie. */
export type Comparator<T> = (a: T, b: T) => number;

function naturalOrder<T>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An array-backed binary min-heap. */
export class MinHeap<T> {
  static heapify<T>(items: readonly T[], compare?: Comparator<T>): MinHeap<T> {
    const heap = new MinHeap<T>(compare);
    heap.items = [...items];
    for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) heap.siftDown(i);
    return heap;
  }

  private items: T[] = [];
  private readonly compare: Comparator<T>;

  constructor(compare?: Comparator<T>) {
    this.compare = compare ?? naturalOrder;
  }

  push(item: T): void {
    this.items.push(item);
    this.siftUp(this.items.length - 1);
  }

  pop(): T | undefined {
    if (this.items.length === 0) return undefined;
    const top = this.items[0];
    const last = this.items.pop() as T;
    if (this.items.length > 0) {
      this.items[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  get size(): number {
    return this.items.length;
  }

  toArray(): T[] {
    return [...this.items];
  }

  private siftUp(index: number): void {
    const items = this.items;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.compare(items[index], items[parent]) >= 0) return;
      [items[index], items[parent]] = [items[parent], items[index]];
      index = parent;
    }
  }

  private siftDown(index: number): void {
    const items = this.items;
    const n = items.length;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= n) return;
      let smallest = left;
      if (left + 1 < n && this.compare(items[left + 1], items[left]) < 0) smallest = left + 1;
      if (this.compare(items[smallest], items[index]) >= 0) return;
      [items[index], items[smallest]] = [items[smallest], items[index]];
      index = smallest;
    }
  }
}

/**
 * Ready-made helper (keep it as is): the mulberry32 pseudo-random generator.
 * Returns a function producing deterministic floats in [0, 1) for a given seed.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SkipNode<V> {
  key: number;
  value: V;
  /** next[i] is the following node on level i + 1. */
  next: Array<SkipNode<V> | undefined>;
}

/** A sorted map from numeric keys to values, built on a skip list. */
export class SkipList<V> {
  private readonly random: () => number;
  private readonly maxLevel: number;
  private readonly head: SkipNode<V>;
  private count = 0;

  constructor(seed = 1, maxLevel = 16) {
    if (!Number.isInteger(maxLevel) || maxLevel < 1) {
      throw new RangeError(`maxLevel must be a positive integer, got ${maxLevel}`);
    }
    this.random = mulberry32(seed);
    this.maxLevel = maxLevel;
    this.head = { key: -Infinity, value: undefined as unknown as V, next: new Array(maxLevel).fill(undefined) };
  }

  insert(key: number, value: V): void {
    const update = this.predecessors(key);
    const candidate = update[0].next[0];
    if (candidate !== undefined && candidate.key === key) {
      candidate.value = value;
      return;
    }
    const level = this.randomLevel();
    const node: SkipNode<V> = { key, value, next: new Array(level) };
    for (let i = 0; i < level; i++) {
      node.next[i] = update[i].next[i];
      update[i].next[i] = node;
    }
    this.count++;
  }

  search(key: number): V | undefined {
    const node = this.find(key);
    return node === undefined ? undefined : node.value;
  }

  delete(key: number): boolean {
    const update = this.predecessors(key);
    const node = update[0].next[0];
    if (node === undefined || node.key !== key) return false;
    for (let i = 0; i < node.next.length; i++) {
      update[i].next[i] = node.next[i];
    }
    this.count--;
    return true;
  }

  range(lo: number, hi: number): Array<[number, V]> {
    const result: Array<[number, V]> = [];
    if (lo > hi) return result;
    let node = this.predecessors(lo)[0].next[0];
    while (node !== undefined && node.key <= hi) {
      result.push([node.key, node.value]);
      node = node.next[0];
    }
    return result;
  }

  levelOf(key: number): number {
    const node = this.find(key);
    return node === undefined ? 0 : node.next.length;
  }

  get size(): number {
    return this.count;
  }

  private find(key: number): SkipNode<V> | undefined {
    const node = this.predecessors(key)[0].next[0];
    return node !== undefined && node.key === key ? node : undefined;
  }

  /** For every level, the last node whose key is smaller than `key`. */
  private predecessors(key: number): Array<SkipNode<V>> {
    const update = new Array<SkipNode<V>>(this.maxLevel);
    let node = this.head;
    for (let level = this.maxLevel - 1; level >= 0; level--) {
      let next = node.next[level];
      while (next !== undefined && next.key < key) {
        node = next;
        next = node.next[level];
      }
      update[level] = node;
    }
    return update;
  }

  private randomLevel(): number {
    let level = 1;
    while (level < this.maxLevel && this.random() < 0.5) level++;
    return level;
  }
}

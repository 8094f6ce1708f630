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

/**
 * A sorted map from numeric keys to values, built on a skip list.
 * New keys get a level drawn from `mulberry32(seed)`: start at 1, add 1 while
 * level < maxLevel and random() < 0.5. Updates of existing keys draw nothing.
 */
export class SkipList<V> {
  /**
   * Creates an empty skip list.
   * @param seed seed of the list's own mulberry32 generator.
   * @param maxLevel highest level a node may have; a positive integer.
   * @throws RangeError when `maxLevel` is not a positive integer.
   */
  constructor(seed = 1, maxLevel = 16) {
    throw new Error("not implemented");
  }

  /** Inserts `key` or replaces its value. Only a new key draws a level. */
  insert(key: number, value: V): void {
    throw new Error("not implemented");
  }

  /** The value stored for `key`, or `undefined`. */
  search(key: number): V | undefined {
    throw new Error("not implemented");
  }

  /** Removes `key`; returns true when it was present. */
  delete(key: number): boolean {
    throw new Error("not implemented");
  }

  /** The `[key, value]` pairs with lo <= key <= hi, in ascending key order. */
  range(lo: number, hi: number): Array<[number, V]> {
    throw new Error("not implemented");
  }

  /** The level of `key`'s node (1 … maxLevel), or 0 when the key is absent. */
  levelOf(key: number): number {
    throw new Error("not implemented");
  }

  /** Number of keys. */
  get size(): number {
    throw new Error("not implemented");
  }
}

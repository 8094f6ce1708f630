/**
 * An in-memory B+ tree with numeric keys.
 *
 * Values live only in leaves; internal nodes hold separator keys. Leaves are linked left to right.
 * A node holds at most `maxKeys` keys. A leaf with n = maxKeys + 1 keys splits into a left leaf with
 * the first ceil(n / 2) keys and a new right leaf with the rest; the right leaf's first key is
 * copied up. An internal node with n = maxKeys + 1 keys splits around index floor(n / 2), whose key
 * moves up. A root split adds a level.
 */
export class BPlusTree<V> {
  /**
   * @param maxKeys the most keys a node may hold; an integer >= 2.
   * @throws RangeError if maxKeys is not an integer >= 2.
   */
  constructor(maxKeys: number) {
    throw new Error("not implemented");
  }

  /** Inserts the key with its value, or replaces the value if the key exists. Splits full nodes. */
  insert(key: number, value: V): void {
    throw new Error("not implemented");
  }

  /** The value stored for the key, or undefined. */
  get(key: number): V | undefined {
    throw new Error("not implemented");
  }

  /** Every [key, value] with low <= key <= high, in ascending key order; empty if low > high. */
  range(low: number, high: number): Array<[number, V]> {
    throw new Error("not implemented");
  }

  /** The number of distinct keys stored. */
  size(): number {
    throw new Error("not implemented");
  }

  /** The number of levels: 1 while the root is a leaf. */
  height(): number {
    throw new Error("not implemented");
  }

  /** The keys of each leaf, found by walking the leaf chain from the leftmost leaf. A new tree gives [[]]. */
  leaves(): number[][] {
    throw new Error("not implemented");
  }
}

/**
 * A fixed-capacity cache that evicts the least recently used key.
 * `get` and `put` must run in O(1) time.
 */
export class LRUCache<K, V> {
  /**
   * Creates an empty cache.
   * @param capacity maximum number of entries; must be a positive integer.
   * @throws RangeError when `capacity` is not a positive integer.
   */
  constructor(capacity: number) {
    throw new Error("not implemented");
  }

  /**
   * Returns the value stored for `key`, or `undefined` when the key is absent.
   * A hit makes `key` the most recently used; a miss changes nothing.
   */
  get(key: K): V | undefined {
    throw new Error("not implemented");
  }

  /**
   * Stores `value` under `key` and makes `key` the most recently used.
   * Updating an existing key never evicts. Inserting a new key into a full cache
   * first evicts the least recently used key.
   */
  put(key: K, value: V): void {
    throw new Error("not implemented");
  }

  /** Number of entries currently stored (never more than the capacity). */
  get size(): number {
    throw new Error("not implemented");
  }

  /** Keys ordered from least to most recently used. Does not change recency. */
  keys(): K[] {
    throw new Error("not implemented");
  }
}

/**
 * A fixed-capacity cache that evicts the least frequently used key, breaking ties by
 * evicting the least recently used of the tied keys. `get` and `put` should run in O(1).
 */
export class LFUCache<K, V> {
  /**
   * Creates an empty cache.
   * @param capacity maximum number of entries; must be a positive integer.
   * @throws RangeError when `capacity` is not a positive integer.
   */
  constructor(capacity: number) {
    throw new Error("not implemented");
  }

  /** The value for `key`, or `undefined`. A hit adds 1 to the key's frequency; a miss changes nothing. */
  get(key: K): V | undefined {
    throw new Error("not implemented");
  }

  /**
   * Inserts or updates `key`. An update replaces the value and adds 1 to the frequency (never evicts).
   * A new key in a full cache first evicts the lowest-frequency key (least recently used among ties),
   * then starts at frequency 1.
   */
  put(key: K, value: V): void {
    throw new Error("not implemented");
  }

  /** The use count of `key`, or 0 when absent. Does not count as a use. */
  frequency(key: K): number {
    throw new Error("not implemented");
  }

  /** Number of entries. */
  get size(): number {
    throw new Error("not implemented");
  }
}

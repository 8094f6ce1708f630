/**
 * Ready-made helper (keep it as is): the FNV-1a 32-bit hash of the UTF-8 bytes of `text`.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A string-keyed hash map with open addressing: linear probing from the home slot
 * fnv1a32(key) & (capacity - 1), tombstones on delete, and a rebuild before an insert would
 * make size + tombstones exceed 0.75 × capacity (doubling when the live entries need it).
 */
export class HashMap<V> {
  /**
   * Creates an empty map.
   * @param initialCapacity number of slots; a positive power of two.
   * @throws RangeError when `initialCapacity` is not a positive power of two.
   */
  constructor(initialCapacity = 8) {
    throw new Error("not implemented");
  }

  /**
   * Inserts or updates `key`. A new key goes into the first tombstone on its probe path, else the
   * first empty slot. Before inserting a new key, if size + tombstones + 1 > 0.75 × capacity, the
   * table is rebuilt (capacity doubled when size + 1 > 0.75 × capacity), dropping all tombstones.
   */
  set(key: string, value: V): void {
    throw new Error("not implemented");
  }

  /** The value for `key`, or `undefined`. */
  get(key: string): V | undefined {
    throw new Error("not implemented");
  }

  /** Whether `key` is present. */
  has(key: string): boolean {
    throw new Error("not implemented");
  }

  /** Removes `key`, leaving a tombstone in its slot. Returns false when the key is absent. */
  delete(key: string): boolean {
    throw new Error("not implemented");
  }

  /** Number of live entries. */
  get size(): number {
    throw new Error("not implemented");
  }

  /** Number of slots (a power of two). */
  get capacity(): number {
    throw new Error("not implemented");
  }

  /** Number of tombstone slots. */
  get tombstones(): number {
    throw new Error("not implemented");
  }

  /** Live keys in slot order. */
  keys(): string[] {
    throw new Error("not implemented");
  }

  /** The slot index holding `key`, or -1 when absent. */
  slotOf(key: string): number {
    throw new Error("not implemented");
  }
}

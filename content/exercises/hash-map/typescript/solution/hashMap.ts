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

const TOMBSTONE = Symbol("tombstone");

interface Entry<V> {
  key: string;
  value: V;
}

type Slot<V> = Entry<V> | typeof TOMBSTONE | undefined;

const MAX_LOAD = 0.75;

/** A string-keyed hash map with open addressing, linear probing and tombstones. */
export class HashMap<V> {
  private slots: Array<Slot<V>>;
  private live = 0;
  private dead = 0;

  constructor(initialCapacity = 8) {
    if (!Number.isInteger(initialCapacity) || initialCapacity < 1 || (initialCapacity & (initialCapacity - 1)) !== 0) {
      throw new RangeError(`initialCapacity must be a positive power of two, got ${initialCapacity}`);
    }
    this.slots = new Array<Slot<V>>(initialCapacity).fill(undefined);
  }

  set(key: string, value: V): void {
    let found = this.find(key);
    if (found.index !== -1) {
      (this.slots[found.index] as Entry<V>).value = value;
      return;
    }
    if (this.live + this.dead + 1 > MAX_LOAD * this.capacity) {
      this.rebuild(this.live + 1 > MAX_LOAD * this.capacity ? this.capacity * 2 : this.capacity);
      found = this.find(key);
    }
    if (this.slots[found.insertAt] === TOMBSTONE) this.dead--;
    this.slots[found.insertAt] = { key, value };
    this.live++;
  }

  get(key: string): V | undefined {
    const { index } = this.find(key);
    return index === -1 ? undefined : (this.slots[index] as Entry<V>).value;
  }

  has(key: string): boolean {
    return this.find(key).index !== -1;
  }

  delete(key: string): boolean {
    const { index } = this.find(key);
    if (index === -1) return false;
    this.slots[index] = TOMBSTONE;
    this.live--;
    this.dead++;
    return true;
  }

  get size(): number {
    return this.live;
  }

  get capacity(): number {
    return this.slots.length;
  }

  get tombstones(): number {
    return this.dead;
  }

  keys(): string[] {
    const result: string[] = [];
    for (const slot of this.slots) {
      if (slot !== undefined && slot !== TOMBSTONE) result.push(slot.key);
    }
    return result;
  }

  slotOf(key: string): number {
    return this.find(key).index;
  }

  /**
   * Probes for `key`. `index` is its slot or -1; `insertAt` is where a new entry for it would go:
   * the first tombstone on the path, else the empty slot that ended the probe.
   * The load-factor rule guarantees at least one empty slot, so the loop terminates.
   */
  private find(key: string): { index: number; insertAt: number } {
    const mask = this.slots.length - 1;
    let i = fnv1a32(key) & mask;
    let firstTombstone = -1;
    for (;;) {
      const slot = this.slots[i];
      if (slot === undefined) return { index: -1, insertAt: firstTombstone !== -1 ? firstTombstone : i };
      if (slot === TOMBSTONE) {
        if (firstTombstone === -1) firstTombstone = i;
      } else if (slot.key === key) {
        return { index: i, insertAt: i };
      }
      i = (i + 1) & mask;
    }
  }

  private rebuild(capacity: number): void {
    const old = this.slots;
    this.slots = new Array<Slot<V>>(capacity).fill(undefined);
    this.live = 0;
    this.dead = 0;
    for (const slot of old) {
      if (slot !== undefined && slot !== TOMBSTONE) {
        this.slots[this.find(slot.key).insertAt] = slot;
        this.live++;
      }
    }
  }
}

interface Entry<V> {
  value: V;
  frequency: number;
}

/**
 * LFU cache with frequency buckets. Each bucket is an insertion-ordered Set, so its first key
 * is the least recently used key of that frequency.
 */
export class LFUCache<K, V> {
  private readonly capacity: number;
  private readonly entries = new Map<K, Entry<V>>();
  private readonly buckets = new Map<number, Set<K>>();
  private minFrequency = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.capacity = capacity;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.touch(key, entry);
    return entry.value;
  }

  put(key: K, value: V): void {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      entry.value = value;
      this.touch(key, entry);
      return;
    }
    if (this.entries.size === this.capacity) this.evict();
    this.entries.set(key, { value, frequency: 1 });
    this.bucket(1).add(key);
    this.minFrequency = 1;
  }

  frequency(key: K): number {
    return this.entries.get(key)?.frequency ?? 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private touch(key: K, entry: Entry<V>): void {
    const from = entry.frequency;
    const bucket = this.buckets.get(from)!;
    bucket.delete(key);
    if (bucket.size === 0) {
      this.buckets.delete(from);
      if (this.minFrequency === from) this.minFrequency = from + 1;
    }
    entry.frequency = from + 1;
    this.bucket(from + 1).add(key);
  }

  private evict(): void {
    const bucket = this.buckets.get(this.minFrequency)!;
    const victim = bucket.values().next().value as K;
    bucket.delete(victim);
    if (bucket.size === 0) this.buckets.delete(this.minFrequency);
    this.entries.delete(victim);
  }

  private bucket(frequency: number): Set<K> {
    let bucket = this.buckets.get(frequency);
    if (bucket === undefined) {
      bucket = new Set<K>();
      this.buckets.set(frequency, bucket);
    }
    return bucket;
  }
}

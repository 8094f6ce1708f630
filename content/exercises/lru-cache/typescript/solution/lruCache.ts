interface Node<K, V> {
  key: K;
  value: V;
  prev: Node<K, V>;
  next: Node<K, V>;
}

/**
 * A fixed-capacity cache that evicts the least recently used key.
 * A hash map finds nodes in O(1); a doubly linked list (with one sentinel) keeps them
 * ordered from least recently used (after the sentinel) to most recently used (before it).
 */
export class LRUCache<K, V> {
  private readonly capacity: number;
  private readonly nodes = new Map<K, Node<K, V>>();
  private readonly sentinel: Node<K, V>;

  /**
   * Creates an empty cache.
   * @throws RangeError when `capacity` is not a positive integer.
   */
  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.capacity = capacity;
    const sentinel = {} as Node<K, V>;
    sentinel.prev = sentinel;
    sentinel.next = sentinel;
    this.sentinel = sentinel;
  }

  /** Returns the value for `key` (refreshing its recency), or `undefined`. */
  get(key: K): V | undefined {
    const node = this.nodes.get(key);
    if (node === undefined) return undefined;
    this.unlink(node);
    this.append(node);
    return node.value;
  }

  /** Inserts or updates `key`, evicting the least recently used key when full. */
  put(key: K, value: V): void {
    const existing = this.nodes.get(key);
    if (existing !== undefined) {
      existing.value = value;
      this.unlink(existing);
      this.append(existing);
      return;
    }
    if (this.nodes.size === this.capacity) {
      const oldest = this.sentinel.next;
      this.unlink(oldest);
      this.nodes.delete(oldest.key);
    }
    const node = { key, value } as Node<K, V>;
    this.append(node);
    this.nodes.set(key, node);
  }

  /** Number of entries currently stored. */
  get size(): number {
    return this.nodes.size;
  }

  /** Keys ordered from least to most recently used. */
  keys(): K[] {
    const result: K[] = [];
    for (let node = this.sentinel.next; node !== this.sentinel; node = node.next) {
      result.push(node.key);
    }
    return result;
  }

  private unlink(node: Node<K, V>): void {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  private append(node: Node<K, V>): void {
    node.prev = this.sentinel.prev;
    node.next = this.sentinel;
    this.sentinel.prev.next = node;
    this.sentinel.prev = node;
  }
}

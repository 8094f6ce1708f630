interface Leaf<V> {
  kind: "leaf";
  keys: number[];
  values: V[];
  next: Leaf<V> | null;
}

interface Internal<V> {
  kind: "internal";
  keys: number[];
  children: Array<BNode<V>>;
}

type BNode<V> = Leaf<V> | Internal<V>;

/** What a node that split hands to its parent. */
interface Split<V> {
  separator: number;
  right: BNode<V>;
}

/** Index of the first key greater than `key`, i.e. the child to follow. */
function childIndex(keys: number[], key: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first key >= `key`. */
function lowerBound(keys: number[], key: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

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
  private root: BNode<V> = { kind: "leaf", keys: [], values: [], next: null };
  private count = 0;

  constructor(private readonly maxKeys: number) {
    if (!Number.isInteger(maxKeys) || maxKeys < 2) {
      throw new RangeError(`maxKeys must be an integer >= 2, got ${maxKeys}`);
    }
  }

  insert(key: number, value: V): void {
    const split = this.insertInto(this.root, key, value);
    if (split !== null) {
      this.root = { kind: "internal", keys: [split.separator], children: [this.root, split.right] };
    }
  }

  get(key: number): V | undefined {
    const leaf = this.findLeaf(key);
    const i = lowerBound(leaf.keys, key);
    return leaf.keys[i] === key ? leaf.values[i] : undefined;
  }

  range(low: number, high: number): Array<[number, V]> {
    const result: Array<[number, V]> = [];
    if (low > high) return result;
    let leaf: Leaf<V> | null = this.findLeaf(low);
    let i = lowerBound(leaf.keys, low);
    while (leaf !== null) {
      for (; i < leaf.keys.length; i++) {
        if (leaf.keys[i] > high) return result;
        result.push([leaf.keys[i], leaf.values[i]]);
      }
      leaf = leaf.next;
      i = 0;
    }
    return result;
  }

  size(): number {
    return this.count;
  }

  height(): number {
    let levels = 1;
    for (let node = this.root; node.kind === "internal"; node = node.children[0]) levels++;
    return levels;
  }

  leaves(): number[][] {
    let node = this.root;
    while (node.kind === "internal") node = node.children[0];
    const result: number[][] = [];
    for (let leaf: Leaf<V> | null = node; leaf !== null; leaf = leaf.next) result.push([...leaf.keys]);
    return result;
  }

  private findLeaf(key: number): Leaf<V> {
    let node = this.root;
    while (node.kind === "internal") node = node.children[childIndex(node.keys, key)];
    return node;
  }

  /** Inserts below `node`; returns the split to apply to the parent, or null. */
  private insertInto(node: BNode<V>, key: number, value: V): Split<V> | null {
    if (node.kind === "leaf") {
      const i = lowerBound(node.keys, key);
      if (node.keys[i] === key) {
        node.values[i] = value;
        return null;
      }
      node.keys.splice(i, 0, key);
      node.values.splice(i, 0, value);
      this.count++;
      return node.keys.length > this.maxKeys ? this.splitLeaf(node) : null;
    }
    const i = childIndex(node.keys, key);
    const split = this.insertInto(node.children[i], key, value);
    if (split === null) return null;
    node.keys.splice(i, 0, split.separator);
    node.children.splice(i + 1, 0, split.right);
    return node.keys.length > this.maxKeys ? this.splitInternal(node) : null;
  }

  private splitLeaf(leaf: Leaf<V>): Split<V> {
    const keep = Math.ceil(leaf.keys.length / 2);
    const right: Leaf<V> = {
      kind: "leaf",
      keys: leaf.keys.splice(keep),
      values: leaf.values.splice(keep),
      next: leaf.next,
    };
    leaf.next = right;
    return { separator: right.keys[0], right };
  }

  private splitInternal(node: Internal<V>): Split<V> {
    const mid = Math.floor(node.keys.length / 2);
    const separator = node.keys[mid];
    const right: Internal<V> = {
      kind: "internal",
      keys: node.keys.slice(mid + 1),
      children: node.children.slice(mid + 1),
    };
    node.keys.length = mid;
    node.children.length = mid + 1;
    return { separator, right };
  }
}

/**
 * Disjoint sets over the integers 0 … n - 1, with union by size and path compression.
 */
export class UnionFind {
  /**
   * Creates n singleton sets.
   * @throws RangeError when `n` is negative or not an integer.
   */
  constructor(n: number) {
    throw new Error("not implemented");
  }

  /**
   * The root of `x`'s set (compressing the path on the way).
   * @throws RangeError when `x` is not an integer in [0, n).
   */
  find(x: number): number {
    throw new Error("not implemented");
  }

  /**
   * Merges the sets of `a` and `b`: the root of the larger set becomes the root; on equal
   * sizes the root of `a`'s set does. Returns false when they were already connected.
   * @throws RangeError when `a` or `b` is out of range.
   */
  union(a: number, b: number): boolean {
    throw new Error("not implemented");
  }

  /**
   * Whether `a` and `b` are in the same set.
   * @throws RangeError when `a` or `b` is out of range.
   */
  connected(a: number, b: number): boolean {
    throw new Error("not implemented");
  }

  /**
   * Number of elements in `x`'s set.
   * @throws RangeError when `x` is out of range.
   */
  sizeOf(x: number): number {
    throw new Error("not implemented");
  }

  /** Number of disjoint sets. */
  get count(): number {
    throw new Error("not implemented");
  }
}

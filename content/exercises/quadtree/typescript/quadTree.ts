/** A stored point. */
export interface Point {
  x: number;
  y: number;
  id: string;
}

/** The rectangle x <= px <= x + width, y <= py <= y + height (edges included). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A point quadtree. A leaf holds up to `capacity` points; one more splits it (below `maxDepth`)
 * into four equal quadrants, with points on a dividing line going right (x >= midX) / up (y >= midY).
 */
export class QuadTree {
  /**
   * Creates an empty tree covering `bounds`.
   * @throws RangeError when the bounds' width or height is not a positive finite number, `capacity`
   * is not a positive integer, or `maxDepth` is not a non-negative integer.
   */
  constructor(bounds: Rect, capacity = 4, maxDepth = 8) {
    throw new Error("not implemented");
  }

  /** Stores `point`; returns false (storing nothing) when it lies outside the bounds. */
  insert(point: Point): boolean {
    throw new Error("not implemented");
  }

  /** Every stored point inside `range` (edges included), in any order. */
  queryRange(range: Rect): Point[] {
    throw new Error("not implemented");
  }

  /**
   * The `k` stored points nearest to (x, y), closest first, equal distances by id ascending.
   * @throws RangeError when `k` is not a non-negative integer.
   */
  nearest(x: number, y: number, k = 1): Point[] {
    throw new Error("not implemented");
  }

  /** Number of stored points. */
  get size(): number {
    throw new Error("not implemented");
  }

  /** Depth of the deepest node: 0 while the root is a leaf. */
  depth(): number {
    throw new Error("not implemented");
  }
}

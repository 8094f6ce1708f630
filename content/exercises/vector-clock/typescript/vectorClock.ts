/** How two clocks relate: `a.compare(b)` is "before" when a happened before b. */
export type Ordering = "before" | "after" | "equal" | "concurrent";

/**
 * An immutable vector clock: a counter per node id, where a missing node counts as 0.
 * `increment` and `merge` return new clocks; nothing ever changes an existing clock.
 */
export class VectorClock {
  /**
   * Copies `entries` (the caller's object is not kept).
   * @throws RangeError if a counter is negative or not an integer.
   */
  constructor(entries: Record<string, number> = {}) {
    throw new Error("not implemented");
  }

  /** The counter of `nodeId`; 0 if the node is absent. */
  get(nodeId: string): number {
    throw new Error("not implemented");
  }

  /** A new clock with `nodeId`'s counter one higher. */
  increment(nodeId: string): VectorClock {
    throw new Error("not implemented");
  }

  /** A new clock holding the element-wise maximum of both clocks. */
  merge(other: VectorClock): VectorClock {
    throw new Error("not implemented");
  }

  /**
   * "equal" if all counters match; "before" if every counter is <= other's and one is smaller;
   * "after" in the mirror case; "concurrent" if each clock has a counter larger than the other's.
   */
  compare(other: VectorClock): Ordering {
    throw new Error("not implemented");
  }

  /** A fresh plain object with only the non-zero counters. */
  toJSON(): Record<string, number> {
    throw new Error("not implemented");
  }
}

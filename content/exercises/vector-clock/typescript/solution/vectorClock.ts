/** How two clocks relate: `a.compare(b)` is "before" when a happened before b. */
export type Ordering = "before" | "after" | "equal" | "concurrent";

/**
 * An immutable vector clock: a counter per node id, where a missing node counts as 0.
 * `increment` and `merge` return new clocks; nothing ever changes an existing clock.
 */
export class VectorClock {
  private readonly counters: ReadonlyMap<string, number>;

  constructor(entries: Record<string, number> = {}) {
    const counters = new Map<string, number>();
    for (const [nodeId, count] of Object.entries(entries)) {
      if (!Number.isInteger(count) || count < 0) {
        throw new RangeError(`counter for ${nodeId} must be a non-negative integer, got ${count}`);
      }
      if (count > 0) counters.set(nodeId, count);
    }
    this.counters = counters;
  }

  get(nodeId: string): number {
    return this.counters.get(nodeId) ?? 0;
  }

  increment(nodeId: string): VectorClock {
    return new VectorClock({ ...this.toJSON(), [nodeId]: this.get(nodeId) + 1 });
  }

  merge(other: VectorClock): VectorClock {
    const merged = this.toJSON();
    for (const [nodeId, count] of other.counters) {
      merged[nodeId] = Math.max(merged[nodeId] ?? 0, count);
    }
    return new VectorClock(merged);
  }

  compare(other: VectorClock): Ordering {
    let smaller = false;
    let larger = false;
    for (const nodeId of new Set([...this.counters.keys(), ...other.counters.keys()])) {
      const mine = this.get(nodeId);
      const theirs = other.get(nodeId);
      if (mine < theirs) smaller = true;
      if (mine > theirs) larger = true;
    }
    if (smaller && larger) return "concurrent";
    if (smaller) return "before";
    if (larger) return "after";
    return "equal";
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries(this.counters);
  }
}

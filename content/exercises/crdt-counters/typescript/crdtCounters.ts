/** A G-Counter's state: replica id -> that replica's count (0 entries may be omitted). */
export type GCounterState = Record<string, number>;

/** A PN-Counter's state: increments in `p`, decrements in `n`. */
export interface PNCounterState {
  p: GCounterState;
  n: GCounterState;
}

/** A state-based grow-only counter. */
export class GCounter {
  /**
   * @param replicaId the replica this counter instance writes to.
   * @param state a state to start from (copied).
   * @throws RangeError if a count in `state` is negative or not an integer.
   */
  constructor(replicaId: string, state: GCounterState = {}) {
    throw new Error("not implemented");
  }

  /**
   * Adds `amount` to this replica's entry.
   * @throws RangeError if `amount` is not an integer >= 1.
   */
  increment(amount: number = 1): void {
    throw new Error("not implemented");
  }

  /** The sum of all entries. */
  value(): number {
    throw new Error("not implemented");
  }

  /**
   * A new counter (this replica id) whose entries are the per-replica maximum of both states.
   * Changes neither input.
   */
  merge(other: GCounter): GCounter {
    throw new Error("not implemented");
  }

  /** A copy of the state, safe to send to another replica. Only non-zero entries are listed. */
  state(): GCounterState {
    throw new Error("not implemented");
  }
}

/** A state-based counter supporting increments and decrements: two G-Counters, p and n. */
export class PNCounter {
  /**
   * @param state a state to start from (copied).
   * @throws RangeError if a count in `state` is negative or not an integer.
   */
  constructor(replicaId: string, state: PNCounterState = { p: {}, n: {} }) {
    throw new Error("not implemented");
  }

  /** @throws RangeError if `amount` is not an integer >= 1. */
  increment(amount: number = 1): void {
    throw new Error("not implemented");
  }

  /** @throws RangeError if `amount` is not an integer >= 1. */
  decrement(amount: number = 1): void {
    throw new Error("not implemented");
  }

  /** sum(p) - sum(n); may be negative. */
  value(): number {
    throw new Error("not implemented");
  }

  /** A new counter (this replica id) merging p with p and n with n. Changes neither input. */
  merge(other: PNCounter): PNCounter {
    throw new Error("not implemented");
  }

  /** A copy of the state, `{ p, n }`. */
  state(): PNCounterState {
    throw new Error("not implemented");
  }
}

/** A G-Counter's state: replica id -> that replica's count (0 entries may be omitted). */
export type GCounterState = Record<string, number>;

/** A PN-Counter's state: increments in `p`, decrements in `n`. */
export interface PNCounterState {
  p: GCounterState;
  n: GCounterState;
}

function requireAmount(amount: number): void {
  if (!Number.isInteger(amount) || amount < 1) {
    throw new RangeError(`amount must be an integer >= 1, got ${amount}`);
  }
}

/** A state-based grow-only counter. */
export class GCounter {
  readonly replicaId: string;
  private readonly counts = new Map<string, number>();

  constructor(replicaId: string, state: GCounterState = {}) {
    this.replicaId = replicaId;
    for (const [id, count] of Object.entries(state)) {
      if (!Number.isInteger(count) || count < 0) {
        throw new RangeError(`count for ${id} must be a non-negative integer, got ${count}`);
      }
      if (count > 0) this.counts.set(id, count);
    }
  }

  increment(amount: number = 1): void {
    requireAmount(amount);
    this.counts.set(this.replicaId, (this.counts.get(this.replicaId) ?? 0) + amount);
  }

  value(): number {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }

  merge(other: GCounter): GCounter {
    const merged = this.state();
    for (const [id, count] of other.counts) {
      merged[id] = Math.max(merged[id] ?? 0, count);
    }
    return new GCounter(this.replicaId, merged);
  }

  state(): GCounterState {
    return Object.fromEntries(this.counts);
  }
}

/** A state-based counter supporting increments and decrements: two G-Counters, p and n. */
export class PNCounter {
  readonly replicaId: string;
  private readonly p: GCounter;
  private readonly n: GCounter;

  constructor(replicaId: string, state: PNCounterState = { p: {}, n: {} }) {
    this.replicaId = replicaId;
    this.p = new GCounter(replicaId, state.p);
    this.n = new GCounter(replicaId, state.n);
  }

  increment(amount: number = 1): void {
    this.p.increment(amount);
  }

  decrement(amount: number = 1): void {
    this.n.increment(amount);
  }

  value(): number {
    return this.p.value() - this.n.value();
  }

  merge(other: PNCounter): PNCounter {
    return new PNCounter(this.replicaId, {
      p: this.p.merge(other.p).state(),
      n: this.n.merge(other.n).state(),
    });
  }

  state(): PNCounterState {
    return { p: this.p.state(), n: this.n.state() };
  }
}

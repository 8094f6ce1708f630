/**
 * An observed-remove set (OR-Set) of strings, a state-based CRDT.
 * Every add gets a tag unique across replicas; `remove` tombstones the tags it has observed;
 * an element is present while one of its tags is not tombstoned. Concurrent add + remove: add wins.
 */
export class ORSet {
  /** @param replicaId this replica's id, used to make tags unique across replicas. */
  constructor(replicaId: string) {
    throw new Error("not implemented");
  }

  /** Adds `element` with a fresh tag. */
  add(element: string): void {
    throw new Error("not implemented");
  }

  /** Removes every add of `element` this replica has seen. A no-op if it is not present. */
  remove(element: string): void {
    throw new Error("not implemented");
  }

  /** Whether `element` has at least one add that has not been removed. */
  has(element: string): boolean {
    throw new Error("not implemented");
  }

  /** The present elements, each once, sorted ascending. */
  values(): string[] {
    throw new Error("not implemented");
  }

  /**
   * In place: absorbs every add and every remove `other` has seen. Leaves `other` unchanged.
   * Commutative, associative and idempotent.
   */
  merge(other: ORSet): void {
    throw new Error("not implemented");
  }
}

/**
 * An observed-remove set (OR-Set) of strings, a state-based CRDT.
 * Every add gets a tag unique across replicas; `remove` tombstones the tags it has observed;
 * an element is present while one of its tags is not tombstoned. Concurrent add + remove: add wins.
 */
export class ORSet {
  private readonly replicaId: string;
  private counter = 0;
  /** element -> every tag ever seen for it */
  private readonly adds = new Map<string, Set<string>>();
  /** tombstoned tags */
  private readonly removed = new Set<string>();

  constructor(replicaId: string) {
    this.replicaId = replicaId;
  }

  add(element: string): void {
    this.counter += 1;
    this.tagsOf(element).add(`${this.replicaId}:${this.counter}`);
  }

  remove(element: string): void {
    for (const tag of this.adds.get(element) ?? []) this.removed.add(tag);
  }

  has(element: string): boolean {
    for (const tag of this.adds.get(element) ?? []) {
      if (!this.removed.has(tag)) return true;
    }
    return false;
  }

  values(): string[] {
    return [...this.adds.keys()].filter((element) => this.has(element)).sort();
  }

  merge(other: ORSet): void {
    for (const [element, tags] of other.adds) {
      const mine = this.tagsOf(element);
      for (const tag of tags) mine.add(tag);
    }
    for (const tag of other.removed) this.removed.add(tag);
  }

  private tagsOf(element: string): Set<string> {
    let tags = this.adds.get(element);
    if (!tags) {
      tags = new Set();
      this.adds.set(element, tags);
    }
    return tags;
  }
}

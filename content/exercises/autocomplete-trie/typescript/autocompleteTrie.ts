/**
 * A prefix tree of weighted words that returns the top-k completions of a prefix,
 * ordered by weight (highest first), ties broken by word ascending.
 */
export class AutocompleteTrie {
  /** Creates an empty trie. */
  constructor() {
    throw new Error("not implemented");
  }

  /**
   * Adds `word` with `weight`, or replaces the weight of an existing word.
   * @throws RangeError when `word` is empty or `weight` is negative or not finite.
   */
  insert(word: string, weight: number): void {
    throw new Error("not implemented");
  }

  /** Removes `word` and prunes nodes that lead to no word. Returns false when it was not a word. */
  remove(word: string): boolean {
    throw new Error("not implemented");
  }

  /** Whether `word` was inserted (a mere prefix of a word does not count). */
  has(word: string): boolean {
    throw new Error("not implemented");
  }

  /** The weight of `word`, or `undefined` when it is not a word. */
  weightOf(word: string): number | undefined {
    throw new Error("not implemented");
  }

  /**
   * At most `k` words starting with `prefix`, by weight descending, then word ascending.
   * @throws RangeError when `k` is negative or not an integer.
   */
  suggest(prefix: string, k: number): string[] {
    throw new Error("not implemented");
  }

  /** Number of words. */
  get size(): number {
    throw new Error("not implemented");
  }

  /** Number of nodes below the root (one per character edge; shared prefixes share nodes). */
  get nodeCount(): number {
    throw new Error("not implemented");
  }
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Set when a word ends at this node. */
  weight: number | undefined;
}

function newNode(): TrieNode {
  return { children: new Map(), weight: undefined };
}

/** A prefix tree of weighted words that returns the top-k completions of a prefix. */
export class AutocompleteTrie {
  private readonly root: TrieNode = newNode();
  private words = 0;
  private nodes = 0;

  constructor() {}

  insert(word: string, weight: number): void {
    if (word.length === 0) throw new RangeError("word must not be empty");
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`weight must be a finite number >= 0, got ${weight}`);
    }
    let node = this.root;
    for (const char of word) {
      let child = node.children.get(char);
      if (child === undefined) {
        child = newNode();
        node.children.set(char, child);
        this.nodes++;
      }
      node = child;
    }
    if (node.weight === undefined) this.words++;
    node.weight = weight;
  }

  remove(word: string): boolean {
    const path: Array<[TrieNode, string]> = [];
    let node = this.root;
    for (const char of word) {
      const child = node.children.get(char);
      if (child === undefined) return false;
      path.push([node, char]);
      node = child;
    }
    if (node.weight === undefined || word.length === 0) return false;
    node.weight = undefined;
    this.words--;
    for (let i = path.length - 1; i >= 0; i--) {
      const [parent, char] = path[i];
      const child = parent.children.get(char) as TrieNode;
      if (child.weight !== undefined || child.children.size > 0) break;
      parent.children.delete(char);
      this.nodes--;
    }
    return true;
  }

  has(word: string): boolean {
    return this.weightOf(word) !== undefined;
  }

  weightOf(word: string): number | undefined {
    return word.length === 0 ? undefined : this.walk(word)?.weight;
  }

  suggest(prefix: string, k: number): string[] {
    if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}`);
    const start = this.walk(prefix);
    if (start === undefined || k === 0) return [];
    const found: Array<[string, number]> = [];
    const stack: Array<[TrieNode, string]> = [[start, prefix]];
    while (stack.length > 0) {
      const [node, word] = stack.pop() as [TrieNode, string];
      if (node.weight !== undefined) found.push([word, node.weight]);
      for (const [char, child] of node.children) stack.push([child, word + char]);
    }
    found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return found.slice(0, k).map(([word]) => word);
  }

  get size(): number {
    return this.words;
  }

  get nodeCount(): number {
    return this.nodes;
  }

  private walk(prefix: string): TrieNode | undefined {
    let node: TrieNode | undefined = this.root;
    for (const char of prefix) {
      node = node.children.get(char);
      if (node === undefined) return undefined;
    }
    return node;
  }
}

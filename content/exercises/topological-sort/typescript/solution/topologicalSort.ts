/** Thrown when the graph has a cycle. Given: no need to change it. */
export class CycleError extends Error {
  /** The nodes of one cycle, in edge order: each has an edge to the next, the last to the first. */
  readonly cycle: string[];

  constructor(cycle: string[]) {
    super(`dependency cycle: ${[...cycle, cycle[0]].join(" -> ")}`);
    this.name = "CycleError";
    this.cycle = cycle;
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A minimal binary min-heap of strings. */
class StringHeap {
  private readonly items: string[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: string): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (items[parent] <= items[i]) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }

  pop(): string {
    const items = this.items;
    const top = items[0];
    const last = items.pop() as string;
    if (items.length > 0) {
      items[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const child = left + 1 < items.length && items[left + 1] < items[left] ? left + 1 : left;
        if (items[i] <= items[child]) break;
        [items[i], items[child]] = [items[child], items[i]];
        i = child;
      }
    }
    return top;
  }
}

export function topologicalSort(nodes: string[], edges: Array<[string, string]>): string[] {
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  const inDegree = new Map<string, number>();
  for (const node of nodes) {
    if (successors.has(node)) continue;
    successors.set(node, []);
    predecessors.set(node, []);
    inDegree.set(node, 0);
  }
  for (const [from, to] of edges) {
    if (!successors.has(from) || !successors.has(to)) {
      throw new RangeError(`edge ${from} -> ${to} mentions an unknown node`);
    }
    successors.get(from)!.push(to);
    predecessors.get(to)!.push(from);
    inDegree.set(to, inDegree.get(to)! + 1);
  }

  const ready = new StringHeap();
  for (const [node, degree] of inDegree) if (degree === 0) ready.push(node);
  const order: string[] = [];
  while (ready.size > 0) {
    const node = ready.pop();
    order.push(node);
    for (const next of successors.get(node)!) {
      const degree = inDegree.get(next)! - 1;
      inDegree.set(next, degree);
      if (degree === 0) ready.push(next);
    }
  }
  if (order.length === inDegree.size) return order;

  // Every leftover node has a leftover predecessor: walk backwards until a node repeats.
  const leftover = new Set([...inDegree.keys()].filter((node) => inDegree.get(node)! > 0));
  const walk = [[...leftover].sort(compareStrings)[0]];
  const position = new Map([[walk[0], 0]]);
  for (;;) {
    const current = walk[walk.length - 1];
    const previous = predecessors.get(current)!.filter((node) => leftover.has(node)).sort(compareStrings)[0];
    const seenAt = position.get(previous);
    if (seenAt !== undefined) throw new CycleError(walk.slice(seenAt).reverse());
    position.set(previous, walk.length);
    walk.push(previous);
  }
}

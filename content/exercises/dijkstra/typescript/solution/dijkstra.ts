/** A directed graph: for each node, its outgoing edges as [neighbour, weight] pairs. */
export type Graph = Record<string, Array<[string, number]>>;

/** The cost and the nodes (source first, target last) of one cheapest route. */
export interface PathResult {
  distance: number;
  path: string[];
}

type Entry = [number, string];

/** A minimal binary min-heap of [distance, node] entries. */
class Queue {
  private readonly items: Entry[] = [];

  get size(): number {
    return this.items.length;
  }

  push(entry: Entry): void {
    const items = this.items;
    items.push(entry);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent][0] <= items[i][0]) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }

  pop(): Entry {
    const items = this.items;
    const top = items[0];
    const last = items.pop() as Entry;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const child = left + 1 < items.length && items[left + 1][0] < items[left][0] ? left + 1 : left;
        if (items[i][0] <= items[child][0]) break;
        [items[i], items[child]] = [items[child], items[i]];
        i = child;
      }
    }
    return top;
  }
}

function validate(graph: Graph): void {
  for (const [node, edges] of Object.entries(graph)) {
    for (const [neighbour, weight] of edges) {
      if (!Number.isFinite(weight) || weight < 0) {
        throw new RangeError(`edge ${node} -> ${neighbour} has invalid weight ${weight}`);
      }
    }
  }
}

function run(graph: Graph, source: string): { dist: Map<string, number>; prev: Map<string, string> } {
  validate(graph);
  const dist = new Map<string, number>([[source, 0]]);
  const prev = new Map<string, string>();
  const queue = new Queue();
  queue.push([0, source]);
  while (queue.size > 0) {
    const [d, node] = queue.pop();
    if (d > (dist.get(node) as number)) continue; // stale entry
    for (const [neighbour, weight] of Object.hasOwn(graph, node) ? graph[node] : []) {
      const candidate = d + weight;
      const known = dist.get(neighbour);
      if (known === undefined || candidate < known) {
        dist.set(neighbour, candidate);
        prev.set(neighbour, node);
        queue.push([candidate, neighbour]);
      }
    }
  }
  return { dist, prev };
}

export function shortestDistances(graph: Graph, source: string): Map<string, number> {
  return run(graph, source).dist;
}

export function shortestPath(graph: Graph, source: string, target: string): PathResult | undefined {
  const { dist, prev } = run(graph, source);
  const distance = dist.get(target);
  if (distance === undefined) return undefined;
  const path = [target];
  while (path[path.length - 1] !== source) path.push(prev.get(path[path.length - 1]) as string);
  return { distance, path: path.reverse() };
}

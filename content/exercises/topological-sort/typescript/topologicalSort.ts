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

/**
 * Orders `nodes` so that for every edge [a, b], a comes before b. When several nodes are ready,
 * the smallest name (string comparison) goes first, so the result is unique.
 * Duplicate nodes and edges are ignored.
 * @throws CycleError when the edges contain a cycle (with the cycle's nodes in edge order).
 * @throws RangeError when an edge mentions a node that is not in `nodes`.
 */
export function topologicalSort(nodes: string[], edges: Array<[string, string]>): string[] {
  throw new Error("not implemented");
}

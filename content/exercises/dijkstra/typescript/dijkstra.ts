/** A directed graph: for each node, its outgoing edges as [neighbour, weight] pairs. */
export type Graph = Record<string, Array<[string, number]>>;

/** The cost and the nodes (source first, target last) of one cheapest route. */
export interface PathResult {
  distance: number;
  path: string[];
}

/**
 * Distances from `source` to every node reachable from it (including `source` at 0).
 * Unreachable nodes are absent.
 * @throws RangeError when any edge weight in the graph is negative or not finite.
 */
export function shortestDistances(graph: Graph, source: string): Map<string, number> {
  throw new Error("not implemented");
}

/**
 * One cheapest route from `source` to `target`, or `undefined` when `target` is unreachable.
 * @throws RangeError when any edge weight in the graph is negative or not finite.
 */
export function shortestPath(graph: Graph, source: string, target: string): PathResult | undefined {
  throw new Error("not implemented");
}

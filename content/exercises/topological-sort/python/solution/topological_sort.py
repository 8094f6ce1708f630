"""Topological sort (Kahn's algorithm, smallest ready node first) with cycle reporting."""

import heapq
from typing import Dict, List, Sequence, Tuple


class CycleError(ValueError):
    """Raised when the graph has a cycle. Given: no need to change it.

    ``cycle`` lists the nodes of one cycle in edge order: each has an edge to the next, the last
    to the first.
    """

    def __init__(self, cycle: List[str]) -> None:
        super().__init__("dependency cycle: " + " -> ".join(cycle + cycle[:1]))
        self.cycle = cycle


def topological_sort(nodes: Sequence[str], edges: Sequence[Tuple[str, str]]) -> List[str]:
    successors: Dict[str, List[str]] = {node: [] for node in nodes}
    predecessors: Dict[str, List[str]] = {node: [] for node in nodes}
    in_degree: Dict[str, int] = {node: 0 for node in nodes}
    for before, after in edges:
        if before not in in_degree or after not in in_degree:
            raise ValueError(f"edge {before} -> {after} mentions an unknown node")
        successors[before].append(after)
        predecessors[after].append(before)
        in_degree[after] += 1

    ready = [node for node, degree in in_degree.items() if degree == 0]
    heapq.heapify(ready)
    order: List[str] = []
    while ready:
        node = heapq.heappop(ready)
        order.append(node)
        for successor in successors[node]:
            in_degree[successor] -= 1
            if in_degree[successor] == 0:
                heapq.heappush(ready, successor)
    if len(order) == len(in_degree):
        return order

    # Every leftover node has a leftover predecessor: walk backwards until a node repeats.
    leftover = {node for node, degree in in_degree.items() if degree > 0}
    walk = [min(leftover)]
    position = {walk[0]: 0}
    while True:
        previous = min(node for node in predecessors[walk[-1]] if node in leftover)
        if previous in position:
            raise CycleError(list(reversed(walk[position[previous]:])))
        position[previous] = len(walk)
        walk.append(previous)

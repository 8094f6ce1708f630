"""Dijkstra's shortest paths in a weighted directed graph."""

import heapq
import math
from typing import Dict, List, NamedTuple, Optional, Tuple

Graph = Dict[str, List[Tuple[str, float]]]
"""A directed graph: for each node, its outgoing edges as (neighbour, weight) pairs."""


class PathResult(NamedTuple):
    """The cost and the nodes (source first, target last) of one cheapest route."""

    distance: float
    path: List[str]


def _validate(graph: Graph) -> None:
    for node, edges in graph.items():
        for neighbour, weight in edges:
            if not math.isfinite(weight) or weight < 0:
                raise ValueError(f"edge {node} -> {neighbour} has invalid weight {weight!r}")


def _run(graph: Graph, source: str) -> Tuple[Dict[str, float], Dict[str, str]]:
    _validate(graph)
    dist: Dict[str, float] = {source: 0}
    prev: Dict[str, str] = {}
    queue: List[Tuple[float, str]] = [(0, source)]
    while queue:
        d, node = heapq.heappop(queue)
        if d > dist[node]:
            continue  # stale entry
        for neighbour, weight in graph.get(node, []):
            candidate = d + weight
            if neighbour not in dist or candidate < dist[neighbour]:
                dist[neighbour] = candidate
                prev[neighbour] = node
                heapq.heappush(queue, (candidate, neighbour))
    return dist, prev


def shortest_distances(graph: Graph, source: str) -> Dict[str, float]:
    return _run(graph, source)[0]


def shortest_path(graph: Graph, source: str, target: str) -> Optional[PathResult]:
    dist, prev = _run(graph, source)
    if target not in dist:
        return None
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    path.reverse()
    return PathResult(dist[target], path)

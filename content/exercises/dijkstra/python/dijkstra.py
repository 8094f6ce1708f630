"""Dijkstra's shortest paths in a weighted directed graph."""

from typing import Dict, List, NamedTuple, Optional, Tuple

Graph = Dict[str, List[Tuple[str, float]]]
"""A directed graph: for each node, its outgoing edges as (neighbour, weight) pairs."""


class PathResult(NamedTuple):
    """The cost and the nodes (source first, target last) of one cheapest route."""

    distance: float
    path: List[str]


def shortest_distances(graph: Graph, source: str) -> Dict[str, float]:
    """Distances from ``source`` to every node reachable from it (including ``source`` at 0).

    Unreachable nodes are absent. Raises ValueError when any edge weight in the graph is
    negative or not finite.
    """
    raise NotImplementedError


def shortest_path(graph: Graph, source: str, target: str) -> Optional[PathResult]:
    """One cheapest route from ``source`` to ``target``, or None when ``target`` is unreachable.

    Raises ValueError when any edge weight in the graph is negative or not finite.
    """
    raise NotImplementedError

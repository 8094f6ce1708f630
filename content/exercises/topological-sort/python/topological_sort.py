"""Topological sort (Kahn's algorithm, smallest ready node first) with cycle reporting."""

from typing import List, Sequence, Tuple


class CycleError(ValueError):
    """Raised when the graph has a cycle. Given: no need to change it.

    ``cycle`` lists the nodes of one cycle in edge order: each has an edge to the next, the last
    to the first.
    """

    def __init__(self, cycle: List[str]) -> None:
        super().__init__("dependency cycle: " + " -> ".join(cycle + cycle[:1]))
        self.cycle = cycle


def topological_sort(nodes: Sequence[str], edges: Sequence[Tuple[str, str]]) -> List[str]:
    """Order ``nodes`` so that for every edge (a, b), a comes before b.

    When several nodes are ready, the smallest name goes first, so the result is unique.
    Duplicate nodes and edges are ignored. Raises CycleError when the edges contain a cycle, and
    ValueError (not a CycleError) when an edge mentions a node that is not in ``nodes``.
    """
    raise NotImplementedError

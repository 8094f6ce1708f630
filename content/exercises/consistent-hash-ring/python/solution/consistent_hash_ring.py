"""A consistent hash ring with virtual nodes."""

import bisect
import hashlib
from typing import List, Optional, Set, Tuple


def hash32(text: str, seed: int = 0) -> int:
    """Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
    f"{seed}:{text}", read as a big-endian unsigned 32-bit integer."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{text}".encode("utf-8")).digest()[:4], "big")


class ConsistentHashRing:
    """Sorted list of (position, node) points plus a binary search per lookup."""

    def __init__(self, virtual_nodes: int = 100) -> None:
        if isinstance(virtual_nodes, bool) or not isinstance(virtual_nodes, int) or virtual_nodes < 1:
            raise ValueError(f"virtual_nodes must be a positive integer, got {virtual_nodes!r}")
        self._virtual_nodes = virtual_nodes
        self._members: Set[str] = set()
        self._points: List[Tuple[int, str]] = []  # sorted by position, then node name

    def add_node(self, node: str) -> bool:
        if node in self._members:
            return False
        self._members.add(node)
        for i in range(self._virtual_nodes):
            bisect.insort(self._points, (hash32(f"{node}#{i}"), node))
        return True

    def remove_node(self, node: str) -> bool:
        if node not in self._members:
            return False
        self._members.remove(node)
        self._points = [point for point in self._points if point[1] != node]
        return True

    def get_node(self, key: str) -> Optional[str]:
        if not self._points:
            return None
        # (h,) sorts before every (h, node), so this finds the first position >= h.
        index = bisect.bisect_left(self._points, (hash32(key),))
        return self._points[index % len(self._points)][1]

    def nodes(self) -> List[str]:
        return sorted(self._members)

    @property
    def point_count(self) -> int:
        return len(self._points)

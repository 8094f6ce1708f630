"""A consistent hash ring with virtual nodes."""

import hashlib
from typing import List, Optional


def hash32(text: str, seed: int = 0) -> int:
    """Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
    f"{seed}:{text}", read as a big-endian unsigned 32-bit integer."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{text}".encode("utf-8")).digest()[:4], "big")


class ConsistentHashRing:
    """Node ``N`` has points at hash32(f"{N}#{i}") for i = 0 … virtual_nodes - 1; a key belongs
    to the first point at or after hash32(key), wrapping around. Points with equal positions are
    ordered by node name."""

    def __init__(self, virtual_nodes: int = 100) -> None:
        """Create an empty ring.

        Raises ValueError when ``virtual_nodes`` is not a positive integer.
        """
        raise NotImplementedError

    def add_node(self, node: str) -> bool:
        """Add ``node`` with its virtual nodes. Return False (changing nothing) if already present."""
        raise NotImplementedError

    def remove_node(self, node: str) -> bool:
        """Remove ``node`` and all its virtual nodes. Return False if it was not present."""
        raise NotImplementedError

    def get_node(self, key: str) -> Optional[str]:
        """The node owning ``key``, or None when the ring is empty."""
        raise NotImplementedError

    def nodes(self) -> List[str]:
        """Node names in ascending order."""
        raise NotImplementedError

    @property
    def point_count(self) -> int:
        """Number of points on the ring (nodes × virtual_nodes)."""
        raise NotImplementedError

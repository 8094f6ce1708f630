"""An in-memory B+ tree with integer keys."""

from typing import Generic, List, Optional, Tuple, TypeVar

V = TypeVar("V")


class BPlusTree(Generic[V]):
    """An in-memory B+ tree with integer keys.

    Values live only in leaves; internal nodes hold separator keys. Leaves are linked left to
    right. A node holds at most ``max_keys`` keys. A leaf with n = max_keys + 1 keys splits into a
    left leaf with the first ceil(n / 2) keys and a new right leaf with the rest; the right leaf's
    first key is copied up. An internal node with n = max_keys + 1 keys splits around index
    n // 2, whose key moves up. A root split adds a level.
    """

    def __init__(self, max_keys: int) -> None:
        """``max_keys``: the most keys a node may hold; raises ValueError unless an int >= 2."""
        raise NotImplementedError

    def insert(self, key: int, value: V) -> None:
        """Insert the key with its value, or replace the value if the key exists. Split full nodes."""
        raise NotImplementedError

    def get(self, key: int) -> Optional[V]:
        """The value stored for the key, or None."""
        raise NotImplementedError

    def range(self, low: int, high: int) -> List[Tuple[int, V]]:
        """Every (key, value) with low <= key <= high, ascending; empty if low > high."""
        raise NotImplementedError

    def size(self) -> int:
        """The number of distinct keys stored."""
        raise NotImplementedError

    def height(self) -> int:
        """The number of levels: 1 while the root is a leaf."""
        raise NotImplementedError

    def leaves(self) -> List[List[int]]:
        """The keys of each leaf, found by walking the leaf chain from the leftmost leaf.

        A new tree gives [[]].
        """
        raise NotImplementedError

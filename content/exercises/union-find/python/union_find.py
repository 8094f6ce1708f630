"""Disjoint sets over the integers 0 … n - 1, with union by size and path compression."""


class UnionFind:
    """Elements are 0 … n - 1."""

    def __init__(self, n: int) -> None:
        """Create n singleton sets.

        Raises ValueError when ``n`` is negative or not an integer.
        """
        raise NotImplementedError

    def find(self, x: int) -> int:
        """The root of ``x``'s set (compressing the path on the way).

        Raises IndexError when ``x`` is not an integer in [0, n).
        """
        raise NotImplementedError

    def union(self, a: int, b: int) -> bool:
        """Merge the sets of ``a`` and ``b``: the root of the larger set becomes the root; on equal
        sizes the root of ``a``'s set does. Return False when they were already connected.

        Raises IndexError when ``a`` or ``b`` is out of range.
        """
        raise NotImplementedError

    def connected(self, a: int, b: int) -> bool:
        """Whether ``a`` and ``b`` are in the same set. Raises IndexError when out of range."""
        raise NotImplementedError

    def size_of(self, x: int) -> int:
        """Number of elements in ``x``'s set. Raises IndexError when out of range."""
        raise NotImplementedError

    @property
    def count(self) -> int:
        """Number of disjoint sets."""
        raise NotImplementedError

"""An array-backed binary min-heap with a pluggable comparator."""

from typing import Callable, Generic, Iterable, List, Optional, TypeVar

T = TypeVar("T")

Comparator = Callable[[T, T], int]
"""Negative when ``a`` comes first, positive when ``b`` does, 0 on a tie."""


class MinHeap(Generic[T]):
    """The children of index i are 2i + 1 and 2i + 2; for every i > 0,
    compare(items[(i - 1) >> 1], items[i]) <= 0."""

    @classmethod
    def heapify(cls, items: Iterable[T], compare: Optional[Comparator] = None) -> "MinHeap[T]":
        """Build a heap from ``items`` bottom-up in O(n) (at most 2n comparator calls).

        Does not modify ``items``.
        """
        raise NotImplementedError

    def __init__(self, compare: Optional[Comparator] = None) -> None:
        """Create an empty heap; ``compare`` defaults to comparing with ``<`` and ``>``."""
        raise NotImplementedError

    def push(self, item: T) -> None:
        """Add ``item`` in O(log n)."""
        raise NotImplementedError

    def pop(self) -> Optional[T]:
        """Remove and return the smallest item in O(log n), or None when empty."""
        raise NotImplementedError

    def peek(self) -> Optional[T]:
        """Return the smallest item without removing it, or None when empty."""
        raise NotImplementedError

    def __len__(self) -> int:
        """Number of items."""
        raise NotImplementedError

    def to_list(self) -> List[T]:
        """A copy of the backing list, in level order."""
        raise NotImplementedError

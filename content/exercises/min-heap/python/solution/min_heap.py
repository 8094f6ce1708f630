"""An array-backed binary min-heap with a pluggable comparator."""

from typing import Callable, Generic, Iterable, List, Optional, TypeVar

T = TypeVar("T")

Comparator = Callable[[T, T], int]
"""Negative when ``a`` comes first, positive when ``b`` does, 0 on a tie."""


def _natural_order(a, b) -> int:
    return -1 if a < b else 1 if a > b else 0


class MinHeap(Generic[T]):
    """An array-backed binary min-heap."""

    @classmethod
    def heapify(cls, items: Iterable[T], compare: Optional[Comparator] = None) -> "MinHeap[T]":
        heap = cls(compare)
        heap._items = list(items)
        for index in range(len(heap._items) // 2 - 1, -1, -1):
            heap._sift_down(index)
        return heap

    def __init__(self, compare: Optional[Comparator] = None) -> None:
        self._compare: Comparator = compare if compare is not None else _natural_order
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)
        self._sift_up(len(self._items) - 1)

    def pop(self) -> Optional[T]:
        if not self._items:
            return None
        top = self._items[0]
        last = self._items.pop()
        if self._items:
            self._items[0] = last
            self._sift_down(0)
        return top

    def peek(self) -> Optional[T]:
        return self._items[0] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def to_list(self) -> List[T]:
        return list(self._items)

    def _sift_up(self, index: int) -> None:
        items = self._items
        while index > 0:
            parent = (index - 1) >> 1
            if self._compare(items[index], items[parent]) >= 0:
                return
            items[index], items[parent] = items[parent], items[index]
            index = parent

    def _sift_down(self, index: int) -> None:
        items = self._items
        n = len(items)
        while True:
            left = 2 * index + 1
            if left >= n:
                return
            smallest = left
            if left + 1 < n and self._compare(items[left + 1], items[left]) < 0:
                smallest = left + 1
            if self._compare(items[smallest], items[index]) >= 0:
                return
            items[index], items[smallest] = items[smallest], items[index]
            index = smallest

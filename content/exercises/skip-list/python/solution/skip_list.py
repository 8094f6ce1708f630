"""A sorted map from numeric keys to values, built on a skip list."""

import math
from typing import Callable, Generic, List, Optional, Tuple, TypeVar

V = TypeVar("V")


def mulberry32(seed: int) -> Callable[[], float]:
    """Ready-made helper (keep it as is): the mulberry32 pseudo-random generator.

    Returns a function producing deterministic floats in [0, 1) for a given seed; the same
    sequence as the TypeScript version.
    """
    state = seed & 0xFFFFFFFF

    def next_float() -> float:
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = state
        t = ((t ^ (t >> 15)) * (t | 1)) & 0xFFFFFFFF
        t = (t ^ (t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF))) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    return next_float


class _Node:
    __slots__ = ("key", "value", "next")

    def __init__(self, key, value, level: int) -> None:
        self.key = key
        self.value = value
        self.next: List[Optional["_Node"]] = [None] * level  # next[i] is the successor on level i + 1


class SkipList(Generic[V]):
    """A sorted map on a skip list with seeded random levels."""

    def __init__(self, seed: int = 1, max_level: int = 16) -> None:
        if isinstance(max_level, bool) or not isinstance(max_level, int) or max_level < 1:
            raise ValueError(f"max_level must be a positive integer, got {max_level!r}")
        self._random = mulberry32(seed)
        self._max_level = max_level
        self._head = _Node(-math.inf, None, max_level)
        self._count = 0

    def insert(self, key: float, value: V) -> None:
        update = self._predecessors(key)
        candidate = update[0].next[0]
        if candidate is not None and candidate.key == key:
            candidate.value = value
            return
        level = self._random_level()
        node = _Node(key, value, level)
        for i in range(level):
            node.next[i] = update[i].next[i]
            update[i].next[i] = node
        self._count += 1

    def search(self, key: float) -> Optional[V]:
        node = self._find(key)
        return None if node is None else node.value

    def delete(self, key: float) -> bool:
        update = self._predecessors(key)
        node = update[0].next[0]
        if node is None or node.key != key:
            return False
        for i in range(len(node.next)):
            update[i].next[i] = node.next[i]
        self._count -= 1
        return True

    def range(self, lo: float, hi: float) -> List[Tuple[float, V]]:
        result: List[Tuple[float, V]] = []
        if lo > hi:
            return result
        node = self._predecessors(lo)[0].next[0]
        while node is not None and node.key <= hi:
            result.append((node.key, node.value))
            node = node.next[0]
        return result

    def level_of(self, key: float) -> int:
        node = self._find(key)
        return 0 if node is None else len(node.next)

    def __len__(self) -> int:
        return self._count

    def _find(self, key: float) -> Optional[_Node]:
        node = self._predecessors(key)[0].next[0]
        return node if node is not None and node.key == key else None

    def _predecessors(self, key: float) -> List[_Node]:
        """For every level, the last node whose key is smaller than ``key``."""
        update: List[_Node] = [self._head] * self._max_level
        node = self._head
        for level in range(self._max_level - 1, -1, -1):
            following = node.next[level]
            while following is not None and following.key < key:
                node = following
                following = node.next[level]
            update[level] = node
        return update

    def _random_level(self) -> int:
        level = 1
        while level < self._max_level and self._random() < 0.5:
            level += 1
        return level

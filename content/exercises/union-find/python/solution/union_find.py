"""Disjoint sets over the integers 0 … n - 1, with union by size and path compression."""

from typing import List


class UnionFind:
    """Parent array forest; sizes are only meaningful at roots."""

    def __init__(self, n: int) -> None:
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValueError(f"n must be a non-negative integer, got {n!r}")
        self._parent: List[int] = list(range(n))
        self._size: List[int] = [1] * n
        self._count = n

    def find(self, x: int) -> int:
        self._check(x)
        root = x
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[x] != root:
            self._parent[x], x = root, self._parent[x]
        return root

    def union(self, a: int, b: int) -> bool:
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return False
        if self._size[root_a] < self._size[root_b]:
            root_a, root_b = root_b, root_a
        self._parent[root_b] = root_a
        self._size[root_a] += self._size[root_b]
        self._count -= 1
        return True

    def connected(self, a: int, b: int) -> bool:
        return self.find(a) == self.find(b)

    def size_of(self, x: int) -> int:
        return self._size[self.find(x)]

    @property
    def count(self) -> int:
        return self._count

    def _check(self, x: int) -> None:
        if isinstance(x, bool) or not isinstance(x, int) or not 0 <= x < len(self._parent):
            raise IndexError(f"element {x!r} is not in [0, {len(self._parent)})")

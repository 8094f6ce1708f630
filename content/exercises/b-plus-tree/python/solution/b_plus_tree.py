"""An in-memory B+ tree with integer keys."""

from bisect import bisect_left, bisect_right
from typing import Generic, List, Optional, Tuple, TypeVar, Union

V = TypeVar("V")


class _Leaf:
    __slots__ = ("keys", "values", "next")

    def __init__(self, keys: List[int], values: list, next_leaf: "Optional[_Leaf]" = None) -> None:
        self.keys = keys
        self.values = values
        self.next = next_leaf


class _Internal:
    __slots__ = ("keys", "children")

    def __init__(self, keys: List[int], children: "List[_Node]") -> None:
        self.keys = keys
        self.children = children


_Node = Union[_Leaf, _Internal]
_Split = Optional[Tuple[int, _Node]]  # (separator, new right sibling) handed to the parent


class BPlusTree(Generic[V]):
    """An in-memory B+ tree with integer keys.

    Values live only in leaves; internal nodes hold separator keys. Leaves are linked left to
    right. A node holds at most ``max_keys`` keys. A leaf with n = max_keys + 1 keys splits into a
    left leaf with the first ceil(n / 2) keys and a new right leaf with the rest; the right leaf's
    first key is copied up. An internal node with n = max_keys + 1 keys splits around index
    n // 2, whose key moves up. A root split adds a level.
    """

    def __init__(self, max_keys: int) -> None:
        if isinstance(max_keys, bool) or not isinstance(max_keys, int) or max_keys < 2:
            raise ValueError(f"max_keys must be an integer >= 2, got {max_keys!r}")
        self._max_keys = max_keys
        self._root: _Node = _Leaf([], [])
        self._count = 0

    def insert(self, key: int, value: V) -> None:
        split = self._insert_into(self._root, key, value)
        if split is not None:
            separator, right = split
            self._root = _Internal([separator], [self._root, right])

    def get(self, key: int) -> Optional[V]:
        leaf = self._find_leaf(key)
        i = bisect_left(leaf.keys, key)
        if i < len(leaf.keys) and leaf.keys[i] == key:
            return leaf.values[i]
        return None

    def range(self, low: int, high: int) -> List[Tuple[int, V]]:
        result: List[Tuple[int, V]] = []
        if low > high:
            return result
        leaf: Optional[_Leaf] = self._find_leaf(low)
        i = bisect_left(leaf.keys, low)
        while leaf is not None:
            while i < len(leaf.keys):
                if leaf.keys[i] > high:
                    return result
                result.append((leaf.keys[i], leaf.values[i]))
                i += 1
            leaf, i = leaf.next, 0
        return result

    def size(self) -> int:
        return self._count

    def height(self) -> int:
        levels, node = 1, self._root
        while isinstance(node, _Internal):
            levels, node = levels + 1, node.children[0]
        return levels

    def leaves(self) -> List[List[int]]:
        node = self._root
        while isinstance(node, _Internal):
            node = node.children[0]
        result: List[List[int]] = []
        leaf: Optional[_Leaf] = node
        while leaf is not None:
            result.append(list(leaf.keys))
            leaf = leaf.next
        return result

    def _find_leaf(self, key: int) -> _Leaf:
        node = self._root
        while isinstance(node, _Internal):
            node = node.children[bisect_right(node.keys, key)]
        return node

    def _insert_into(self, node: _Node, key: int, value: V) -> _Split:
        """Insert below ``node``; return the split to apply to the parent, or None."""
        if isinstance(node, _Leaf):
            i = bisect_left(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                node.values[i] = value
                return None
            node.keys.insert(i, key)
            node.values.insert(i, value)
            self._count += 1
            return self._split_leaf(node) if len(node.keys) > self._max_keys else None
        i = bisect_right(node.keys, key)
        split = self._insert_into(node.children[i], key, value)
        if split is None:
            return None
        separator, right = split
        node.keys.insert(i, separator)
        node.children.insert(i + 1, right)
        return self._split_internal(node) if len(node.keys) > self._max_keys else None

    @staticmethod
    def _split_leaf(leaf: _Leaf) -> _Split:
        keep = (len(leaf.keys) + 1) // 2  # ceil(n / 2)
        right = _Leaf(leaf.keys[keep:], leaf.values[keep:], leaf.next)
        del leaf.keys[keep:], leaf.values[keep:]
        leaf.next = right
        return right.keys[0], right

    @staticmethod
    def _split_internal(node: _Internal) -> _Split:
        mid = len(node.keys) // 2
        separator = node.keys[mid]
        right = _Internal(node.keys[mid + 1 :], node.children[mid + 1 :])
        del node.keys[mid:], node.children[mid + 1 :]
        return separator, right

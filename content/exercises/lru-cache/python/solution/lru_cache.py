"""A fixed-capacity cache that evicts the least recently used key."""

from typing import Dict, Generic, List, Optional, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class _Node(Generic[K, V]):
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key, value) -> None:
        self.key = key
        self.value = value
        self.prev: "_Node[K, V]" = self
        self.next: "_Node[K, V]" = self


class LRUCache(Generic[K, V]):
    """Hash map from key to node plus a doubly linked list with one sentinel.

    The node after the sentinel is the least recently used; the node before it the most.
    """

    def __init__(self, capacity: int) -> None:
        if isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 1:
            raise ValueError(f"capacity must be a positive integer, got {capacity!r}")
        self._capacity = capacity
        self._nodes: Dict[K, _Node[K, V]] = {}
        self._sentinel: _Node[K, V] = _Node(None, None)

    def get(self, key: K) -> Optional[V]:
        node = self._nodes.get(key)
        if node is None:
            return None
        self._unlink(node)
        self._append(node)
        return node.value

    def put(self, key: K, value: V) -> None:
        node = self._nodes.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._append(node)
            return
        if len(self._nodes) == self._capacity:
            oldest = self._sentinel.next
            self._unlink(oldest)
            del self._nodes[oldest.key]
        node = _Node(key, value)
        self._append(node)
        self._nodes[key] = node

    def __len__(self) -> int:
        return len(self._nodes)

    def keys(self) -> List[K]:
        result: List[K] = []
        node = self._sentinel.next
        while node is not self._sentinel:
            result.append(node.key)
            node = node.next
        return result

    @staticmethod
    def _unlink(node: _Node) -> None:
        node.prev.next = node.next
        node.next.prev = node.prev

    def _append(self, node: _Node) -> None:
        node.prev = self._sentinel.prev
        node.next = self._sentinel
        self._sentinel.prev.next = node
        self._sentinel.prev = node

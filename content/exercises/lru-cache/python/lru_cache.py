"""A fixed-capacity cache that evicts the least recently used key."""

from typing import Generic, List, Optional, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LRUCache(Generic[K, V]):
    """Holds at most ``capacity`` entries; ``get`` and ``put`` must run in O(1) time."""

    def __init__(self, capacity: int) -> None:
        """Create an empty cache.

        Raises ValueError when ``capacity`` is not a positive integer.
        """
        raise NotImplementedError

    def get(self, key: K) -> Optional[V]:
        """Return the value stored for ``key``, or None when the key is absent.

        A hit makes ``key`` the most recently used; a miss changes nothing.
        """
        raise NotImplementedError

    def put(self, key: K, value: V) -> None:
        """Store ``value`` under ``key`` and make ``key`` the most recently used.

        Updating an existing key never evicts. Inserting a new key into a full cache
        first evicts the least recently used key.
        """
        raise NotImplementedError

    def __len__(self) -> int:
        """Number of entries currently stored (never more than the capacity)."""
        raise NotImplementedError

    def keys(self) -> List[K]:
        """Keys ordered from least to most recently used. Does not change recency."""
        raise NotImplementedError

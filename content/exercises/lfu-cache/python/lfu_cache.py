"""A fixed-capacity least-frequently-used cache."""

from typing import Generic, Optional, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LFUCache(Generic[K, V]):
    """Evicts the least frequently used key, breaking ties by evicting the least recently used
    of the tied keys. ``get`` and ``put`` should run in O(1)."""

    def __init__(self, capacity: int) -> None:
        """Create an empty cache.

        Raises ValueError when ``capacity`` is not a positive integer.
        """
        raise NotImplementedError

    def get(self, key: K) -> Optional[V]:
        """The value for ``key``, or None. A hit adds 1 to the key's frequency; a miss changes
        nothing."""
        raise NotImplementedError

    def put(self, key: K, value: V) -> None:
        """Insert or update ``key``.

        An update replaces the value and adds 1 to the frequency (never evicts). A new key in a
        full cache first evicts the lowest-frequency key (least recently used among ties), then
        starts at frequency 1.
        """
        raise NotImplementedError

    def frequency(self, key: K) -> int:
        """The use count of ``key``, or 0 when absent. Does not count as a use."""
        raise NotImplementedError

    def __len__(self) -> int:
        """Number of entries."""
        raise NotImplementedError

"""A fixed-capacity least-frequently-used cache."""

from collections import OrderedDict, defaultdict
from typing import DefaultDict, Dict, Generic, List, Optional, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LFUCache(Generic[K, V]):
    """Frequency buckets: each bucket is an OrderedDict whose first key is the least recently
    used key of that frequency."""

    def __init__(self, capacity: int) -> None:
        if isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 1:
            raise ValueError(f"capacity must be a positive integer, got {capacity!r}")
        self._capacity = capacity
        self._entries: Dict[K, List] = {}  # key -> [value, frequency]
        self._buckets: DefaultDict[int, "OrderedDict[K, None]"] = defaultdict(OrderedDict)
        self._min_frequency = 0

    def get(self, key: K) -> Optional[V]:
        entry = self._entries.get(key)
        if entry is None:
            return None
        self._touch(key, entry)
        return entry[0]

    def put(self, key: K, value: V) -> None:
        entry = self._entries.get(key)
        if entry is not None:
            entry[0] = value
            self._touch(key, entry)
            return
        if len(self._entries) == self._capacity:
            self._evict()
        self._entries[key] = [value, 1]
        self._buckets[1][key] = None
        self._min_frequency = 1

    def frequency(self, key: K) -> int:
        entry = self._entries.get(key)
        return 0 if entry is None else entry[1]

    def __len__(self) -> int:
        return len(self._entries)

    def _touch(self, key: K, entry: List) -> None:
        old = entry[1]
        bucket = self._buckets[old]
        del bucket[key]
        if not bucket:
            del self._buckets[old]
            if self._min_frequency == old:
                self._min_frequency = old + 1
        entry[1] = old + 1
        self._buckets[old + 1][key] = None

    def _evict(self) -> None:
        bucket = self._buckets[self._min_frequency]
        victim, _ = bucket.popitem(last=False)
        if not bucket:
            del self._buckets[self._min_frequency]
        del self._entries[victim]

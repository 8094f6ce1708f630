"""A string-keyed hash map with open addressing, linear probing and tombstones."""

from typing import Generic, List, Optional, Tuple, TypeVar

V = TypeVar("V")

_TOMBSTONE = object()
_MAX_LOAD = 0.75


def fnv1a32(text: str) -> int:
    """Ready-made helper (keep it as is): the FNV-1a 32-bit hash of the UTF-8 bytes of ``text``."""
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


class _Entry:
    __slots__ = ("key", "value")

    def __init__(self, key: str, value) -> None:
        self.key = key
        self.value = value


class HashMap(Generic[V]):
    """Slots hold None (empty), _TOMBSTONE, or an _Entry."""

    def __init__(self, initial_capacity: int = 8) -> None:
        if (
            isinstance(initial_capacity, bool)
            or not isinstance(initial_capacity, int)
            or initial_capacity < 1
            or initial_capacity & (initial_capacity - 1)
        ):
            raise ValueError(f"initial_capacity must be a positive power of two, got {initial_capacity!r}")
        self._slots: list = [None] * initial_capacity
        self._live = 0
        self._dead = 0

    def set(self, key: str, value: V) -> None:
        index, insert_at = self._find(key)
        if index != -1:
            self._slots[index].value = value
            return
        if self._live + self._dead + 1 > _MAX_LOAD * self.capacity:
            grow = self._live + 1 > _MAX_LOAD * self.capacity
            self._rebuild(self.capacity * 2 if grow else self.capacity)
            _, insert_at = self._find(key)
        if self._slots[insert_at] is _TOMBSTONE:
            self._dead -= 1
        self._slots[insert_at] = _Entry(key, value)
        self._live += 1

    def get(self, key: str) -> Optional[V]:
        index, _ = self._find(key)
        return None if index == -1 else self._slots[index].value

    def has(self, key: str) -> bool:
        return self._find(key)[0] != -1

    def delete(self, key: str) -> bool:
        index, _ = self._find(key)
        if index == -1:
            return False
        self._slots[index] = _TOMBSTONE
        self._live -= 1
        self._dead += 1
        return True

    def __len__(self) -> int:
        return self._live

    @property
    def capacity(self) -> int:
        return len(self._slots)

    @property
    def tombstones(self) -> int:
        return self._dead

    def keys(self) -> List[str]:
        return [slot.key for slot in self._slots if isinstance(slot, _Entry)]

    def slot_of(self, key: str) -> int:
        return self._find(key)[0]

    def _find(self, key: str) -> Tuple[int, int]:
        """Return (slot of key or -1, slot where a new entry for key would go).

        The load-factor rule guarantees an empty slot, so the probe terminates.
        """
        mask = len(self._slots) - 1
        i = fnv1a32(key) & mask
        first_tombstone = -1
        while True:
            slot = self._slots[i]
            if slot is None:
                return -1, (first_tombstone if first_tombstone != -1 else i)
            if slot is _TOMBSTONE:
                if first_tombstone == -1:
                    first_tombstone = i
            elif slot.key == key:
                return i, i
            i = (i + 1) & mask

    def _rebuild(self, capacity: int) -> None:
        old = self._slots
        self._slots = [None] * capacity
        self._live = 0
        self._dead = 0
        for slot in old:
            if isinstance(slot, _Entry):
                self._slots[self._find(slot.key)[1]] = slot
                self._live += 1

"""A string-keyed hash map with open addressing, linear probing and tombstones."""

from typing import Generic, List, Optional, TypeVar

V = TypeVar("V")


def fnv1a32(text: str) -> int:
    """Ready-made helper (keep it as is): the FNV-1a 32-bit hash of the UTF-8 bytes of ``text``."""
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


class HashMap(Generic[V]):
    """Linear probing from the home slot fnv1a32(key) & (capacity - 1), tombstones on delete,
    and a rebuild before an insert would make size + tombstones exceed 0.75 × capacity
    (doubling when the live entries need it)."""

    def __init__(self, initial_capacity: int = 8) -> None:
        """Create an empty map with ``initial_capacity`` slots.

        Raises ValueError when ``initial_capacity`` is not a positive power of two.
        """
        raise NotImplementedError

    def set(self, key: str, value: V) -> None:
        """Insert or update ``key``.

        A new key goes into the first tombstone on its probe path, else the first empty slot.
        Before inserting a new key, if size + tombstones + 1 > 0.75 × capacity, the table is
        rebuilt (capacity doubled when size + 1 > 0.75 × capacity), dropping all tombstones.
        """
        raise NotImplementedError

    def get(self, key: str) -> Optional[V]:
        """The value for ``key``, or None."""
        raise NotImplementedError

    def has(self, key: str) -> bool:
        """Whether ``key`` is present."""
        raise NotImplementedError

    def delete(self, key: str) -> bool:
        """Remove ``key``, leaving a tombstone in its slot. Return False when the key is absent."""
        raise NotImplementedError

    def __len__(self) -> int:
        """Number of live entries."""
        raise NotImplementedError

    @property
    def capacity(self) -> int:
        """Number of slots (a power of two)."""
        raise NotImplementedError

    @property
    def tombstones(self) -> int:
        """Number of tombstone slots."""
        raise NotImplementedError

    def keys(self) -> List[str]:
        """Live keys in slot order."""
        raise NotImplementedError

    def slot_of(self, key: str) -> int:
        """The slot index holding ``key``, or -1 when absent."""
        raise NotImplementedError

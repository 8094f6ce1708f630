"""A sorted map from numeric keys to values, built on a skip list."""

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


class SkipList(Generic[V]):
    """New keys get a level drawn from ``mulberry32(seed)``: start at 1, add 1 while
    level < max_level and random() < 0.5. Updates of existing keys draw nothing."""

    def __init__(self, seed: int = 1, max_level: int = 16) -> None:
        """Create an empty skip list with its own ``mulberry32(seed)`` generator.

        Raises ValueError when ``max_level`` is not a positive integer.
        """
        raise NotImplementedError

    def insert(self, key: float, value: V) -> None:
        """Insert ``key`` or replace its value. Only a new key draws a level."""
        raise NotImplementedError

    def search(self, key: float) -> Optional[V]:
        """The value stored for ``key``, or None."""
        raise NotImplementedError

    def delete(self, key: float) -> bool:
        """Remove ``key``; return True when it was present."""
        raise NotImplementedError

    def range(self, lo: float, hi: float) -> List[Tuple[float, V]]:
        """The (key, value) pairs with lo <= key <= hi, in ascending key order."""
        raise NotImplementedError

    def level_of(self, key: float) -> int:
        """The level of ``key``'s node (1 … max_level), or 0 when the key is absent."""
        raise NotImplementedError

    def __len__(self) -> int:
        """Number of keys."""
        raise NotImplementedError

"""A Count-Min sketch and a top-k heavy-hitters tracker built on it."""

import hashlib
from typing import List, Tuple


def hash32(text: str, seed: int = 0) -> int:
    """Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
    f"{seed}:{text}", read as a big-endian unsigned 32-bit integer."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{text}".encode("utf-8")).digest()[:4], "big")


class CountMinSketch:
    """``depth`` rows of ``width`` counters. Row r maps an item to column
    hash32(item, r) % width. Estimates never underestimate."""

    @classmethod
    def from_error_bounds(cls, epsilon: float, delta: float) -> "CountMinSketch":
        """A sketch with width = ceil(e / epsilon) and depth = ceil(ln(1 / delta)).

        Raises ValueError when epsilon or delta is not strictly between 0 and 1.
        """
        raise NotImplementedError

    def __init__(self, width: int, depth: int) -> None:
        """An empty sketch.

        Raises ValueError when ``width`` or ``depth`` is not a positive integer.
        """
        raise NotImplementedError

    @property
    def width(self) -> int:
        """Number of counters per row."""
        raise NotImplementedError

    @property
    def depth(self) -> int:
        """Number of rows."""
        raise NotImplementedError

    @property
    def total(self) -> int:
        """Sum of all counts added."""
        raise NotImplementedError

    def indexes(self, item: str) -> List[int]:
        """The column of ``item`` in each row, in row order: hash32(item, r) % width."""
        raise NotImplementedError

    def add(self, item: str, count: int = 1) -> None:
        """Add ``count`` occurrences of ``item`` (one counter per row) and to ``total``.

        Raises ValueError when ``count`` is negative or not an integer.
        """
        raise NotImplementedError

    def estimate(self, item: str) -> int:
        """The minimum of the item's counters: never below the true count."""
        raise NotImplementedError


class HeavyHitters:
    """Tracks the (approximate) top-k items of a stream with a Count-Min sketch and at most k
    tracked items."""

    def __init__(self, k: int, width: int, depth: int) -> None:
        """Track ``k`` items over a ``CountMinSketch(width, depth)``.

        Raises ValueError when ``k``, ``width`` or ``depth`` is not a positive integer.
        """
        raise NotImplementedError

    def add(self, item: str, count: int = 1) -> None:
        """Count ``item``. A tracked item stays tracked; an untracked one is tracked when fewer than
        k are, or replaces the weakest tracked item (last in top() order) when its estimate is
        strictly greater.

        Raises ValueError when ``count`` is negative or not an integer.
        """
        raise NotImplementedError

    def top(self) -> List[Tuple[str, int]]:
        """Tracked items as (item, current estimate), by estimate descending, then item ascending."""
        raise NotImplementedError

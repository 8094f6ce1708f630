"""A Count-Min sketch and a top-k heavy-hitters tracker built on it."""

import hashlib
import math
from typing import List, Set, Tuple


def hash32(text: str, seed: int = 0) -> int:
    """Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
    f"{seed}:{text}", read as a big-endian unsigned 32-bit integer."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{text}".encode("utf-8")).digest()[:4], "big")


def _require_positive_int(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")


def _require_count(count: object) -> None:
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise ValueError(f"count must be a non-negative integer, got {count!r}")


class CountMinSketch:
    """``depth`` rows of ``width`` counters."""

    @classmethod
    def from_error_bounds(cls, epsilon: float, delta: float) -> "CountMinSketch":
        if not 0 < epsilon < 1:
            raise ValueError(f"epsilon must be in (0, 1), got {epsilon!r}")
        if not 0 < delta < 1:
            raise ValueError(f"delta must be in (0, 1), got {delta!r}")
        return cls(math.ceil(math.e / epsilon), math.ceil(math.log(1 / delta)))

    def __init__(self, width: int, depth: int) -> None:
        _require_positive_int("width", width)
        _require_positive_int("depth", depth)
        self._width = width
        self._rows = [[0] * width for _ in range(depth)]
        self._total = 0

    @property
    def width(self) -> int:
        return self._width

    @property
    def depth(self) -> int:
        return len(self._rows)

    @property
    def total(self) -> int:
        return self._total

    def indexes(self, item: str) -> List[int]:
        return [hash32(item, row) % self._width for row in range(len(self._rows))]

    def add(self, item: str, count: int = 1) -> None:
        _require_count(count)
        for row, column in enumerate(self.indexes(item)):
            self._rows[row][column] += count
        self._total += count

    def estimate(self, item: str) -> int:
        return min(self._rows[row][column] for row, column in enumerate(self.indexes(item)))


class HeavyHitters:
    """Tracks the approximate top-k items of a stream."""

    def __init__(self, k: int, width: int, depth: int) -> None:
        _require_positive_int("k", k)
        self._k = k
        self._sketch = CountMinSketch(width, depth)
        self._tracked: Set[str] = set()

    def add(self, item: str, count: int = 1) -> None:
        self._sketch.add(item, count)
        if item in self._tracked:
            return
        if len(self._tracked) < self._k:
            self._tracked.add(item)
            return
        weakest, weakest_estimate = self.top()[-1]
        if self._sketch.estimate(item) > weakest_estimate:
            self._tracked.remove(weakest)
            self._tracked.add(item)

    def top(self) -> List[Tuple[str, int]]:
        ranked = [(item, self._sketch.estimate(item)) for item in self._tracked]
        ranked.sort(key=lambda pair: (-pair[1], pair[0]))
        return ranked

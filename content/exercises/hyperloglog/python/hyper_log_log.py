"""A HyperLogLog distinct-count sketch."""

import hashlib
from typing import List


def hash32(text: str, seed: int = 0) -> int:
    """Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
    f"{seed}:{text}", read as a big-endian unsigned 32-bit integer."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{text}".encode("utf-8")).digest()[:4], "big")


class HyperLogLog:
    """m = 2 ** precision registers over 32-bit hashes."""

    def __init__(self, precision: int = 14) -> None:
        """Create an empty sketch (all registers 0).

        Raises ValueError when ``precision`` is not an integer from 4 to 16.
        """
        raise NotImplementedError

    @property
    def precision(self) -> int:
        """The precision p."""
        raise NotImplementedError

    def add(self, item: str) -> None:
        """Record ``item``: x = hash32(item); register index = top p bits of x; rank = 1-based
        position of the first 1 bit in the remaining 32 - p bits (32 - p + 1 if none); the
        register keeps the maximum rank."""
        raise NotImplementedError

    def count(self) -> int:
        """The estimated number of distinct items, rounded to the nearest integer (halves up).

        Raw estimate alpha * m^2 / sum(2^-register), with linear counting m ln(m / zeros) when
        raw <= 2.5m and some register is 0, and the large-range correction when raw > 2^32 / 30.
        """
        raise NotImplementedError

    def merge(self, other: "HyperLogLog") -> None:
        """Fold ``other`` into this sketch: each register becomes the maximum of the two.

        Raises ValueError when the precisions differ.
        """
        raise NotImplementedError

    def registers(self) -> List[int]:
        """A copy of the registers, in index order."""
        raise NotImplementedError

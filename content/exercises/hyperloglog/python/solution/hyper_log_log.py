"""A HyperLogLog distinct-count sketch."""

import hashlib
import math
from typing import List

_TWO_32 = 2 ** 32


def hash32(text: str, seed: int = 0) -> int:
    """Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
    f"{seed}:{text}", read as a big-endian unsigned 32-bit integer."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{text}".encode("utf-8")).digest()[:4], "big")


def _alpha(m: int) -> float:
    if m == 16:
        return 0.673
    if m == 32:
        return 0.697
    if m == 64:
        return 0.709
    return 0.7213 / (1 + 1.079 / m)


class HyperLogLog:
    """m = 2 ** precision registers over 32-bit hashes."""

    def __init__(self, precision: int = 14) -> None:
        if isinstance(precision, bool) or not isinstance(precision, int) or not 4 <= precision <= 16:
            raise ValueError(f"precision must be an integer from 4 to 16, got {precision!r}")
        self._p = precision
        self._registers = bytearray(1 << precision)

    @property
    def precision(self) -> int:
        return self._p

    def add(self, item: str) -> None:
        x = hash32(item)
        index = x >> (32 - self._p)
        rest = (x << self._p) & 0xFFFFFFFF  # the remaining 32 - p bits, moved to the top
        rank = 32 - self._p + 1 if rest == 0 else 32 - rest.bit_length() + 1
        if rank > self._registers[index]:
            self._registers[index] = rank

    def count(self) -> int:
        m = len(self._registers)
        raw = _alpha(m) * m * m / sum(2.0 ** -register for register in self._registers)
        zeros = self._registers.count(0)
        estimate = raw
        if raw <= 2.5 * m and zeros > 0:
            estimate = m * math.log(m / zeros)
        elif raw > _TWO_32 / 30:
            estimate = -_TWO_32 * math.log(1 - raw / _TWO_32)
        return math.floor(estimate + 0.5)

    def merge(self, other: "HyperLogLog") -> None:
        if other._p != self._p:
            raise ValueError(f"cannot merge precision {other._p} into precision {self._p}")
        self._registers = bytearray(max(a, b) for a, b in zip(self._registers, other._registers))

    def registers(self) -> List[int]:
        return list(self._registers)

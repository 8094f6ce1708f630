"""A Bloom filter over strings: no false negatives, tunable false-positive rate."""

import hashlib
import math
from typing import List, NamedTuple


def hash32(text: str, seed: int = 0) -> int:
    """Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
    f"{seed}:{text}", read as a big-endian unsigned 32-bit integer."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{text}".encode("utf-8")).digest()[:4], "big")


class BloomParameters(NamedTuple):
    """Size of a Bloom filter: number of bits ``m`` and number of hash functions ``k``."""

    bits: int
    hashes: int


def _require_positive_int(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")


class BloomFilter:
    """A Bloom filter over strings."""

    @staticmethod
    def optimal_parameters(expected_items: int, false_positive_rate: float) -> BloomParameters:
        _require_positive_int("expected_items", expected_items)
        if not 0 < false_positive_rate < 1:
            raise ValueError(f"false_positive_rate must be in (0, 1), got {false_positive_rate!r}")
        ln2 = math.log(2)
        bits = math.ceil(-expected_items * math.log(false_positive_rate) / (ln2 * ln2))
        hashes = max(1, round(bits / expected_items * ln2))
        return BloomParameters(bits, hashes)

    @staticmethod
    def false_positive_rate(bits: int, hashes: int, items: int) -> float:
        return (1 - math.exp(-hashes * items / bits)) ** hashes

    @classmethod
    def for_capacity(cls, expected_items: int, false_positive_rate: float) -> "BloomFilter":
        bits, hashes = cls.optimal_parameters(expected_items, false_positive_rate)
        return cls(bits, hashes)

    def __init__(self, bits: int, hashes: int) -> None:
        _require_positive_int("bits", bits)
        _require_positive_int("hashes", hashes)
        self._bits = bits
        self._hashes = hashes
        self._array = bytearray((bits + 7) // 8)

    @property
    def bit_count(self) -> int:
        return self._bits

    @property
    def hash_count(self) -> int:
        return self._hashes

    def indexes(self, item: str) -> List[int]:
        h1 = hash32(item, 0)
        h2 = hash32(item, 1)
        return [(h1 + i * h2) % self._bits for i in range(self._hashes)]

    def add(self, item: str) -> None:
        for index in self.indexes(item):
            self._array[index >> 3] |= 1 << (index & 7)

    def might_contain(self, item: str) -> bool:
        return all(self._array[index >> 3] & (1 << (index & 7)) for index in self.indexes(item))

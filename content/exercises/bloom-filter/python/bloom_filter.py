"""A Bloom filter over strings: no false negatives, tunable false-positive rate."""

import hashlib
from typing import List, NamedTuple


def hash32(text: str, seed: int = 0) -> int:
    """Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
    f"{seed}:{text}", read as a big-endian unsigned 32-bit integer."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{text}".encode("utf-8")).digest()[:4], "big")


class BloomParameters(NamedTuple):
    """Size of a Bloom filter: number of bits ``m`` and number of hash functions ``k``."""

    bits: int
    hashes: int


class BloomFilter:
    """A Bloom filter over strings."""

    @staticmethod
    def optimal_parameters(expected_items: int, false_positive_rate: float) -> BloomParameters:
        """Optimal size for ``expected_items`` items at ``false_positive_rate``:
        bits = ceil(-n ln p / (ln 2)^2), hashes = max(1, round(bits / n * ln 2)).

        Raises ValueError when ``expected_items`` is not a positive integer or the rate is not
        in (0, 1).
        """
        raise NotImplementedError

    @staticmethod
    def false_positive_rate(bits: int, hashes: int, items: int) -> float:
        """Expected false-positive rate after ``items`` insertions:
        (1 - e^(-hashes * items / bits)) ** hashes."""
        raise NotImplementedError

    @classmethod
    def for_capacity(cls, expected_items: int, false_positive_rate: float) -> "BloomFilter":
        """A filter sized by ``optimal_parameters(expected_items, false_positive_rate)``.

        Raises ValueError for the same invalid arguments as ``optimal_parameters``.
        """
        raise NotImplementedError

    def __init__(self, bits: int, hashes: int) -> None:
        """An empty filter of ``bits`` bits using ``hashes`` indexes per item.

        Raises ValueError when ``bits`` or ``hashes`` is not a positive integer.
        """
        raise NotImplementedError

    @property
    def bit_count(self) -> int:
        """Number of bits ``m``."""
        raise NotImplementedError

    @property
    def hash_count(self) -> int:
        """Number of indexes ``k`` per item."""
        raise NotImplementedError

    def indexes(self, item: str) -> List[int]:
        """The ``hash_count`` bit positions of ``item``, in order: with h1 = hash32(item, 0)
        and h2 = hash32(item, 1), position i is (h1 + i * h2) mod bit_count."""
        raise NotImplementedError

    def add(self, item: str) -> None:
        """Set every bit position of ``item``."""
        raise NotImplementedError

    def might_contain(self, item: str) -> bool:
        """True when every bit position of ``item`` is set ("possibly added");
        False means "never added"."""
        raise NotImplementedError

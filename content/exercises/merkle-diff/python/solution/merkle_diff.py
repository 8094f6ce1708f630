"""A Merkle tree and a top-down diff of two trees."""

import hashlib
from typing import List, NamedTuple, Sequence, Tuple


def leaf_hash(data: str) -> str:
    """SHA-256 (hex) of the byte 0x00 followed by the UTF-8 bytes of ``data``."""
    return hashlib.sha256(b"\x00" + data.encode("utf-8")).hexdigest()


def node_hash(left: str, right: str) -> str:
    """SHA-256 (hex) of the byte 0x01 followed by the raw 32-byte digests ``left`` then ``right``."""
    return hashlib.sha256(b"\x01" + bytes.fromhex(left) + bytes.fromhex(right)).hexdigest()


class MerkleTree:
    """A Merkle tree stored as levels, leaves first, root last."""

    def __init__(self, leaves: Sequence[str]) -> None:
        if not leaves:
            raise ValueError("a Merkle tree needs at least one leaf")
        levels = [[leaf_hash(leaf) for leaf in leaves]]
        while len(levels[-1]) > 1:
            below = levels[-1]
            levels.append([
                node_hash(below[i], below[i + 1]) if i + 1 < len(below) else below[i]
                for i in range(0, len(below), 2)
            ])
        self._levels = levels

    @property
    def root(self) -> str:
        return self._levels[-1][0]

    @property
    def leaf_count(self) -> int:
        return len(self._levels[0])

    @property
    def levels(self) -> List[List[str]]:
        return [list(level) for level in self._levels]


class DiffResult(NamedTuple):
    """Indexes of differing leaves, ascending, and the number of node pairs compared."""

    leaves: List[int]
    comparisons: int


def diff_leaves(a: MerkleTree, b: MerkleTree) -> DiffResult:
    if a.leaf_count != b.leaf_count:
        raise ValueError(f"cannot diff trees of {a.leaf_count} and {b.leaf_count} leaves")
    left, right = a.levels, b.levels
    leaves: List[int] = []
    comparisons = 0
    # Depth-first, left child first, so leaf indexes come out ascending.
    stack: List[Tuple[int, int]] = [(len(left) - 1, 0)]
    while stack:
        level, index = stack.pop()
        comparisons += 1
        if left[level][index] == right[level][index]:
            continue
        if level == 0:
            leaves.append(index)
            continue
        first_child = 2 * index
        if first_child + 1 < len(left[level - 1]):
            stack.append((level - 1, first_child + 1))
        stack.append((level - 1, first_child))
    return DiffResult(leaves, comparisons)

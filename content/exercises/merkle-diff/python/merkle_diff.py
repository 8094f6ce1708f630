"""A Merkle tree and a top-down diff of two trees."""

from typing import List, NamedTuple, Sequence


def leaf_hash(data: str) -> str:
    """SHA-256 (hex) of the byte 0x00 followed by the UTF-8 bytes of ``data``."""
    raise NotImplementedError


def node_hash(left: str, right: str) -> str:
    """SHA-256 (hex) of the byte 0x01 followed by the raw 32-byte digests ``left`` then ``right``
    (given as hex)."""
    raise NotImplementedError


class MerkleTree:
    """Stored as levels: levels[0] are the leaf hashes; each next level hashes pairs (0,1), (2,3),
    … of the level below, carrying a lone last node up unchanged; the last level is [root]."""

    def __init__(self, leaves: Sequence[str]) -> None:
        """Build the tree over ``leaves`` (data blocks, in order).

        Raises ValueError when ``leaves`` is empty.
        """
        raise NotImplementedError

    @property
    def root(self) -> str:
        """The root hash (hex)."""
        raise NotImplementedError

    @property
    def leaf_count(self) -> int:
        """Number of leaves."""
        raise NotImplementedError

    @property
    def levels(self) -> List[List[str]]:
        """All levels, leaves first, root last (hex hashes)."""
        raise NotImplementedError


class DiffResult(NamedTuple):
    """Indexes of differing leaves, ascending, and the number of node pairs compared."""

    leaves: List[int]
    comparisons: int


def diff_leaves(a: MerkleTree, b: MerkleTree) -> DiffResult:
    """The leaves whose hashes differ between ``a`` and ``b``, found top-down from the roots,
    descending only into node pairs whose hashes differ.

    Raises ValueError when the trees have different numbers of leaves.
    """
    raise NotImplementedError

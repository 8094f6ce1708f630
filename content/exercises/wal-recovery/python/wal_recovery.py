"""A redo-only write-ahead log for a key-value store, with crash recovery."""

from typing import Dict, List, NamedTuple, Optional

# A record is a dict with a "type" and a non-negative integer "tx":
#   {"type": "begin", "tx": 1}
#   {"type": "put", "tx": 1, "key": "a", "value": "1"}    (key and value are str)
#   {"type": "delete", "tx": 1, "key": "a"}
#   {"type": "commit", "tx": 1}
#   {"type": "abort", "tx": 1}


class Recovery(NamedTuple):
    """The result of replaying a log."""

    state: Dict[str, str]
    """The key-value store after applying every committed transaction."""
    committed: List[int]
    """Ids of the committed transactions, in the order of their commit records."""
    valid_length: int
    """Number of bytes of whole, intact frames at the start of the log."""


def fnv1a32(data: bytes) -> int:
    """FNV-1a 32-bit hash of the bytes, as an unsigned integer. Ready-made: use it for checksums."""
    h = 0x811C9DC5
    for byte in data:
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def encode_record(record: dict) -> bytes:
    """Encode one record as a frame: payload length (uint32 big-endian), FNV-1a checksum of the
    payload (uint32 big-endian), then the payload, the record as UTF-8 JSON.

    Raises ValueError for a malformed record.
    """
    raise NotImplementedError


class WriteAheadLog:
    """An append-only log of framed records, kept in memory."""

    def __init__(self, existing: Optional[bytes] = None) -> None:
        """``existing``: the bytes of a log to reopen; only its valid prefix (see recover) is
        kept, so a torn tail left by a crash is dropped before anything new is appended."""
        raise NotImplementedError

    def append(self, record: dict) -> None:
        """Append the record as one frame.

        Raises ValueError for a malformed record (unknown type, tx not a non-negative integer,
        key or value missing or not a str where the type requires it); the log is left unchanged.
        """
        raise NotImplementedError

    def contents(self) -> bytes:
        """The log's bytes."""
        raise NotImplementedError


def recover(log: bytes) -> Recovery:
    """Replay a log.

    Read frames from the start and stop at the first one that is incomplete, fails its checksum
    or does not hold a valid record. Apply, in commit order, the puts and deletes of every
    transaction whose commit record lies before that point; ignore all other transactions.
    """
    raise NotImplementedError

"""A redo-only write-ahead log for a key-value store, with crash recovery."""

import json
import struct
from typing import Dict, List, NamedTuple, Optional, Tuple

# A record is a dict with a "type" and a non-negative integer "tx":
#   {"type": "begin", "tx": 1}
#   {"type": "put", "tx": 1, "key": "a", "value": "1"}    (key and value are str)
#   {"type": "delete", "tx": 1, "key": "a"}
#   {"type": "commit", "tx": 1}
#   {"type": "abort", "tx": 1}

_HEADER = struct.Struct(">II")  # payload length, checksum


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


def _is_record(value: object) -> bool:
    if not isinstance(value, dict):
        return False
    tx = value.get("tx")
    if isinstance(tx, bool) or not isinstance(tx, int) or tx < 0:
        return False
    kind = value.get("type")
    if kind in ("begin", "commit", "abort"):
        return True
    if kind == "put":
        return isinstance(value.get("key"), str) and isinstance(value.get("value"), str)
    if kind == "delete":
        return isinstance(value.get("key"), str)
    return False


def encode_record(record: dict) -> bytes:
    """Encode one record as a frame: payload length (uint32 big-endian), FNV-1a checksum of the
    payload (uint32 big-endian), then the payload, the record as UTF-8 JSON.

    Raises ValueError for a malformed record.
    """
    if not _is_record(record):
        raise ValueError(f"malformed log record: {record!r}")
    payload = json.dumps(record, separators=(",", ":")).encode("utf-8")
    return _HEADER.pack(len(payload), fnv1a32(payload)) + payload


def _decode_frame(log: bytes, offset: int) -> Optional[Tuple[dict, int]]:
    """Decode the frame at ``offset``; None if it is torn or corrupt."""
    if len(log) - offset < _HEADER.size:
        return None
    length, checksum = _HEADER.unpack_from(log, offset)
    start = offset + _HEADER.size
    if len(log) - start < length:
        return None
    payload = bytes(log[start : start + length])
    if fnv1a32(payload) != checksum:
        return None
    try:
        record = json.loads(payload.decode("utf-8"))
    except ValueError:  # includes UnicodeDecodeError and JSONDecodeError
        return None
    return (record, start + length) if _is_record(record) else None


class WriteAheadLog:
    """An append-only log of framed records, kept in memory."""

    def __init__(self, existing: Optional[bytes] = None) -> None:
        self._data = bytearray()
        if existing is not None:
            self._data += existing[: recover(existing).valid_length]

    def append(self, record: dict) -> None:
        self._data += encode_record(record)

    def contents(self) -> bytes:
        return bytes(self._data)


def recover(log: bytes) -> Recovery:
    """Replay a log.

    Read frames from the start and stop at the first one that is incomplete, fails its checksum
    or does not hold a valid record. Apply, in commit order, the puts and deletes of every
    transaction whose commit record lies before that point; ignore all other transactions.
    """
    state: Dict[str, str] = {}
    committed: List[int] = []
    pending: Dict[int, List[dict]] = {}  # redo buffer per open transaction
    offset = 0
    while True:
        frame = _decode_frame(log, offset)
        if frame is None:
            break
        record, offset = frame
        kind, tx = record["type"], record["tx"]
        if kind == "begin":
            pending[tx] = []
        elif kind in ("put", "delete"):
            pending.setdefault(tx, []).append(record)
        elif kind == "commit":
            for change in pending.pop(tx, []):
                if change["type"] == "put":
                    state[change["key"]] = change["value"]
                else:
                    state.pop(change["key"], None)
            committed.append(tx)
        else:  # abort
            pending.pop(tx, None)
    return Recovery(state, committed, offset)

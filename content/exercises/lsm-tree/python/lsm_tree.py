"""A tiny in-memory log-structured merge tree."""

from typing import List, Optional, Tuple

Entry = Tuple[str, Optional[str]]
"""A key and its value in a run; a None value is a tombstone (the key was deleted)."""


class LSMTree:
    """A tiny in-memory log-structured merge tree over string keys and values.

    Writes go to the memtable; a full memtable is flushed to an immutable run sorted by key.
    Reads check the memtable, then the runs newest first, and stop at the first entry for the key.
    """

    def __init__(self, memtable_limit: int) -> None:
        """The memtable is flushed as soon as it holds ``memtable_limit`` distinct keys
        (tombstones included). Raises ValueError if memtable_limit is not an int >= 1."""
        raise NotImplementedError

    def put(self, key: str, value: str) -> None:
        """Write key = value into the memtable, then flush if the memtable reached its limit."""
        raise NotImplementedError

    def get(self, key: str) -> Optional[str]:
        """The newest value of the key: the memtable first, then the runs from newest to oldest.

        Returns None if the key was never written or its newest entry is a tombstone.
        """
        raise NotImplementedError

    def delete(self, key: str) -> None:
        """Write a tombstone for the key into the memtable, then flush if it reached its limit."""
        raise NotImplementedError

    def scan(self, start: str, end: str) -> List[Tuple[str, str]]:
        """Live keys with start <= key < end, each with its newest value, sorted by key."""
        raise NotImplementedError

    def flush(self) -> None:
        """Freeze a non-empty memtable into a new run sorted by key, placed first (newest),
        and empty the memtable. Does nothing if the memtable is empty."""
        raise NotImplementedError

    def compact(self) -> None:
        """Merge all runs (not the memtable) into at most one run holding the newest entry of
        each key, with tombstones and the values they hid dropped. Leave no run if nothing
        survives."""
        raise NotImplementedError

    def runs(self) -> List[List[Entry]]:
        """Copies of the runs, newest first, each sorted by key."""
        raise NotImplementedError

    def memtable_size(self) -> int:
        """The number of distinct keys in the memtable, tombstones included."""
        raise NotImplementedError

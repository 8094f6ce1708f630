"""A tiny in-memory log-structured merge tree."""

from typing import Dict, Iterable, List, Optional, Sequence, Tuple

Entry = Tuple[str, Optional[str]]
"""A key and its value in a run; a None value is a tombstone (the key was deleted)."""

_MISSING = object()


def _find_in_run(run: Sequence[Entry], key: str) -> object:
    """Binary search in a run sorted by key; returns the value (maybe None) or _MISSING."""
    lo, hi = 0, len(run)
    while lo < hi:
        mid = (lo + hi) // 2
        if run[mid][0] < key:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(run) and run[lo][0] == key:
        return run[lo][1]
    return _MISSING


def _merge(oldest_first: Iterable[Iterable[Entry]]) -> List[Entry]:
    """Merge sources given oldest first: later entries overwrite earlier ones. Sorted by key."""
    newest: Dict[str, Optional[str]] = {}
    for source in oldest_first:
        for key, value in source:
            newest[key] = value
    return sorted(newest.items())


class LSMTree:
    """A tiny in-memory log-structured merge tree over string keys and values.

    Writes go to the memtable; a full memtable is flushed to an immutable run sorted by key.
    Reads check the memtable, then the runs newest first, and stop at the first entry for the key.
    """

    def __init__(self, memtable_limit: int) -> None:
        if isinstance(memtable_limit, bool) or not isinstance(memtable_limit, int) or memtable_limit < 1:
            raise ValueError(f"memtable_limit must be an integer >= 1, got {memtable_limit!r}")
        self._limit = memtable_limit
        self._memtable: Dict[str, Optional[str]] = {}
        self._runs: List[Tuple[Entry, ...]] = []  # newest first; tuples, never mutated

    def put(self, key: str, value: str) -> None:
        self._write(key, value)

    def get(self, key: str) -> Optional[str]:
        if key in self._memtable:
            return self._memtable[key]
        for run in self._runs:
            value = _find_in_run(run, key)
            if value is not _MISSING:
                return value  # the newest entry decides; None is a tombstone
        return None

    def delete(self, key: str) -> None:
        self._write(key, None)

    def scan(self, start: str, end: str) -> List[Tuple[str, str]]:
        merged = _merge([*reversed(self._runs), self._memtable.items()])
        return [(key, value) for key, value in merged if value is not None and start <= key < end]

    def flush(self) -> None:
        if not self._memtable:
            return
        self._runs.insert(0, tuple(sorted(self._memtable.items())))
        self._memtable = {}

    def compact(self) -> None:
        merged = tuple(entry for entry in _merge(reversed(self._runs)) if entry[1] is not None)
        self._runs = [merged] if merged else []

    def runs(self) -> List[List[Entry]]:
        return [list(run) for run in self._runs]

    def memtable_size(self) -> int:
        return len(self._memtable)

    def _write(self, key: str, value: Optional[str]) -> None:
        self._memtable[key] = value
        if len(self._memtable) >= self._limit:
            self.flush()

"""Optimistic locking: a versioned record store and a retry helper."""

import copy
from typing import Any, Callable, Dict, Generic, NamedTuple, Optional, TypeVar

T = TypeVar("T")


class Versioned(NamedTuple):
    """A record's value and its version (1 after insert, +1 per update)."""

    value: Any
    version: int


class ConflictError(Exception):
    """The record's version is not the one the caller expected. Ready-made."""

    def __init__(self, id: str, expected_version: int, actual_version: int) -> None:
        super().__init__(f"{id}: expected version {expected_version}, found {actual_version}")
        self.id = id
        self.expected_version = expected_version
        self.actual_version = actual_version


class NotFoundError(Exception):
    """No record has this id. Ready-made."""

    def __init__(self, id: str) -> None:
        super().__init__(f"{id}: not found")
        self.id = id


class VersionedStore(Generic[T]):
    """An in-memory store of versioned records with optimistic concurrency control.

    Values are copied on the way in and out, so callers cannot change stored records.
    """

    def __init__(self) -> None:
        self._records: Dict[str, Versioned] = {}

    def insert(self, id: str, value: T) -> Versioned:
        existing = self._records.get(id)
        if existing is not None:
            raise ConflictError(id, 0, existing.version)
        return self._store(id, value, 1)

    def get(self, id: str) -> Optional[Versioned]:
        record = self._records.get(id)
        return None if record is None else copy.deepcopy(record)

    def update(self, id: str, expected_version: int, value: T) -> Versioned:
        current = self._check(id, expected_version)
        return self._store(id, value, current.version + 1)

    def delete(self, id: str, expected_version: int) -> None:
        self._check(id, expected_version)
        del self._records[id]

    def _check(self, id: str, expected_version: int) -> Versioned:
        """The compare half of compare-and-set."""
        current = self._records.get(id)
        if current is None:
            raise NotFoundError(id)
        if current.version != expected_version:
            raise ConflictError(id, expected_version, current.version)
        return current

    def _store(self, id: str, value: T, version: int) -> Versioned:
        record = Versioned(copy.deepcopy(value), version)
        self._records[id] = record
        return copy.deepcopy(record)


def update_with_retry(
    store: VersionedStore[T], id: str, mutate: Callable[[T], T], max_attempts: int = 3
) -> Versioned:
    """Read the record, apply ``mutate`` to a copy of its value and update with the version read.

    On ConflictError start again from a fresh read, up to max_attempts attempts in total, then
    re-raise the last ConflictError. Any other error propagates at once without retrying.
    Raises ValueError if max_attempts is not an int >= 1, NotFoundError if the record does not exist.
    """
    if isinstance(max_attempts, bool) or not isinstance(max_attempts, int) or max_attempts < 1:
        raise ValueError(f"max_attempts must be an integer >= 1, got {max_attempts!r}")
    attempt = 1
    while True:
        current = store.get(id)
        if current is None:
            raise NotFoundError(id)
        try:
            return store.update(id, current.version, mutate(current.value))
        except ConflictError:
            if attempt >= max_attempts:
                raise
            attempt += 1

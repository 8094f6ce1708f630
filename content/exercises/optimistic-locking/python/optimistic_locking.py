"""Optimistic locking: a versioned record store and a retry helper."""

from typing import Any, Callable, Generic, NamedTuple, Optional, TypeVar

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
        raise NotImplementedError

    def insert(self, id: str, value: T) -> Versioned:
        """Create the record at version 1 and return a copy of it.

        Raises ConflictError (expected_version 0, actual_version = current) if the id exists.
        """
        raise NotImplementedError

    def get(self, id: str) -> Optional[Versioned]:
        """A copy of the record, or None if there is none."""
        raise NotImplementedError

    def update(self, id: str, expected_version: int, value: T) -> Versioned:
        """Replace the value and bump the version, only if the stored version is expected_version.

        Raises NotFoundError if the id does not exist, ConflictError if the stored version
        differs (nothing changes).
        """
        raise NotImplementedError

    def delete(self, id: str, expected_version: int) -> None:
        """Remove the record, only if the stored version is expected_version.

        Raises NotFoundError if the id does not exist, ConflictError if the stored version
        differs (nothing changes).
        """
        raise NotImplementedError


def update_with_retry(
    store: VersionedStore[T], id: str, mutate: Callable[[T], T], max_attempts: int = 3
) -> Versioned:
    """Read the record, apply ``mutate`` to a copy of its value and update with the version read.

    On ConflictError start again from a fresh read, up to max_attempts attempts in total, then
    re-raise the last ConflictError. Any other error propagates at once without retrying.
    Raises ValueError if max_attempts is not an int >= 1, NotFoundError if the record does not exist.
    """
    raise NotImplementedError

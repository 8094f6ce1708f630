"""A multi-version key-value store with snapshot isolation (first committer wins)."""

from typing import Optional


class WriteConflictError(Exception):
    """Raised by commit() when another transaction committed a key this one wrote after its snapshot."""


class TransactionClosedError(Exception):
    """Raised by every method of a transaction that already committed (or failed to) or aborted."""


class MVCCStore:
    """A multi-version key-value store with snapshot isolation (first committer wins).

    Timestamps are a logical counter: begin() snapshots at the last commit timestamp, and each
    successful commit that wrote something gets the next one.
    """

    def __init__(self) -> None:
        raise NotImplementedError

    def begin(self) -> "Transaction":
        """Start a transaction whose snapshot is the last commit timestamp."""
        raise NotImplementedError

    def get(self, key: str) -> Optional[str]:
        """The newest committed value of the key, or None if absent or deleted."""
        raise NotImplementedError

    def version_count(self, key: str) -> int:
        """How many committed versions of the key are kept (delete versions included)."""
        raise NotImplementedError

    def vacuum(self) -> int:
        """Remove versions no active transaction can see.

        Per key, keep every version newer than the oldest active snapshot (the last commit
        timestamp if none is active) plus the newest version at or before it, unless that one is a
        delete. Return the number of versions removed. A transaction stops being active once it
        commits, fails to commit or aborts.
        """
        raise NotImplementedError


class Transaction:
    """A transaction, created by MVCCStore.begin()."""

    def __init__(self, store: MVCCStore, snapshot: int) -> None:
        """Created by MVCCStore.begin(); not meant to be called directly."""
        raise NotImplementedError

    def get(self, key: str) -> Optional[str]:
        """This transaction's own latest write of the key if any, otherwise the newest version
        committed at or before the snapshot; None if absent or deleted.

        Raises TransactionClosedError after commit or abort.
        """
        raise NotImplementedError

    def put(self, key: str, value: str) -> None:
        """Buffer a write, visible only to this transaction until commit."""
        raise NotImplementedError

    def delete(self, key: str) -> None:
        """Buffer a delete, visible only to this transaction until commit."""
        raise NotImplementedError

    def commit(self) -> None:
        """Apply all buffered writes atomically as new versions with the next commit timestamp.

        Raises WriteConflictError (and aborts, applying nothing) if any written key has a version
        committed after this transaction's snapshot; TransactionClosedError if already finished.
        """
        raise NotImplementedError

    def abort(self) -> None:
        """Discard all buffered writes. Raises TransactionClosedError if already finished."""
        raise NotImplementedError

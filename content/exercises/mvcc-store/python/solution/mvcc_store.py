"""A multi-version key-value store with snapshot isolation (first committer wins)."""

from typing import Dict, List, NamedTuple, Optional, Set


class WriteConflictError(Exception):
    """Raised by commit() when another transaction committed a key this one wrote after its snapshot."""


class TransactionClosedError(Exception):
    """Raised by every method of a transaction that already committed (or failed to) or aborted."""


class _Version(NamedTuple):
    commit_ts: int
    value: Optional[str]  # None records a delete


class MVCCStore:
    """A multi-version key-value store with snapshot isolation (first committer wins).

    Timestamps are a logical counter: begin() snapshots at the last commit timestamp, and each
    successful commit that wrote something gets the next one.
    """

    def __init__(self) -> None:
        self._versions: Dict[str, List[_Version]] = {}  # per key, in commit order
        self._active: Set["Transaction"] = set()
        self._last_commit_ts = 0

    def begin(self) -> "Transaction":
        tx = Transaction(self, self._last_commit_ts)
        self._active.add(tx)
        return tx

    def get(self, key: str) -> Optional[str]:
        return self._read_at(key, self._last_commit_ts)

    def version_count(self, key: str) -> int:
        return len(self._versions.get(key, []))

    def vacuum(self) -> int:
        horizon = min((tx.snapshot for tx in self._active), default=self._last_commit_ts)
        removed = 0
        for key in list(self._versions):
            versions = self._versions[key]
            # The newest version at or before the horizon is the oldest one anybody can still
            # read; everything before it is garbage, and so is it if it records a delete.
            newest_visible = len(versions) - 1
            while newest_visible >= 0 and versions[newest_visible].commit_ts > horizon:
                newest_visible -= 1
            if newest_visible < 0:
                keep_from = 0
            elif versions[newest_visible].value is None:
                keep_from = newest_visible + 1
            else:
                keep_from = newest_visible
            removed += keep_from
            if keep_from == len(versions):
                del self._versions[key]
            else:
                del versions[:keep_from]
        return removed

    def _read_at(self, key: str, ts: int) -> Optional[str]:
        for version in reversed(self._versions.get(key, [])):
            if version.commit_ts <= ts:
                return version.value
        return None

    def _commit(self, tx: "Transaction", writes: Dict[str, Optional[str]]) -> None:
        self._active.discard(tx)
        if not writes:
            return
        for key in writes:
            versions = self._versions.get(key)
            if versions and versions[-1].commit_ts > tx.snapshot:
                raise WriteConflictError(
                    f"{key!r} was committed at {versions[-1].commit_ts}, after snapshot {tx.snapshot}"
                )
        self._last_commit_ts += 1
        for key, value in writes.items():
            self._versions.setdefault(key, []).append(_Version(self._last_commit_ts, value))

    def _release(self, tx: "Transaction") -> None:
        self._active.discard(tx)


class Transaction:
    """A transaction, created by MVCCStore.begin()."""

    def __init__(self, store: MVCCStore, snapshot: int) -> None:
        self._store = store
        self.snapshot = snapshot
        self._writes: Dict[str, Optional[str]] = {}
        self._closed = False

    def get(self, key: str) -> Optional[str]:
        self._ensure_open()
        if key in self._writes:
            return self._writes[key]
        return self._store._read_at(key, self.snapshot)

    def put(self, key: str, value: str) -> None:
        self._ensure_open()
        self._writes[key] = value

    def delete(self, key: str) -> None:
        self._ensure_open()
        self._writes[key] = None

    def commit(self) -> None:
        self._ensure_open()
        self._closed = True  # closed whether or not the commit succeeds
        self._store._commit(self, self._writes)

    def abort(self) -> None:
        self._ensure_open()
        self._closed = True
        self._store._release(self)

    def _ensure_open(self) -> None:
        if self._closed:
            raise TransactionClosedError("transaction already committed or aborted")

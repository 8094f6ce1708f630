"""An idempotency key store for async handlers."""

import asyncio
import json
import time
from typing import Any, Awaitable, Callable, Dict, Generic, Optional, TypeVar

T = TypeVar("T")


class IdempotencyConflictError(Exception):
    """Raised when an idempotency key is reused with a different payload. Provided."""

    def __init__(self, key: str) -> None:
        super().__init__(f"idempotency key {key} was already used with a different payload")
        self.key = key


def canonical_json(value: Any) -> str:
    """JSON with object keys sorted at every level, lists in order and no whitespace."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


class _Entry:
    def __init__(self, fingerprint: str, task: "asyncio.Future[Any]") -> None:
        self.fingerprint = fingerprint
        self.task = task
        self.completed_at: Optional[float] = None  # None while running


class IdempotencyStore(Generic[T]):
    """Runs each idempotency key's handler at most once (per successful execution)."""

    def __init__(self, clock: Optional[Callable[[], float]] = None, ttl_ms: Optional[float] = None) -> None:
        if ttl_ms is not None and not ttl_ms > 0:
            raise ValueError(f"ttl_ms must be > 0, got {ttl_ms}")
        self._clock = clock or (lambda: time.time() * 1000)
        self._ttl_ms = ttl_ms
        self._entries: Dict[str, _Entry] = {}

    async def execute(self, key: str, payload: Any, handler: Callable[[], Awaitable[T]]) -> T:
        fingerprint = canonical_json(payload)
        entry = self._live_entry(key)
        if entry is not None:
            if entry.fingerprint != fingerprint:
                raise IdempotencyConflictError(key)
            return await entry.task

        # Register the entry before awaiting anything, so concurrent duplicates find it.
        entry = _Entry(fingerprint, asyncio.ensure_future(handler()))
        self._entries[key] = entry
        try:
            result = await entry.task
        except BaseException:
            if self._entries.get(key) is entry:
                del self._entries[key]
            raise
        entry.completed_at = self._clock()
        return result

    def _live_entry(self, key: str) -> Optional[_Entry]:
        entry = self._entries.get(key)
        if (
            entry is not None
            and entry.completed_at is not None
            and self._ttl_ms is not None
            and self._clock() >= entry.completed_at + self._ttl_ms
        ):
            del self._entries[key]
            return None
        return entry

"""A cache-aside wrapper that coalesces concurrent misses into one load (single flight)."""

import asyncio
import math
from typing import Any, Awaitable, Callable, Dict, Generic, NamedTuple, TypeVar

V = TypeVar("V")

Clock = Callable[[], float]
"""Returns the current time in milliseconds. Tests pass a fake clock they move by hand."""


class _Entry(NamedTuple):
    value: Any
    expires_at: float


class SingleFlightCache(Generic[V]):
    """A cache-aside wrapper around an async loader that coalesces concurrent misses.

    A value is cached when its load completes and is fresh while clock() < completed_at + ttl_ms.
    Concurrent gets for a key that is loading share that one load. Failed loads are not cached.
    """

    def __init__(self, loader: Callable[[str], Awaitable[V]], ttl_ms: float, clock: Clock) -> None:
        if not math.isfinite(ttl_ms) or ttl_ms <= 0:
            raise ValueError(f"ttl_ms must be a finite number > 0, got {ttl_ms!r}")
        self._loader = loader
        self._ttl_ms = ttl_ms
        self._clock = clock
        self._cache: Dict[str, _Entry] = {}
        # One running load per key. The future's identity tells a settling load whether it
        # still owns the key (invalidate() takes ownership away).
        self._in_flight: Dict[str, "asyncio.Future[V]"] = {}

    async def get(self, key: str) -> V:
        entry = self._cache.get(key)
        if entry is not None and self._clock() < entry.expires_at:
            return entry.value
        self._cache.pop(key, None)
        flight = self._in_flight.get(key)
        if flight is None:
            flight = self._start_load(key)
        # shield: one caller giving up (cancelled) must not cancel the load the others share.
        return await asyncio.shield(flight)

    def invalidate(self, key: str) -> None:
        self._cache.pop(key, None)
        self._in_flight.pop(key, None)  # the old flight may still finish, but cannot cache

    def _start_load(self, key: str) -> "asyncio.Future[V]":
        # A loader that raises right away propagates from get() before anything is registered,
        # so the key cannot be left stuck.
        awaitable = self._loader(key)
        flight: "asyncio.Future[V]" = asyncio.get_running_loop().create_future()
        self._in_flight[key] = flight

        async def settle() -> None:
            try:
                value = await awaitable
            except BaseException as error:  # hand every failure, even cancellation, to the waiters
                if self._in_flight.get(key) is flight:
                    del self._in_flight[key]
                flight.set_exception(error)
                return
            if self._in_flight.get(key) is flight:
                del self._in_flight[key]
                self._cache[key] = _Entry(value, self._clock() + self._ttl_ms)
            flight.set_result(value)

        asyncio.ensure_future(settle())
        return flight

"""A cache-aside wrapper that coalesces concurrent misses into one load (single flight)."""

from typing import Awaitable, Callable, Generic, TypeVar

V = TypeVar("V")

Clock = Callable[[], float]
"""Returns the current time in milliseconds. Tests pass a fake clock they move by hand."""


class SingleFlightCache(Generic[V]):
    """A cache-aside wrapper around an async loader that coalesces concurrent misses.

    A value is cached when its load completes and is fresh while clock() < completed_at + ttl_ms.
    Concurrent gets for a key that is loading share that one load. Failed loads are not cached.
    """

    def __init__(self, loader: Callable[[str], Awaitable[V]], ttl_ms: float, clock: Clock) -> None:
        """``loader`` loads the value for a key and is called at most once per key at a time;
        ``ttl_ms`` is how long a loaded value stays fresh (finite and > 0, else ValueError);
        ``clock`` returns the current time in milliseconds."""
        raise NotImplementedError

    async def get(self, key: str) -> V:
        """The fresh cached value, or the result of the load already running for the key, or the
        result of a new load. Raises the load's error if it fails; failures are not cached."""
        raise NotImplementedError

    def invalidate(self, key: str) -> None:
        """Drop the cached value. A load already running still answers the callers waiting on it,
        but its result is not cached and the next get starts a new load."""
        raise NotImplementedError

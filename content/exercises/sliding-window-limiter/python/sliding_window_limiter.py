"""Sliding window rate limiters: an exact sliding log and an approximate sliding window counter."""

from typing import Callable

Clock = Callable[[], float]
"""Returns the current time in milliseconds. Tests pass a fake clock they move by hand."""


class SlidingLogLimiter:
    """Exact sliding-window limiter: remembers the timestamps of allowed requests per key.

    A request at time t is allowed when fewer than ``limit`` allowed requests of the same key
    have a timestamp in (t - window_ms, t]. Rejected requests are not recorded.
    """

    def __init__(self, limit: int, window_ms: float, clock: Clock) -> None:
        """``limit`` requests per window and key (an int >= 1); ``window_ms`` finite and > 0.

        Raises ValueError on an invalid limit or window_ms. ``clock`` returns milliseconds.
        """
        raise NotImplementedError

    def try_acquire(self, key: str) -> bool:
        """Record and allow the request (True) if the key is under its limit, else return False."""
        raise NotImplementedError


class SlidingWindowCounterLimiter:
    """Approximate sliding-window limiter: two counters per key.

    Windows are aligned at multiples of window_ms. With start = floor(t / window_ms) * window_ms:
    estimate = previous_count * (window_ms - (t - start)) / window_ms + current_count, where a
    window that ended more than one window ago counts as 0. A request is allowed when
    estimate < limit and then adds 1 to current_count. Rejected requests are not counted.
    """

    def __init__(self, limit: int, window_ms: float, clock: Clock) -> None:
        """``limit`` requests per window and key (an int >= 1); ``window_ms`` finite and > 0.

        Raises ValueError on an invalid limit or window_ms. ``clock`` returns milliseconds.
        """
        raise NotImplementedError

    def try_acquire(self, key: str) -> bool:
        """Allow the request (True) and count it if estimate(key) < limit, else return False."""
        raise NotImplementedError

    def estimate(self, key: str) -> float:
        """The weighted request count for the key at the current time. Consumes nothing."""
        raise NotImplementedError

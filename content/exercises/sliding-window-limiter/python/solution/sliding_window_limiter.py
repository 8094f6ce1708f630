"""Sliding window rate limiters: an exact sliding log and an approximate sliding window counter."""

import math
from collections import deque
from dataclasses import dataclass
from typing import Callable, Deque, Dict

Clock = Callable[[], float]
"""Returns the current time in milliseconds. Tests pass a fake clock they move by hand."""


def _validate(limit: int, window_ms: float) -> None:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit must be an integer >= 1, got {limit!r}")
    if not math.isfinite(window_ms) or window_ms <= 0:
        raise ValueError(f"window_ms must be a finite number > 0, got {window_ms!r}")


class SlidingLogLimiter:
    """Exact sliding-window limiter: remembers the timestamps of allowed requests per key.

    A request at time t is allowed when fewer than ``limit`` allowed requests of the same key
    have a timestamp in (t - window_ms, t]. Rejected requests are not recorded.
    """

    def __init__(self, limit: int, window_ms: float, clock: Clock) -> None:
        _validate(limit, window_ms)
        self._limit = limit
        self._window = window_ms
        self._clock = clock
        self._logs: Dict[str, Deque[float]] = {}

    def try_acquire(self, key: str) -> bool:
        now = self._clock()
        log = self._logs.setdefault(key, deque())
        # Timestamps are appended in order, so the expired ones are at the front.
        while log and log[0] <= now - self._window:
            log.popleft()
        if len(log) >= self._limit:
            return False
        log.append(now)
        return True


@dataclass
class _Counters:
    start: float
    current: int = 0
    previous: int = 0


class SlidingWindowCounterLimiter:
    """Approximate sliding-window limiter: two counters per key.

    Windows are aligned at multiples of window_ms. With start = floor(t / window_ms) * window_ms:
    estimate = previous_count * (window_ms - (t - start)) / window_ms + current_count, where a
    window that ended more than one window ago counts as 0. A request is allowed when
    estimate < limit and then adds 1 to current_count. Rejected requests are not counted.
    """

    def __init__(self, limit: int, window_ms: float, clock: Clock) -> None:
        _validate(limit, window_ms)
        self._limit = limit
        self._window = window_ms
        self._clock = clock
        self._counters: Dict[str, _Counters] = {}

    def try_acquire(self, key: str) -> bool:
        now = self._clock()
        counters = self._roll(key, now)
        if self._weighted(counters, now) >= self._limit:
            return False
        counters.current += 1
        return True

    def estimate(self, key: str) -> float:
        now = self._clock()
        return self._weighted(self._roll(key, now), now)

    def _roll(self, key: str, now: float) -> _Counters:
        """Bring the key's counters forward to the window containing ``now``."""
        start = math.floor(now / self._window) * self._window
        counters = self._counters.get(key)
        if counters is None:
            counters = self._counters[key] = _Counters(start)
        elif start != counters.start:
            counters.previous = counters.current if start - counters.start == self._window else 0
            counters.current = 0
            counters.start = start
        return counters

    def _weighted(self, counters: _Counters, now: float) -> float:
        overlap = self._window - (now - counters.start)
        return counters.previous * overlap / self._window + counters.current

"""Token bucket rate limiter."""

import math
from typing import Callable

Clock = Callable[[], float]
"""Returns the current time in milliseconds. Tests pass a fake clock they move by hand."""


def _require_positive(name: str, value: float) -> None:
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be a finite number > 0, got {value}")


class TokenBucket:
    """A token bucket rate limiter.

    Holds at most ``capacity`` tokens and gains ``refill_per_second`` tokens per second,
    continuously (fractions count). A new bucket starts full. Time is read only from the
    injected clock.
    """

    def __init__(self, capacity: float, refill_per_second: float, clock: Clock) -> None:
        _require_positive("capacity", capacity)
        _require_positive("refill_per_second", refill_per_second)
        self._capacity = capacity
        self._rate = refill_per_second
        self._clock = clock
        self._tokens = float(capacity)
        self._last = clock()

    def try_consume(self, cost: float = 1) -> bool:
        self._check_cost(cost)
        self._refill()
        if self._tokens < cost:
            return False
        self._tokens -= cost
        return True

    def available(self) -> float:
        self._refill()
        return self._tokens

    def retry_after_ms(self, cost: float = 1) -> int:
        self._check_cost(cost)
        self._refill()
        if self._tokens >= cost:
            return 0
        return math.ceil((cost - self._tokens) * 1000 / self._rate)

    def _refill(self) -> None:
        """Add the tokens earned since the last reading. Lazy: no timers."""
        now = self._clock()
        elapsed = max(0.0, now - self._last)  # a clock that went backwards adds nothing
        self._tokens = min(self._capacity, self._tokens + elapsed * self._rate / 1000)
        self._last = max(self._last, now)

    def _check_cost(self, cost: float) -> None:
        _require_positive("cost", cost)
        if cost > self._capacity:
            raise ValueError(f"cost {cost} exceeds capacity {self._capacity}")

"""Token bucket rate limiter."""

from typing import Callable

Clock = Callable[[], float]
"""Returns the current time in milliseconds. Tests pass a fake clock they move by hand."""


class TokenBucket:
    """A token bucket rate limiter.

    Holds at most ``capacity`` tokens and gains ``refill_per_second`` tokens per second,
    continuously (fractions count). A new bucket starts full. Time is read only from the
    injected clock. A clock reading earlier than the latest one seen counts as no time
    passing, and time up to that latest reading is never credited twice.
    """

    def __init__(self, capacity: float, refill_per_second: float, clock: Clock) -> None:
        """Create a full bucket.

        ``capacity`` is the maximum number of tokens (and the largest burst),
        ``refill_per_second`` the tokens added per second; both finite and > 0, otherwise
        ``ValueError``. ``clock`` returns milliseconds and is read once here as the start time.
        """
        raise NotImplementedError

    def try_consume(self, cost: float = 1) -> bool:
        """Refill from the clock, then remove ``cost`` tokens and return True if at least
        ``cost`` are available. Otherwise return False and remove nothing.

        Raises ValueError if cost is not a finite number > 0, or cost > capacity.
        """
        raise NotImplementedError

    def available(self) -> float:
        """Refill from the clock and return the current token count (may be fractional)."""
        raise NotImplementedError

    def retry_after_ms(self, cost: float = 1) -> int:
        """Whole milliseconds until ``cost`` tokens will be available.

        0 if they are available now, otherwise ceil((cost - available) * 1000 / refill_per_second).
        Consumes nothing. Raises ValueError if cost is not a finite number > 0, or cost > capacity.
        """
        raise NotImplementedError

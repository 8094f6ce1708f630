"""A closed / open / half-open circuit breaker with an injected clock."""

from typing import Callable, TypeVar

T = TypeVar("T")


class CircuitOpenError(Exception):
    """Raised by ``call`` while the circuit is open. Provided: you do not need to change it."""

    def __init__(self, retry_after_ms: float) -> None:
        super().__init__(f"circuit is open; retry in {retry_after_ms} ms")
        self.retry_after_ms = retry_after_ms
        """Milliseconds until the reset timeout ends and trial calls are allowed."""


class CircuitBreaker:
    """Closed / open / half-open circuit breaker.

    - closed: calls run; ``failure_threshold`` consecutive failures open the circuit (a success
      resets the count).
    - open: calls raise ``CircuitOpenError`` without running; after ``reset_timeout_ms`` the
      circuit is half-open.
    - half-open: calls run; any failure reopens it (the timeout restarts), ``success_threshold``
      consecutive successes close it and reset the counters.
    """

    def __init__(
        self,
        failure_threshold: int,
        reset_timeout_ms: float,
        clock: Callable[[], float],
        success_threshold: int = 1,
    ) -> None:
        """``clock`` returns the current time in milliseconds (injected so tests control time).

        Raises ``ValueError`` if a threshold is not an int >= 1 or ``reset_timeout_ms`` <= 0.
        """
        raise NotImplementedError

    @property
    def state(self) -> str:
        """``"closed"``, ``"open"`` or ``"half-open"``.

        An open circuit whose reset timeout has elapsed (``now - opened_at >= reset_timeout_ms``)
        reports ``"half-open"``.
        """
        raise NotImplementedError

    def call(self, operation: Callable[[], T]) -> T:
        """Run ``operation`` unless the circuit is open; return its result or re-raise its error.

        Raises ``CircuitOpenError`` while open, without calling ``operation``.
        """
        raise NotImplementedError

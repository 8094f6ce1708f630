"""A closed / open / half-open circuit breaker with an injected clock."""

from typing import Callable, TypeVar

T = TypeVar("T")


class CircuitOpenError(Exception):
    """Raised by ``call`` while the circuit is open. Provided: you do not need to change it."""

    def __init__(self, retry_after_ms: float) -> None:
        super().__init__(f"circuit is open; retry in {retry_after_ms} ms")
        self.retry_after_ms = retry_after_ms
        """Milliseconds until the reset timeout ends and trial calls are allowed."""


def _require_positive_int(name: str, value: int) -> None:
    if not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be an int >= 1, got {value!r}")


class CircuitBreaker:
    """Closed / open / half-open circuit breaker."""

    def __init__(
        self,
        failure_threshold: int,
        reset_timeout_ms: float,
        clock: Callable[[], float],
        success_threshold: int = 1,
    ) -> None:
        _require_positive_int("failure_threshold", failure_threshold)
        _require_positive_int("success_threshold", success_threshold)
        if not reset_timeout_ms > 0:
            raise ValueError(f"reset_timeout_ms must be > 0, got {reset_timeout_ms!r}")
        self._failure_threshold = failure_threshold
        self._success_threshold = success_threshold
        self._reset_timeout_ms = reset_timeout_ms
        self._clock = clock
        self._state = "closed"
        self._failures = 0
        self._successes = 0
        self._opened_at = 0.0

    @property
    def state(self) -> str:
        if self._state == "open" and self._clock() - self._opened_at >= self._reset_timeout_ms:
            self._state = "half-open"
            self._successes = 0
        return self._state

    def call(self, operation: Callable[[], T]) -> T:
        if self.state == "open":
            raise CircuitOpenError(self._opened_at + self._reset_timeout_ms - self._clock())
        try:
            result = operation()
        except Exception:
            self._on_failure()
            raise
        self._on_success()
        return result

    def _on_failure(self) -> None:
        self._failures += 1
        if self._state == "half-open" or self._failures >= self._failure_threshold:
            self._state = "open"
            self._opened_at = self._clock()
            self._failures = 0
            self._successes = 0

    def _on_success(self) -> None:
        if self._state == "half-open":
            self._successes += 1
            if self._successes >= self._success_threshold:
                self._state = "closed"
                self._failures = 0
                self._successes = 0
        else:
            self._failures = 0

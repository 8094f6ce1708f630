"""Retry with capped exponential backoff and full jitter."""

from typing import Callable, Optional, TypeVar

T = TypeVar("T")


def mulberry32(seed: int) -> Callable[[], float]:
    """mulberry32: a tiny seeded pseudo-random generator returning floats in [0, 1).

    Provided (identical in the TypeScript version) so tests are deterministic. Do not change it.
    """
    state = seed & 0xFFFFFFFF

    def next_float() -> float:
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = state
        t = ((t ^ (t >> 15)) * (t | 1)) & 0xFFFFFFFF
        t = ((t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF) ^ t
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    return next_float


def backoff_delay(attempt: int, base_delay_ms: int, max_delay_ms: int, random: Callable[[], float]) -> int:
    """The full-jitter delay to wait after attempt ``attempt`` (1-based) failed.

    ``floor(random() * min(max_delay_ms, base_delay_ms * 2 ** (attempt - 1)))``. Calls ``random``
    exactly once and stays correct for very large attempts. Raises ``ValueError`` if ``attempt`` is
    not an int >= 1.
    """
    raise NotImplementedError


def retry(
    operation: Callable[[int], T],
    *,
    max_attempts: int,
    base_delay_ms: int,
    max_delay_ms: int,
    random: Callable[[], float],
    sleep: Callable[[int], None],
    is_retryable: Optional[Callable[[Exception], bool]] = None,
) -> T:
    """Call ``operation(attempt)`` for attempt = 1, 2, ... and return the first success.

    After a retryable failure of attempt n (n < max_attempts), call ``sleep(backoff_delay(n, ...))``
    (``sleep`` takes milliseconds) before attempt n + 1. Re-raise the last attempt's error after
    ``max_attempts``, and at once (no sleep) an error ``is_retryable`` rejects (default: every
    error is retryable). Raise ``ValueError``, before calling ``operation``, if max_attempts is not
    an int >= 1, base_delay_ms < 0 or max_delay_ms < base_delay_ms.
    """
    raise NotImplementedError

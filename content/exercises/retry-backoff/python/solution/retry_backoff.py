"""Retry with capped exponential backoff and full jitter."""

import math
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
    if not isinstance(attempt, int) or attempt < 1:
        raise ValueError(f"attempt must be an int >= 1, got {attempt!r}")
    # Python ints do not overflow, but base * 2 ** n can be too big to turn into a float,
    # so compare before multiplying by random().
    cap = min(max_delay_ms, base_delay_ms * 2 ** (attempt - 1))
    return math.floor(random() * cap)


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
    if not isinstance(max_attempts, int) or max_attempts < 1:
        raise ValueError(f"max_attempts must be an int >= 1, got {max_attempts!r}")
    if not 0 <= base_delay_ms <= max_delay_ms:
        raise ValueError(f"need 0 <= base_delay_ms <= max_delay_ms, got {base_delay_ms} and {max_delay_ms}")
    attempt = 1
    while True:
        try:
            return operation(attempt)
        except Exception as error:
            if attempt >= max_attempts or not (is_retryable is None or is_retryable(error)):
                raise
        sleep(backoff_delay(attempt, base_delay_ms, max_delay_ms, random))
        attempt += 1

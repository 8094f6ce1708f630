"""Queue-based leaky bucket."""

import math
from collections import deque
from typing import Any, Callable, Deque, Generic, List, NamedTuple, Optional, TypeVar

T = TypeVar("T")

Clock = Callable[[], float]
"""Returns the current time in milliseconds. Tests pass a fake clock they move by hand."""


class Leaked(NamedTuple):
    """An item that has left the bucket, and the time it left."""

    item: Any
    leaked_at: float


class LeakyBucket(Generic[T]):
    """A queue-based leaky bucket.

    Holds at most ``capacity`` waiting items and lets them out in FIFO order, one every
    interval = 1000 / leak_per_second ms. An item leaks exactly one interval after it reaches the
    front: leaked_at = max(arrival_time, leaked_at of the previous accepted item) + interval.
    Every method first lets out what has leaked by the current clock time (an item is out once
    now >= leaked_at).
    """

    def __init__(self, capacity: int, leak_per_second: float, clock: Clock) -> None:
        if isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 1:
            raise ValueError(f"capacity must be an integer >= 1, got {capacity!r}")
        if not math.isfinite(leak_per_second) or leak_per_second <= 0:
            raise ValueError(f"leak_per_second must be a finite number > 0, got {leak_per_second!r}")
        self._capacity = capacity
        self._interval = 1000 / leak_per_second
        self._clock = clock
        # Waiting items with the time each will leak; leave times increase along the queue.
        self._queue: Deque[Leaked] = deque()
        self._outbox: List[Leaked] = []
        self._last_leak_at = -math.inf

    def offer(self, item: T) -> bool:
        now = self._leak()
        if len(self._queue) >= self._capacity:
            return False
        # The item reaches the front when it arrives or when the one ahead leaks, whichever is later.
        leaked_at = max(now, self._last_leak_at) + self._interval
        self._last_leak_at = leaked_at
        self._queue.append(Leaked(item, leaked_at))
        return True

    def drain(self) -> List[Leaked]:
        self._leak()
        out, self._outbox = self._outbox, []
        return out

    def size(self) -> int:
        self._leak()
        return len(self._queue)

    def next_leak_at(self) -> Optional[float]:
        self._leak()
        return self._queue[0].leaked_at if self._queue else None

    def _leak(self) -> float:
        """Move every item whose leave time has come to the outbox; return the clock reading."""
        now = self._clock()
        while self._queue and self._queue[0].leaked_at <= now:
            self._outbox.append(self._queue.popleft())
        return now

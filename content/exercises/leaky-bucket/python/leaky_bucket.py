"""Queue-based leaky bucket."""

from typing import Any, Callable, Generic, List, NamedTuple, Optional, TypeVar

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
        """``capacity``: an int >= 1; ``leak_per_second``: finite and > 0; else ValueError.

        ``clock`` returns the current time in milliseconds.
        """
        raise NotImplementedError

    def offer(self, item: T) -> bool:
        """Add the item and return True if fewer than capacity items are waiting;
        otherwise drop it and return False."""
        raise NotImplementedError

    def drain(self) -> List[Leaked]:
        """Return the items that leaked since the last drain, oldest first, each exactly once."""
        raise NotImplementedError

    def size(self) -> int:
        """The number of items still waiting (leaked items do not count, drained or not)."""
        raise NotImplementedError

    def next_leak_at(self) -> Optional[float]:
        """The time the front item will leak, or None if the bucket is empty."""
        raise NotImplementedError

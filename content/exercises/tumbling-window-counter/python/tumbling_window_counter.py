"""Event-time tumbling window counts with a bounded-out-of-orderness watermark."""

from typing import List, NamedTuple


class WindowCount(NamedTuple):
    """The number of events of one key in one window [window_start, window_end)."""

    key: str
    window_start: float
    window_end: float
    count: int


class TumblingWindowCounter:
    """Counts events per key in event-time tumbling windows of ``window_ms``.

    watermark = largest accepted event time - max_out_of_orderness_ms. A window is closed once
    window_end <= watermark; events for a closed window are dropped as late.
    """

    def __init__(self, window_ms: float, max_out_of_orderness_ms: float) -> None:
        """``window_ms``: finite and > 0; ``max_out_of_orderness_ms``: finite and >= 0;
        ValueError otherwise."""
        raise NotImplementedError

    def add(self, key: str, event_time: float) -> bool:
        """Count the event in its window and return True, or return False (and count it as
        dropped) if that window is already closed. Raises ValueError if event_time is not finite."""
        raise NotImplementedError

    def watermark(self) -> float:
        """Largest accepted event time minus max_out_of_orderness_ms; -inf before the first event."""
        raise NotImplementedError

    def emit(self) -> List[WindowCount]:
        """The windows closed since the last emit, sorted by window_start then key; each once."""
        raise NotImplementedError

    def flush(self) -> List[WindowCount]:
        """Close every open window (end of stream) and return everything not yet emitted, sorted."""
        raise NotImplementedError

    def dropped_count(self) -> int:
        """How many events were dropped as late."""
        raise NotImplementedError

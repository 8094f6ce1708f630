"""Event-time tumbling window counts with a bounded-out-of-orderness watermark."""

import math
from typing import Dict, List, NamedTuple, Tuple


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
        if not math.isfinite(window_ms) or window_ms <= 0:
            raise ValueError(f"window_ms must be a finite number > 0, got {window_ms!r}")
        if not math.isfinite(max_out_of_orderness_ms) or max_out_of_orderness_ms < 0:
            raise ValueError(f"max_out_of_orderness_ms must be a finite number >= 0, got {max_out_of_orderness_ms!r}")
        self._window_ms = window_ms
        self._lateness = max_out_of_orderness_ms
        self._open: Dict[Tuple[float, str], int] = {}  # (window_start, key) -> count
        self._closed: List[WindowCount] = []
        self._max_event_time = -math.inf
        self._dropped = 0

    def add(self, key: str, event_time: float) -> bool:
        if not math.isfinite(event_time):
            raise ValueError(f"event_time must be finite, got {event_time!r}")
        window_start = math.floor(event_time / self._window_ms) * self._window_ms
        if window_start + self._window_ms <= self.watermark():
            self._dropped += 1
            return False
        self._open[(window_start, key)] = self._open.get((window_start, key), 0) + 1
        self._max_event_time = max(self._max_event_time, event_time)
        self._close_up_to(self.watermark())
        return True

    def watermark(self) -> float:
        return self._max_event_time - self._lateness

    def emit(self) -> List[WindowCount]:
        result = sorted(self._closed, key=lambda w: (w.window_start, w.key))
        self._closed = []
        return result

    def flush(self) -> List[WindowCount]:
        self._close_up_to(math.inf)
        return self.emit()

    def dropped_count(self) -> int:
        return self._dropped

    def _close_up_to(self, watermark: float) -> None:
        for (start, key), count in list(self._open.items()):
            end = start + self._window_ms
            if end <= watermark:
                del self._open[(start, key)]
                self._closed.append(WindowCount(key, start, end, count))

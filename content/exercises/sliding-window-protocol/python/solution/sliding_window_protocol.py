"""A sliding window protocol: a sender with retransmission timers and a buffering receiver."""

from collections import deque
from typing import Deque, Dict, List, NamedTuple, Sequence


class Segment(NamedTuple):
    """A data segment; sequence numbers count segments from 0. Provided."""

    seq: int
    payload: str


def _require_window(window_size: int) -> None:
    if not isinstance(window_size, int) or window_size < 1:
        raise ValueError(f"window_size must be an int >= 1, got {window_size!r}")


class _InFlight:
    def __init__(self, payload: str, deadline: float) -> None:
        self.payload = payload
        self.deadline = deadline
        self.retransmissions = 0


class SlidingWindowSender:
    """The sending end: bounded window, cumulative acks, per-segment retransmission timers."""

    def __init__(self, window_size: int, timeout_ms: float) -> None:
        _require_window(window_size)
        if not timeout_ms > 0:
            raise ValueError(f"timeout_ms must be > 0, got {timeout_ms}")
        self._window_size = window_size
        self._timeout_ms = timeout_ms
        self._queue: Deque[str] = deque()
        self._in_flight: Dict[int, _InFlight] = {}  # always exactly base..next_seq-1
        self._base = 0
        self._next_seq = 0

    def enqueue(self, payloads: Sequence[str]) -> None:
        self._queue.extend(payloads)

    def poll(self, now: float) -> List[Segment]:
        out: List[Segment] = []
        for seq in range(self._base, self._next_seq):
            segment = self._in_flight[seq]
            if now >= segment.deadline:
                segment.retransmissions += 1
                segment.deadline = now + self._timeout_ms * 2**segment.retransmissions
                out.append(Segment(seq, segment.payload))
        while self._queue and self._next_seq < self._base + self._window_size:
            payload = self._queue.popleft()
            self._in_flight[self._next_seq] = _InFlight(payload, now + self._timeout_ms)
            out.append(Segment(self._next_seq, payload))
            self._next_seq += 1
        return out

    def on_ack(self, ack: int) -> None:
        if ack > self._next_seq:
            raise ValueError(f"ack {ack} acknowledges data never sent (next seq {self._next_seq})")
        while self._base < ack:
            del self._in_flight[self._base]
            self._base += 1

    def in_flight(self) -> int:
        return self._next_seq - self._base

    def is_done(self) -> bool:
        return not self._queue and self._base == self._next_seq


class SlidingWindowReceiver:
    """The receiving end: delivers in order, buffers out-of-order segments inside its window."""

    def __init__(self, window_size: int) -> None:
        _require_window(window_size)
        self._window_size = window_size
        self._expected = 0
        self._buffer: Dict[int, str] = {}
        self._output: List[str] = []

    def receive(self, segment: Segment) -> int:
        if self._expected <= segment.seq < self._expected + self._window_size:
            self._buffer[segment.seq] = segment.payload
            while self._expected in self._buffer:
                self._output.append(self._buffer.pop(self._expected))
                self._expected += 1
        return self._expected

    def delivered(self) -> List[str]:
        return list(self._output)

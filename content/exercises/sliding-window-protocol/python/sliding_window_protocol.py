"""A sliding window protocol: a sender with retransmission timers and a buffering receiver."""

from typing import List, NamedTuple, Sequence


class Segment(NamedTuple):
    """A data segment; sequence numbers count segments from 0. Provided."""

    seq: int
    payload: str


class SlidingWindowSender:
    """The sending end: bounded window, cumulative acks, per-segment retransmission timers."""

    def __init__(self, window_size: int, timeout_ms: float) -> None:
        """``window_size``: max unacknowledged segments. ``timeout_ms``: initial retransmission timeout.

        Raises ``ValueError`` if window_size is not an int >= 1 or timeout_ms <= 0.
        """
        raise NotImplementedError

    def enqueue(self, payloads: Sequence[str]) -> None:
        """Queue payloads to send, in order."""
        raise NotImplementedError

    def poll(self, now: float) -> List[Segment]:
        """Segments to transmit at ``now``, ascending by seq.

        First in-flight segments whose deadline has passed (now >= deadline; the k-th
        retransmission at r sets deadline r + timeout_ms * 2**k), then new segments while fewer
        than window_size are unacknowledged (first send at t: deadline t + timeout_ms).
        """
        raise NotImplementedError

    def on_ack(self, ack: int) -> None:
        """Cumulative ack: every seq < ack is acknowledged. Acks <= the current base are ignored.

        Raises ``ValueError`` if ack is greater than the next sequence number never sent.
        """
        raise NotImplementedError

    def in_flight(self) -> int:
        """Sent, unacknowledged segments."""
        raise NotImplementedError

    def is_done(self) -> bool:
        """True when every enqueued payload has been acknowledged."""
        raise NotImplementedError


class SlidingWindowReceiver:
    """The receiving end: delivers in order, buffers out-of-order segments inside its window."""

    def __init__(self, window_size: int) -> None:
        """Raises ``ValueError`` if window_size is not an int >= 1."""
        raise NotImplementedError

    def receive(self, segment: Segment) -> int:
        """Accept a segment and return the cumulative ack (the lowest seq not yet received).

        Buffers expected <= seq < expected + window_size; discards duplicates and segments beyond
        the window.
        """
        raise NotImplementedError

    def delivered(self) -> List[str]:
        """Payloads delivered to the application so far, in order (a copy)."""
        raise NotImplementedError

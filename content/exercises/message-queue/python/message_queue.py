"""An at-least-once message queue with consumer groups, visibility timeouts and a DLQ."""

from typing import Callable, List, NamedTuple


class Delivery(NamedTuple):
    """One delivery of a message to a group."""

    id: int
    body: str
    attempt: int
    """How many times this group has delivered the message, this delivery included."""
    receipt: str
    """Opaque, unique across the queue; identifies this delivery for ack/nack."""


class DeadLetter(NamedTuple):
    """A message a group gave up on after max_deliveries attempts."""

    id: int
    body: str
    attempts: int


class UnknownGroupError(Exception):
    """The group was never created."""


class MessageQueue:
    """An at-least-once message queue with consumer groups (each group gets every message
    published after it was created), visibility timeouts, acks and a dead-letter list per group."""

    def __init__(self, visibility_timeout_ms: float, max_deliveries: int, clock: Callable[[], float]) -> None:
        """``visibility_timeout_ms``: how long a received message stays hidden from its group
        (finite, > 0); ``max_deliveries``: deliveries per group before a message is dead-lettered
        (an int >= 1); ValueError otherwise. ``clock`` returns the current time in milliseconds."""
        raise NotImplementedError

    def create_group(self, group: str) -> None:
        """Create a consumer group that will receive every message published from now on.
        No-op if it exists."""
        raise NotImplementedError

    def publish(self, body: str) -> int:
        """Add a message for every existing group and return its id (1, 2, 3, ...)."""
        raise NotImplementedError

    def receive(self, group: str, max: int = 1) -> List[Delivery]:
        """Up to ``max`` messages visible in the group, lowest id first; each is hidden from the
        group for visibility_timeout_ms and gets a new receipt.

        Raises UnknownGroupError for a group never created, ValueError if max is not an int >= 1.
        """
        raise NotImplementedError

    def ack(self, receipt: str) -> bool:
        """Remove the message from its group if the receipt is its latest delivery and it is
        still owed. Return whether it did."""
        raise NotImplementedError

    def nack(self, receipt: str) -> bool:
        """Make the message visible again at once (the attempt still counts), under the same
        receipt rule as ack. Return whether it did."""
        raise NotImplementedError

    def depth(self, group: str) -> int:
        """Messages the group still owes: waiting or in flight. Raises UnknownGroupError."""
        raise NotImplementedError

    def dead_letters(self, group: str) -> List[DeadLetter]:
        """The group's dead-lettered messages, in the order they were dead-lettered.
        Raises UnknownGroupError."""
        raise NotImplementedError

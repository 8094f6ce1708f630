"""An at-least-once message queue with consumer groups, visibility timeouts and a DLQ."""

import math
from dataclasses import dataclass, field
from typing import Callable, Dict, List, NamedTuple, Optional, Tuple


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


@dataclass
class _Owed:
    """A message a group still owes."""

    id: int
    body: str
    attempts: int = 0
    invisible_until: float = -math.inf
    receipt: Optional[str] = None


@dataclass
class _Group:
    owed: Dict[int, _Owed] = field(default_factory=dict)  # insertion order is id order
    dead: List[DeadLetter] = field(default_factory=list)


class MessageQueue:
    """An at-least-once message queue with consumer groups (each group gets every message
    published after it was created), visibility timeouts, acks and a dead-letter list per group."""

    def __init__(self, visibility_timeout_ms: float, max_deliveries: int, clock: Callable[[], float]) -> None:
        if not math.isfinite(visibility_timeout_ms) or visibility_timeout_ms <= 0:
            raise ValueError(f"visibility_timeout_ms must be a finite number > 0, got {visibility_timeout_ms!r}")
        if isinstance(max_deliveries, bool) or not isinstance(max_deliveries, int) or max_deliveries < 1:
            raise ValueError(f"max_deliveries must be an integer >= 1, got {max_deliveries!r}")
        self._timeout = visibility_timeout_ms
        self._max_deliveries = max_deliveries
        self._clock = clock
        self._groups: Dict[str, _Group] = {}
        self._receipts: Dict[str, Tuple[_Group, int]] = {}
        self._last_id = 0
        self._last_receipt = 0

    def create_group(self, group: str) -> None:
        self._groups.setdefault(group, _Group())

    def publish(self, body: str) -> int:
        self._last_id += 1
        for group in self._groups.values():
            group.owed[self._last_id] = _Owed(self._last_id, body)
        return self._last_id

    def receive(self, group: str, max: int = 1) -> List[Delivery]:
        if isinstance(max, bool) or not isinstance(max, int) or max < 1:
            raise ValueError(f"max must be an integer >= 1, got {max!r}")
        g = self._group(group)
        now = self._sweep(g)
        deliveries: List[Delivery] = []
        for message in g.owed.values():
            if len(deliveries) == max:
                break
            if message.invisible_until > now:
                continue
            message.attempts += 1
            message.invisible_until = now + self._timeout
            self._last_receipt += 1
            message.receipt = f"r{self._last_receipt}"
            self._receipts[message.receipt] = (g, message.id)
            deliveries.append(Delivery(message.id, message.body, message.attempts, message.receipt))
        return deliveries

    def ack(self, receipt: str) -> bool:
        found = self._current(receipt)
        if found is None:
            return False
        group, message = found
        del group.owed[message.id]
        return True

    def nack(self, receipt: str) -> bool:
        found = self._current(receipt)
        if found is None:
            return False
        group, message = found
        message.invisible_until = self._clock()
        self._sweep(group)  # dead-letters it at once if it has no attempts left
        return True

    def depth(self, group: str) -> int:
        g = self._group(group)
        self._sweep(g)
        return len(g.owed)

    def dead_letters(self, group: str) -> List[DeadLetter]:
        g = self._group(group)
        self._sweep(g)
        return list(g.dead)

    def _group(self, name: str) -> _Group:
        group = self._groups.get(name)
        if group is None:
            raise UnknownGroupError(f"unknown group {name!r}")
        return group

    def _current(self, receipt: str) -> Optional[Tuple[_Group, _Owed]]:
        """The owed message whose latest delivery is this receipt, after sweeping its group."""
        target = self._receipts.get(receipt)
        if target is None:
            return None
        group, message_id = target
        self._sweep(group)
        message = group.owed.get(message_id)
        if message is None or message.receipt != receipt:
            return None
        return group, message

    def _sweep(self, group: _Group) -> float:
        """Move visible messages that used up their deliveries to the dead-letter list."""
        now = self._clock()
        for message in list(group.owed.values()):
            if message.invisible_until <= now and message.attempts >= self._max_deliveries:
                del group.owed[message.id]
                group.dead.append(DeadLetter(message.id, message.body, message.attempts))
        return now

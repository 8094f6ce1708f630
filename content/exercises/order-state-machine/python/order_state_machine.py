"""An e-commerce order as a finite state machine with guards and history."""

from typing import List, NamedTuple, Optional

REFUND_WINDOW_MS = 30 * 24 * 60 * 60 * 1000
"""How long after delivery a refund is allowed: 30 days, in ms (inclusive)."""


class Transition(NamedTuple):
    """One entry of the order's history. Provided."""

    from_state: str
    to_state: str
    event: str
    at: int


class IllegalTransitionError(Exception):
    """The event has no transition from the current state. Provided."""

    def __init__(self, from_state: str, event: str) -> None:
        super().__init__(f"cannot {event} an order that is {from_state}")
        self.from_state = from_state
        self.event = event


class GuardRejectedError(Exception):
    """The transition exists but its guard refused it. Provided."""

    def __init__(self, event: str, reason: str) -> None:
        super().__init__(f"{event} rejected: {reason}")
        self.event = event
        self.reason = reason


class Order:
    """An order as a finite state machine.

    created --pay--> paid --ship--> shipped --deliver--> delivered --refund--> refunded, and
    created/paid --cancel--> cancelled. cancelled and refunded are terminal.
    """

    def __init__(self, order_id: str, total: int) -> None:
        """Raises ``ValueError`` if total is not > 0."""
        raise NotImplementedError

    @property
    def state(self) -> str:
        raise NotImplementedError

    @property
    def history(self) -> List[Transition]:
        """A copy of every transition so far, oldest first."""
        raise NotImplementedError

    def allowed_events(self) -> List[str]:
        """Events with a transition from the current state, in the order pay, ship, deliver, cancel, refund."""
        raise NotImplementedError

    def apply(self, event: str, at: int, amount: Optional[int] = None, tracking_number: Optional[str] = None) -> str:
        """Apply ``event`` at time ``at`` and return the new state. On any error nothing changes.

        Raises ``ValueError`` if ``at`` is earlier than the last transition's time,
        ``IllegalTransitionError`` if the current state has no transition for ``event``, and
        ``GuardRejectedError`` if pay's amount differs from the total, ship has no tracking number,
        or refund comes more than REFUND_WINDOW_MS after delivery.
        """
        raise NotImplementedError

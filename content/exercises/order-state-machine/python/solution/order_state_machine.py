"""An e-commerce order as a finite state machine with guards and history."""

from typing import Dict, List, NamedTuple, Optional

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


_EVENT_ORDER = ("pay", "ship", "deliver", "cancel", "refund")

# state -> event -> next state. Terminal states have no entries.
_TRANSITIONS: Dict[str, Dict[str, str]] = {
    "created": {"pay": "paid", "cancel": "cancelled"},
    "paid": {"ship": "shipped", "cancel": "cancelled"},
    "shipped": {"deliver": "delivered"},
    "delivered": {"refund": "refunded"},
    "cancelled": {},
    "refunded": {},
}


class Order:
    """An order as a finite state machine."""

    def __init__(self, order_id: str, total: int) -> None:
        if not total > 0:
            raise ValueError(f"total must be > 0, got {total}")
        self.order_id = order_id
        self.total = total
        self._state = "created"
        self._history: List[Transition] = []

    @property
    def state(self) -> str:
        return self._state

    @property
    def history(self) -> List[Transition]:
        return list(self._history)  # Transition is immutable, so a shallow copy is enough

    def allowed_events(self) -> List[str]:
        row = _TRANSITIONS[self._state]
        return [event for event in _EVENT_ORDER if event in row]

    def apply(self, event: str, at: int, amount: Optional[int] = None, tracking_number: Optional[str] = None) -> str:
        if self._history and at < self._history[-1].at:
            raise ValueError(f"event at {at} is earlier than the last transition at {self._history[-1].at}")
        following = _TRANSITIONS[self._state].get(event)
        if following is None:
            raise IllegalTransitionError(self._state, event)
        self._check_guard(event, at, amount, tracking_number)
        self._history.append(Transition(self._state, following, event, at))
        self._state = following
        return following

    def _check_guard(self, event: str, at: int, amount: Optional[int], tracking_number: Optional[str]) -> None:
        if event == "pay" and amount != self.total:
            raise GuardRejectedError(event, f"amount {amount} does not match the total {self.total}")
        if event == "ship" and not (isinstance(tracking_number, str) and tracking_number):
            raise GuardRejectedError(event, "a tracking number is required")
        if event == "refund":
            delivered_at = next(t.at for t in self._history if t.event == "deliver")
            if at - delivered_at > REFUND_WINDOW_MS:
                raise GuardRejectedError(event, "the refund window has closed")

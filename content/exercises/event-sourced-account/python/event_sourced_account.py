"""An event-sourced bank account.

Events and commands are dicts (amounts are integer cents):
  events:   {"type": "AccountOpened", "owner": "ada"}, {"type": "MoneyDeposited", "amount": 100},
            {"type": "MoneyWithdrawn", "amount": 30}, {"type": "AccountClosed"}
  commands: {"type": "open", "owner": "ada"}, {"type": "deposit", "amount": 100},
            {"type": "withdraw", "amount": 30}, {"type": "close"}
"""

from dataclasses import dataclass
from typing import List, NamedTuple, Optional


class StoredEvent(NamedTuple):
    """An event with its position in the account's stream (1, 2, 3, ...)."""

    version: int
    event: dict


@dataclass(frozen=True)
class AccountState:
    """The state folded from the events; version is the version of the last applied event."""

    status: str  # "new" | "open" | "closed"
    owner: Optional[str]
    balance: int
    version: int


class Snapshot(NamedTuple):
    """The state at a given version, so replay can start there."""

    version: int
    state: AccountState


class CommandRejectedError(Exception):
    """A command was refused; nothing was recorded."""


def initial_state() -> AccountState:
    """AccountState(status="new", owner=None, balance=0, version=0)."""
    raise NotImplementedError


def apply_event(state: AccountState, event: dict) -> AccountState:
    """Return the state after the event, with version + 1. Pure: never changes ``state``, never
    validates (events are facts)."""
    raise NotImplementedError


def rebuild(history: List[StoredEvent], snapshot: Optional[Snapshot] = None) -> AccountState:
    """Fold the history from the snapshot's state (or the initial state), skipping events with
    version <= snapshot.version. Raises ValueError if a remaining event's version is not exactly
    the previous version + 1."""
    raise NotImplementedError


class BankAccount:
    """An event-sourced account aggregate: validates commands and records the resulting events."""

    @classmethod
    def from_history(cls, history: List[StoredEvent], snapshot: Optional[Snapshot] = None) -> "BankAccount":
        """Load an account from its history (and optionally a snapshot), like rebuild.
        Raises ValueError on a broken history."""
        raise NotImplementedError

    def __init__(self) -> None:
        """A new, empty account stream (status "new", version 0)."""
        raise NotImplementedError

    def execute(self, command: dict) -> List[StoredEvent]:
        """Validate the command against the current state; if accepted, apply and return the new
        events (numbered from state.version + 1). Raises CommandRejectedError if the command is
        not allowed; nothing is recorded."""
        raise NotImplementedError

    def state(self) -> AccountState:
        """The current state."""
        raise NotImplementedError

    def changes(self) -> List[StoredEvent]:
        """The events produced by execute since this object was created, oldest first."""
        raise NotImplementedError

    def take_snapshot(self) -> Snapshot:
        """The current version and state."""
        raise NotImplementedError

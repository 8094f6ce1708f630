"""An event-sourced bank account.

Events and commands are dicts (amounts are integer cents):
  events:   {"type": "AccountOpened", "owner": "ada"}, {"type": "MoneyDeposited", "amount": 100},
            {"type": "MoneyWithdrawn", "amount": 30}, {"type": "AccountClosed"}
  commands: {"type": "open", "owner": "ada"}, {"type": "deposit", "amount": 100},
            {"type": "withdraw", "amount": 30}, {"type": "close"}
"""

import copy
from dataclasses import dataclass, replace
from typing import List, NamedTuple, NoReturn, Optional


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
    return AccountState(status="new", owner=None, balance=0, version=0)


def apply_event(state: AccountState, event: dict) -> AccountState:
    nxt = replace(state, version=state.version + 1)
    kind = event["type"]
    if kind == "AccountOpened":
        return replace(nxt, status="open", owner=event["owner"])
    if kind == "MoneyDeposited":
        return replace(nxt, balance=state.balance + event["amount"])
    if kind == "MoneyWithdrawn":
        return replace(nxt, balance=state.balance - event["amount"])
    if kind == "AccountClosed":
        return replace(nxt, status="closed")
    raise ValueError(f"unknown event type {kind!r}")


def rebuild(history: List[StoredEvent], snapshot: Optional[Snapshot] = None) -> AccountState:
    state = initial_state() if snapshot is None else snapshot.state
    for version, event in history:
        if snapshot is not None and version <= snapshot.version:
            continue  # already in the snapshot
        if version != state.version + 1:
            raise ValueError(f"expected event version {state.version + 1}, got {version}")
        state = apply_event(state, event)
    return state


def _reject(reason: str) -> NoReturn:
    raise CommandRejectedError(reason)


def _is_positive_amount(amount: object) -> bool:
    return isinstance(amount, int) and not isinstance(amount, bool) and amount > 0


def _decide(state: AccountState, command: dict) -> List[dict]:
    """Decide which events a command produces, or reject it. Never changes anything."""
    kind = command.get("type")
    if kind == "open":
        if state.status != "new":
            _reject("the account already exists")
        owner = command.get("owner")
        if not isinstance(owner, str) or not owner.strip():
            _reject("an owner is required")
        return [{"type": "AccountOpened", "owner": owner}]
    if kind in ("deposit", "withdraw"):
        if state.status != "open":
            _reject("the account is not open")
        amount = command.get("amount")
        if not _is_positive_amount(amount):
            _reject("the amount must be a positive integer")
        if kind == "withdraw" and amount > state.balance:
            _reject("insufficient funds")
        return [{"type": "MoneyDeposited" if kind == "deposit" else "MoneyWithdrawn", "amount": amount}]
    if kind == "close":
        if state.status != "open":
            _reject("the account is not open")
        if state.balance != 0:
            _reject("the balance must be zero to close")
        return [{"type": "AccountClosed"}]
    _reject(f"unknown command {kind!r}")


class BankAccount:
    """An event-sourced account aggregate: validates commands and records the resulting events."""

    @classmethod
    def from_history(cls, history: List[StoredEvent], snapshot: Optional[Snapshot] = None) -> "BankAccount":
        account = cls()
        account._state = rebuild(history, snapshot)
        return account

    def __init__(self) -> None:
        self._state = initial_state()
        self._produced: List[StoredEvent] = []

    def execute(self, command: dict) -> List[StoredEvent]:
        stored = []
        for event in _decide(self._state, command):
            self._state = apply_event(self._state, event)
            stored.append(StoredEvent(self._state.version, event))
        self._produced.extend(stored)
        return copy.deepcopy(stored)

    def state(self) -> AccountState:
        return self._state

    def changes(self) -> List[StoredEvent]:
        return copy.deepcopy(self._produced)

    def take_snapshot(self) -> Snapshot:
        return Snapshot(self._state.version, self._state)

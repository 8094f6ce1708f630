"""Two-phase commit: a coordinator and participants with durable logs."""

from typing import Callable, Dict, List, NamedTuple, Sequence, Set


class LogRecord(NamedTuple):
    """A durable log record; ``kind`` is "prepared", "commit" or "abort". Provided."""

    tx_id: str
    kind: str


class Message(NamedTuple):
    """A coordinator-to-participant message; ``kind`` is "prepare", "commit" or "abort". Provided."""

    to: str
    kind: str
    tx_id: str


class ProtocolError(Exception):
    """Raised when a participant is told something the protocol forbids. Provided."""


class _Pending:
    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.yes_votes: Set[str] = set()


class Coordinator:
    """The 2PC coordinator; ``log`` holds its decisions."""

    def __init__(self, participants: Sequence[str], timeout_ms: float, log: List[LogRecord]) -> None:
        if not participants:
            raise ValueError("a transaction needs at least one participant")
        if not timeout_ms > 0:
            raise ValueError(f"timeout_ms must be > 0, got {timeout_ms}")
        self._participants = list(participants)
        self._timeout_ms = timeout_ms
        self._log = log
        self._pending: Dict[str, _Pending] = {}
        self._decisions: Dict[str, str] = {
            record.tx_id: record.kind for record in log if record.kind in ("commit", "abort")
        }

    def begin(self, tx_id: str, now: float) -> List[Message]:
        if tx_id in self._pending or tx_id in self._decisions:
            raise ValueError(f"transaction {tx_id} already exists")
        self._pending[tx_id] = _Pending(now + self._timeout_ms)
        return self._broadcast("prepare", tx_id)

    def receive_vote(self, tx_id: str, participant_id: str, vote: str, now: float) -> List[Message]:
        tx = self._pending.get(tx_id)
        if tx is None or participant_id not in self._participants:
            return []
        if vote == "no":
            return self._decide(tx_id, "abort")
        tx.yes_votes.add(participant_id)
        if len(tx.yes_votes) == len(self._participants):
            return self._decide(tx_id, "commit")
        return []

    def tick(self, now: float) -> List[Message]:
        messages: List[Message] = []
        for tx_id, tx in list(self._pending.items()):
            if now >= tx.deadline:
                messages.extend(self._decide(tx_id, "abort"))
        return messages

    def outcome(self, tx_id: str) -> str:
        if tx_id in self._pending:
            return "pending"
        return "committed" if self._decisions.get(tx_id) == "commit" else "aborted"

    def _decide(self, tx_id: str, decision: str) -> List[Message]:
        del self._pending[tx_id]
        self._decisions[tx_id] = decision
        self._log.append(LogRecord(tx_id, decision))  # durable before anyone is told
        return self._broadcast(decision, tx_id)

    def _broadcast(self, kind: str, tx_id: str) -> List[Message]:
        return [Message(to, kind, tx_id) for to in self._participants]


_STATE_FOR_KIND = {"prepared": "prepared", "commit": "committed", "abort": "aborted"}


class Participant:
    """A 2PC participant that replays its log on construction."""

    def __init__(self, participant_id: str, log: List[LogRecord], can_commit: Callable[[str], bool]) -> None:
        self._id = participant_id
        self._log = log
        self._can_commit = can_commit
        self._states: Dict[str, str] = {}  # insertion order is log order, which in_doubt relies on
        for record in log:
            self._states[record.tx_id] = _STATE_FOR_KIND[record.kind]

    def prepare(self, tx_id: str) -> str:
        current = self.state(tx_id)
        if current in ("prepared", "committed"):
            return "yes"
        if current == "aborted":
            return "no"
        if self._can_commit(tx_id):
            self._record(tx_id, "prepared")  # the promise is durable before the vote leaves
            return "yes"
        self._record(tx_id, "abort")
        return "no"

    def commit(self, tx_id: str) -> None:
        current = self.state(tx_id)
        if current == "committed":
            return
        if current != "prepared":
            raise ProtocolError(f"{self._id} cannot commit {tx_id}: it is {current}")
        self._record(tx_id, "commit")

    def abort(self, tx_id: str) -> None:
        current = self.state(tx_id)
        if current == "aborted":
            return
        if current == "committed":
            raise ProtocolError(f"{self._id} cannot abort {tx_id}: it is already committed")
        self._record(tx_id, "abort")

    def state(self, tx_id: str) -> str:
        return self._states.get(tx_id, "unknown")

    def in_doubt(self) -> List[str]:
        return [tx_id for tx_id, state in self._states.items() if state == "prepared"]

    def recover(self, ask_coordinator: Callable[[str], str]) -> None:
        for tx_id in self.in_doubt():
            outcome = ask_coordinator(tx_id)
            if outcome == "committed":
                self.commit(tx_id)
            elif outcome == "aborted":
                self.abort(tx_id)

    def _record(self, tx_id: str, kind: str) -> None:
        self._log.append(LogRecord(tx_id, kind))
        self._states[tx_id] = _STATE_FOR_KIND[kind]

"""Two-phase commit: a coordinator and participants with durable logs."""

from typing import Callable, List, NamedTuple, Sequence


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


class Coordinator:
    """The 2PC coordinator.

    ``log`` is its durable storage: it appends ``LogRecord(tx_id, "commit" | "abort")`` for each
    decision and, when constructed over an existing log, knows those decisions.
    """

    def __init__(self, participants: Sequence[str], timeout_ms: float, log: List[LogRecord]) -> None:
        """Raises ``ValueError`` if ``participants`` is empty or ``timeout_ms <= 0``."""
        raise NotImplementedError

    def begin(self, tx_id: str, now: float) -> List[Message]:
        """Start ``tx_id``: a prepare message per participant (in order); deadline = now + timeout_ms.

        Raises ``ValueError`` if ``tx_id`` was already begun or decided.
        """
        raise NotImplementedError

    def receive_vote(self, tx_id: str, participant_id: str, vote: str, now: float) -> List[Message]:
        """Record a vote ("yes" or "no").

        The first "no" decides abort; the last "yes" decides commit. A decision is logged, then
        returned as a message to every participant. Duplicate, unknown-participant and late votes
        return [].
        """
        raise NotImplementedError

    def tick(self, now: float) -> List[Message]:
        """Abort every pending transaction with now >= deadline; return the abort messages."""
        raise NotImplementedError

    def outcome(self, tx_id: str) -> str:
        """"pending" while undecided, else the logged decision ("committed" / "aborted").

        Never-seen ids are "aborted" (presumed abort).
        """
        raise NotImplementedError


class Participant:
    """A 2PC participant.

    ``log`` is its durable storage; the constructor replays it (crash recovery).
    ``can_commit(tx_id)`` says whether the local work for tx_id can be committed.
    """

    def __init__(self, participant_id: str, log: List[LogRecord], can_commit: Callable[[str], bool]) -> None:
        raise NotImplementedError

    def prepare(self, tx_id: str) -> str:
        """Vote "yes" or "no".

        Unknown tx: if can_commit, log "prepared" then return "yes"; else log "abort" and return
        "no". Prepared or committed: "yes"; aborted: "no" (nothing logged for repeats).
        """
        raise NotImplementedError

    def commit(self, tx_id: str) -> None:
        """Log "commit" for a prepared tx; no-op if committed. ``ProtocolError`` if unknown or aborted."""
        raise NotImplementedError

    def abort(self, tx_id: str) -> None:
        """Log "abort" for an unknown or prepared tx; no-op if aborted. ``ProtocolError`` if committed."""
        raise NotImplementedError

    def state(self, tx_id: str) -> str:
        """"unknown", "prepared", "committed" or "aborted"."""
        raise NotImplementedError

    def in_doubt(self) -> List[str]:
        """Prepared transactions with no decision yet, in log order."""
        raise NotImplementedError

    def recover(self, ask_coordinator: Callable[[str], str]) -> None:
        """Ask the coordinator about each in-doubt tx and commit or abort it; "pending" leaves it in doubt."""
        raise NotImplementedError

"""Raft leader election as a pure, message-driven state machine."""

from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Set, Union


# Messages and envelopes: provided, you do not need to change them.
@dataclass(frozen=True)
class RequestVote:
    term: int
    candidate_id: str


@dataclass(frozen=True)
class Vote:
    term: int
    granted: bool
    voter_id: str


@dataclass(frozen=True)
class Heartbeat:
    term: int
    leader_id: str


Message = Union[RequestVote, Vote, Heartbeat]


@dataclass(frozen=True)
class Envelope:
    """A message in transit from ``sender`` to ``to``."""

    sender: str
    to: str
    message: Message


class RaftNode:
    """Raft leader election. Never reads a clock or touches a network: the caller passes the
    time and delivers the envelopes ``tick`` and ``receive`` return.
    """

    def __init__(
        self,
        node_id: str,
        peers: Sequence[str],
        election_timeout: Callable[[], float],
        heartbeat_interval_ms: float,
        now: float = 0,
    ) -> None:
        if node_id in peers:
            raise ValueError(f"peers must not contain the node's own id {node_id}")
        if not heartbeat_interval_ms > 0:
            raise ValueError(f"heartbeat_interval_ms must be > 0, got {heartbeat_interval_ms}")
        self._id = node_id
        self._peers = list(peers)
        self._election_timeout = election_timeout
        self._heartbeat_interval_ms = heartbeat_interval_ms
        self._role = "follower"
        self._term = 0
        self._voted_for: Optional[str] = None
        self._leader_id: Optional[str] = None
        self._votes: Set[str] = set()
        self._election_deadline = now + election_timeout()
        self._next_heartbeat = 0.0

    @property
    def node_id(self) -> str:
        return self._id

    @property
    def role(self) -> str:
        return self._role

    @property
    def term(self) -> int:
        return self._term

    @property
    def voted_for(self) -> Optional[str]:
        return self._voted_for

    @property
    def leader_id(self) -> Optional[str]:
        return self._leader_id

    def tick(self, now: float) -> List[Envelope]:
        if self._role == "leader":
            return self._heartbeats(now) if now >= self._next_heartbeat else []
        if now < self._election_deadline:
            return []
        self._term += 1
        self._role = "candidate"
        self._voted_for = self._id
        self._leader_id = None
        self._votes = {self._id}
        self._reset_election_timer(now)
        if self._has_majority():
            return self._become_leader(now)
        return self._to_peers(RequestVote(term=self._term, candidate_id=self._id))

    def receive(self, envelope: Envelope, now: float) -> List[Envelope]:
        message = envelope.message
        if message.term > self._term:
            self._term = message.term
            self._role = "follower"
            self._voted_for = None
            self._leader_id = None

        if isinstance(message, RequestVote):
            granted = message.term == self._term and self._voted_for in (None, message.candidate_id)
            if granted:
                self._voted_for = message.candidate_id
                self._reset_election_timer(now)
            reply = Vote(term=self._term, granted=granted, voter_id=self._id)
            return [Envelope(sender=self._id, to=envelope.sender, message=reply)]
        if isinstance(message, Vote):
            if self._role != "candidate" or message.term != self._term or not message.granted:
                return []
            self._votes.add(message.voter_id)
            return self._become_leader(now) if self._has_majority() else []
        if isinstance(message, Heartbeat):
            if message.term < self._term:
                return []
            self._role = "follower"
            self._leader_id = message.leader_id
            self._reset_election_timer(now)
        return []

    def _has_majority(self) -> bool:
        return len(self._votes) * 2 > len(self._peers) + 1

    def _become_leader(self, now: float) -> List[Envelope]:
        self._role = "leader"
        self._leader_id = self._id
        return self._heartbeats(now)

    def _heartbeats(self, now: float) -> List[Envelope]:
        self._next_heartbeat = now + self._heartbeat_interval_ms
        return self._to_peers(Heartbeat(term=self._term, leader_id=self._id))

    def _reset_election_timer(self, now: float) -> None:
        self._election_deadline = now + self._election_timeout()

    def _to_peers(self, message: Message) -> List[Envelope]:
        return [Envelope(sender=self._id, to=peer, message=message) for peer in self._peers]

"""Raft leader election as a pure, message-driven state machine."""

from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Union


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
        """Start as a follower in term 0 with no vote and no leader.

        ``peers`` are the other nodes' ids. ``election_timeout()`` returns a fresh timeout in ms
        and is called every time the election timer (re)starts; the first deadline is
        ``now + election_timeout()``. Raises ``ValueError`` if ``peers`` contains ``node_id`` or
        ``heartbeat_interval_ms <= 0``.
        """
        raise NotImplementedError

    @property
    def node_id(self) -> str:
        raise NotImplementedError

    @property
    def role(self) -> str:
        """``"follower"``, ``"candidate"`` or ``"leader"``."""
        raise NotImplementedError

    @property
    def term(self) -> int:
        raise NotImplementedError

    @property
    def voted_for(self) -> Optional[str]:
        """Who this node voted for in the current term, or None."""
        raise NotImplementedError

    @property
    def leader_id(self) -> Optional[str]:
        """The leader this node knows of in the current term (itself if leader), or None."""
        raise NotImplementedError

    def tick(self, now: float) -> List[Envelope]:
        """Advance time to ``now``.

        - follower/candidate with now >= deadline: start an election (term + 1, candidate, vote for
          itself, new deadline) and return a RequestVote per peer in ``peers`` order; a single-node
          cluster becomes leader immediately.
        - leader with now >= last heartbeat + heartbeat_interval_ms: return a Heartbeat per peer.
        """
        raise NotImplementedError

    def receive(self, envelope: Envelope, now: float) -> List[Envelope]:
        """Handle one message at time ``now`` and return the replies.

        - Any higher term: adopt it, become follower, clear vote and leader, then handle the message.
        - RequestVote: grant if same term and not voted for another candidate (reset the deadline);
          reply with a Vote carrying the current term.
        - Vote: a candidate counts granted votes of its term from distinct voters; a strict majority
          makes it leader and it returns a Heartbeat per peer.
        - Heartbeat with term >= own: follow that leader and reset the deadline. Older: ignore.
        """
        raise NotImplementedError

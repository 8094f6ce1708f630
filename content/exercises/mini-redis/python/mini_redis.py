"""A tiny Redis-like command interpreter with RESP2 replies."""

from typing import Callable, List

Clock = Callable[[], float]
"""Returns the current time in milliseconds. Tests pass a fake clock they move by hand."""


class MiniRedis:
    """A tiny Redis-like server: a keyspace of strings shared by all its connections, with TTLs
    read from the injected clock, at most ``max_keys`` keys (least recently used evicted first)
    and pub/sub."""

    def __init__(self, max_keys: int, clock: Clock) -> None:
        """``max_keys``: the most keys the server holds (an int >= 1, else ValueError);
        ``clock`` returns the current time in milliseconds."""
        raise NotImplementedError

    def connect(self) -> "Connection":
        """Open a new client connection to this server."""
        raise NotImplementedError


class Connection:
    """One client connection: runs commands and collects the pub/sub messages sent to it."""

    def __init__(self, server: MiniRedis) -> None:
        """Created by MiniRedis.connect(); not meant to be called directly."""
        raise NotImplementedError

    def execute(self, line: str) -> str:
        """Run one command line (name case-insensitive, arguments split on spaces) and return the
        RESP2-encoded reply: +simple, -ERR error, :integer, $bulk, $-1 (nil) or *array.

        Supports PING, SET [EX|PX], GET, DEL, EXISTS, INCR, EXPIRE, TTL, PTTL, DBSIZE, SUBSCRIBE,
        UNSUBSCRIBE and PUBLISH (see the README for each reply).
        """
        raise NotImplementedError

    def drain(self) -> List[str]:
        """The RESP-encoded pub/sub messages (*3 message, channel, payload) received since the
        last drain."""
        raise NotImplementedError

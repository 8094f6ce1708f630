"""A tiny Redis-like command interpreter with RESP2 replies."""

import math
import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Set

Clock = Callable[[], float]
"""Returns the current time in milliseconds. Tests pass a fake clock they move by hand."""

# --- RESP2 encoding ---------------------------------------------------------------------------
CRLF = "\r\n"
NIL = "$-1" + CRLF


def _simple(text: str) -> str:
    return f"+{text}{CRLF}"


def _error(message: str) -> str:
    return f"-ERR {message}{CRLF}"


def _integer(n: int) -> str:
    return f":{n}{CRLF}"


def _bulk(data: str) -> str:
    return f"${len(data.encode('utf-8'))}{CRLF}{data}{CRLF}"


def _array(items: List[str]) -> str:
    return f"*{len(items)}{CRLF}" + "".join(items)


INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
NOT_AN_INTEGER = "value is not an integer or out of range"
_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")


def _parse_int64(text: str) -> Optional[int]:
    """Parse a strict base-10 signed 64-bit integer, as Redis does; None if it is not one."""
    if not _INTEGER.fullmatch(text) or text == "-0":
        return None
    value = int(text)
    return value if INT64_MIN <= value <= INT64_MAX else None


class _CommandError(Exception):
    pass


@dataclass
class _Entry:
    value: str
    expires_at: Optional[float]


class MiniRedis:
    """A tiny Redis-like server: a keyspace of strings shared by all its connections, with TTLs
    read from the injected clock, at most ``max_keys`` keys (least recently used evicted first)
    and pub/sub."""

    def __init__(self, max_keys: int, clock: Clock) -> None:
        if isinstance(max_keys, bool) or not isinstance(max_keys, int) or max_keys < 1:
            raise ValueError(f"max_keys must be an integer >= 1, got {max_keys!r}")
        self._max_keys = max_keys
        self._clock = clock
        # Order is recency order: the first key is the least recently used.
        self._keys: "OrderedDict[str, _Entry]" = OrderedDict()
        self._channels: Dict[str, Set["Connection"]] = {}

    def connect(self) -> "Connection":
        return Connection(self)

    def _run(self, connection: "Connection", name: str, args: List[str]) -> str:
        def arity(low: int, high: float = -1) -> None:
            high = low if high == -1 else high
            if not low <= len(args) <= high:
                raise _CommandError(f"wrong number of arguments for '{name.lower()}' command")

        command = name.upper()
        many = math.inf  # variadic commands take one or more arguments
        if command == "PING":
            arity(0)
            return _simple("PONG")
        if command == "SET":
            arity(2, 4)
            return self._set(args)
        if command == "GET":
            arity(1)
            entry = self._lookup(args[0], touch=True)
            return NIL if entry is None else _bulk(entry.value)
        if command == "DEL":
            arity(1, many)
            removed = 0
            for key in args:
                if self._lookup(key, touch=False) is not None:
                    del self._keys[key]
                    removed += 1
            return _integer(removed)
        if command == "EXISTS":
            arity(1, many)
            return _integer(sum(1 for key in args if self._lookup(key, touch=False) is not None))
        if command == "INCR":
            arity(1)
            return self._incr(args[0])
        if command == "EXPIRE":
            arity(2)
            seconds = _parse_int64(args[1])
            if seconds is None:
                raise _CommandError(NOT_AN_INTEGER)
            entry = self._lookup(args[0], touch=True)
            if entry is None:
                return _integer(0)
            if seconds <= 0:
                del self._keys[args[0]]
            else:
                entry.expires_at = self._clock() + seconds * 1000
            return _integer(1)
        if command in ("TTL", "PTTL"):
            arity(1)
            entry = self._lookup(args[0], touch=False)
            if entry is None:
                return _integer(-2)
            if entry.expires_at is None:
                return _integer(-1)
            ms = int(entry.expires_at - self._clock())
            return _integer(ms if command == "PTTL" else (ms + 500) // 1000)
        if command == "DBSIZE":
            arity(0)
            self._purge_expired()
            return _integer(len(self._keys))
        if command == "SUBSCRIBE":
            arity(1, many)
            return "".join(
                _array([_bulk("subscribe"), _bulk(channel), _integer(connection._subscribe(channel))])
                for channel in args
            )
        if command == "UNSUBSCRIBE":
            arity(1, many)
            return "".join(
                _array([_bulk("unsubscribe"), _bulk(channel), _integer(connection._unsubscribe(channel))])
                for channel in args
            )
        if command == "PUBLISH":
            arity(2)
            subscribers = self._channels.get(args[0], set())
            message = _array([_bulk("message"), _bulk(args[0]), _bulk(args[1])])
            for subscriber in subscribers:
                subscriber._deliver(message)
            return _integer(len(subscribers))
        raise _CommandError(f"unknown command '{name}'")

    def _set(self, args: List[str]) -> str:
        key, value, *option = args
        expires_at = None
        if option:
            unit = {"EX": 1000, "PX": 1}.get(option[0].upper())
            if unit is None or len(option) != 2:
                raise _CommandError("syntax error")
            amount = _parse_int64(option[1])
            if amount is None or amount <= 0:
                raise _CommandError("invalid expire time in 'set' command")
            expires_at = self._clock() + amount * unit
        self._write(key, _Entry(value, expires_at))
        return _simple("OK")

    def _incr(self, key: str) -> str:
        entry = self._lookup(key, touch=True)
        current = 0 if entry is None else _parse_int64(entry.value)
        if current is None or current + 1 > INT64_MAX:
            raise _CommandError(NOT_AN_INTEGER)
        self._write(key, _Entry(str(current + 1), None if entry is None else entry.expires_at))
        return _integer(current + 1)

    def _lookup(self, key: str, touch: bool) -> Optional[_Entry]:
        """The live entry for the key (deleting it if expired); a touch marks it most recent."""
        entry = self._keys.get(key)
        if entry is None:
            return None
        if entry.expires_at is not None and self._clock() >= entry.expires_at:
            del self._keys[key]
            return None
        if touch:
            self._keys.move_to_end(key)
        return entry

    def _write(self, key: str, entry: _Entry) -> None:
        """Store the entry as most recently used, evicting first if a new key exceeds max_keys."""
        if key not in self._keys and len(self._keys) >= self._max_keys:
            self._purge_expired()
            while len(self._keys) >= self._max_keys:
                self._keys.popitem(last=False)  # the least recently used
        self._keys[key] = entry
        self._keys.move_to_end(key)

    def _purge_expired(self) -> None:
        now = self._clock()
        for key in [k for k, e in self._keys.items() if e.expires_at is not None and now >= e.expires_at]:
            del self._keys[key]

    def _add_subscriber(self, channel: str, connection: "Connection") -> None:
        self._channels.setdefault(channel, set()).add(connection)

    def _remove_subscriber(self, channel: str, connection: "Connection") -> None:
        subscribers = self._channels.get(channel)
        if subscribers is not None:
            subscribers.discard(connection)
            if not subscribers:
                del self._channels[channel]


class Connection:
    """One client connection: runs commands and collects the pub/sub messages sent to it."""

    def __init__(self, server: MiniRedis) -> None:
        self._server = server
        self._inbox: List[str] = []
        self._subscriptions: Set[str] = set()

    def execute(self, line: str) -> str:
        name, *args = line.split() or [""]
        try:
            if not name:
                raise _CommandError("empty command")
            return self._server._run(self, name, args)
        except _CommandError as error:
            return _error(str(error))

    def drain(self) -> List[str]:
        messages, self._inbox = self._inbox, []
        return messages

    def _subscribe(self, channel: str) -> int:
        self._subscriptions.add(channel)
        self._server._add_subscriber(channel, self)
        return len(self._subscriptions)

    def _unsubscribe(self, channel: str) -> int:
        self._subscriptions.discard(channel)
        self._server._remove_subscriber(channel, self)
        return len(self._subscriptions)

    def _deliver(self, message: str) -> None:
        self._inbox.append(message)

"""Keyset (cursor) pagination over a newest-first feed."""

import base64
import binascii
import json
import re
from dataclasses import dataclass
from typing import Dict, List, NamedTuple, Optional, Tuple


@dataclass(frozen=True)
class Post:
    """A post in the feed. Ids are unique."""

    id: str
    created_at: float


class Page(NamedTuple):
    """One page of the feed."""

    items: List[Post]
    next_cursor: Optional[str]
    """Position of the last item, or None when nothing comes after this page."""


class InvalidCursorError(Exception):
    """The cursor could not be decoded."""


_URL_SAFE = re.compile(r"[A-Za-z0-9_-]+")


class _Descending:
    """Wraps a string so that sorting ascending orders it descending."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __lt__(self, other: "_Descending") -> bool:
        return self.value > other.value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Descending) and self.value == other.value


def _sort_key(created_at: float, id: str) -> Tuple[float, _Descending]:
    """Newest first: created_at descending, then id descending."""
    return (-created_at, _Descending(id))


def _encode_cursor(post: Post) -> str:
    raw = json.dumps({"t": post.created_at, "id": post.id}, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str) -> Tuple[float, str]:
    if not isinstance(cursor, str) or not _URL_SAFE.fullmatch(cursor):
        raise InvalidCursorError("malformed cursor")
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        fields = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError):
        raise InvalidCursorError("malformed cursor") from None
    if not isinstance(fields, dict):
        raise InvalidCursorError("malformed cursor")
    created_at, id = fields.get("t"), fields.get("id")
    if isinstance(created_at, bool) or not isinstance(created_at, (int, float)) or not isinstance(id, str):
        raise InvalidCursorError("malformed cursor")
    return created_at, id


class PostFeed:
    """A newest-first feed (created_at descending, then id descending) served with keyset cursors.

    Cursors are opaque URL-safe strings ([A-Za-z0-9_-]) that encode the position of a page's
    last post.
    """

    def __init__(self) -> None:
        self._posts: Dict[str, Post] = {}

    def add(self, post: Post) -> None:
        self._posts[post.id] = post

    def remove(self, id: str) -> None:
        self._posts.pop(id, None)

    def page(self, limit: int, cursor: Optional[str] = None) -> Page:
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 100:
            raise ValueError(f"limit must be an integer from 1 to 100, got {limit!r}")
        after = None if cursor is None else _sort_key(*_decode_cursor(cursor))
        # A database would do this with an index range scan: WHERE (created_at, id) < (?, ?).
        ordered = sorted(self._posts.values(), key=lambda post: _sort_key(post.created_at, post.id))
        candidates = [post for post in ordered if after is None or after < _sort_key(post.created_at, post.id)]
        items = candidates[:limit]
        next_cursor = _encode_cursor(items[-1]) if len(candidates) > limit else None
        return Page(items, next_cursor)

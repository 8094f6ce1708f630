"""Keyset (cursor) pagination over a newest-first feed."""

from dataclasses import dataclass
from typing import List, NamedTuple, Optional


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


class PostFeed:
    """A newest-first feed (created_at descending, then id descending) served with keyset cursors.

    Cursors are opaque URL-safe strings ([A-Za-z0-9_-]) that encode the position of a page's
    last post.
    """

    def __init__(self) -> None:
        raise NotImplementedError

    def add(self, post: Post) -> None:
        """Add a post."""
        raise NotImplementedError

    def remove(self, id: str) -> None:
        """Remove the post with this id, if present."""
        raise NotImplementedError

    def page(self, limit: int, cursor: Optional[str] = None) -> Page:
        """The first ``limit`` posts strictly after the cursor's position (from the top without a
        cursor). next_cursor is None when no post follows the page.

        Raises ValueError if limit is not an int from 1 to 100, InvalidCursorError if the cursor
        cannot be decoded.
        """
        raise NotImplementedError

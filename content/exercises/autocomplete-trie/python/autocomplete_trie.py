"""A prefix tree of weighted words that returns the top-k completions of a prefix."""

from typing import List, Optional


class AutocompleteTrie:
    """Suggestions are ordered by weight (highest first), ties broken by word ascending."""

    def __init__(self) -> None:
        """Create an empty trie."""
        raise NotImplementedError

    def insert(self, word: str, weight: float) -> None:
        """Add ``word`` with ``weight``, or replace the weight of an existing word.

        Raises ValueError when ``word`` is empty or ``weight`` is negative or not finite.
        """
        raise NotImplementedError

    def remove(self, word: str) -> bool:
        """Remove ``word`` and prune nodes that lead to no word. Return False when it was not a word."""
        raise NotImplementedError

    def has(self, word: str) -> bool:
        """Whether ``word`` was inserted (a mere prefix of a word does not count)."""
        raise NotImplementedError

    def weight_of(self, word: str) -> Optional[float]:
        """The weight of ``word``, or None when it is not a word."""
        raise NotImplementedError

    def suggest(self, prefix: str, k: int) -> List[str]:
        """At most ``k`` words starting with ``prefix``, by weight descending, then word ascending.

        Raises ValueError when ``k`` is negative or not an integer.
        """
        raise NotImplementedError

    def __len__(self) -> int:
        """Number of words."""
        raise NotImplementedError

    @property
    def node_count(self) -> int:
        """Number of nodes below the root (one per character edge; shared prefixes share nodes)."""
        raise NotImplementedError

"""State-based G-Counter and PN-Counter CRDTs."""

from typing import Dict, Mapping, Optional

GCounterState = Dict[str, int]
"""replica id -> that replica's count (0 entries may be omitted)."""


class GCounter:
    """A state-based grow-only counter."""

    def __init__(self, replica_id: str, state: Optional[Mapping[str, int]] = None) -> None:
        """``replica_id`` is the replica this instance writes to; ``state`` is copied.

        Raises ``ValueError`` if a count in ``state`` is negative or not an int.
        """
        raise NotImplementedError

    def increment(self, amount: int = 1) -> None:
        """Add ``amount`` to this replica's entry. Raises ``ValueError`` unless amount is an int >= 1."""
        raise NotImplementedError

    def value(self) -> int:
        """The sum of all entries."""
        raise NotImplementedError

    def merge(self, other: "GCounter") -> "GCounter":
        """A new counter (this replica id) with the per-replica maximum of both states.

        Changes neither input.
        """
        raise NotImplementedError

    def state(self) -> GCounterState:
        """A copy of the state, safe to send to another replica. Only non-zero entries are listed."""
        raise NotImplementedError


class PNCounter:
    """A state-based counter supporting increments and decrements: two G-Counters, p and n."""

    def __init__(self, replica_id: str, state: Optional[Mapping[str, Mapping[str, int]]] = None) -> None:
        """``state`` is ``{"p": {...}, "n": {...}}`` and is copied.

        Raises ``ValueError`` if a count in ``state`` is negative or not an int.
        """
        raise NotImplementedError

    def increment(self, amount: int = 1) -> None:
        """Raises ``ValueError`` unless amount is an int >= 1."""
        raise NotImplementedError

    def decrement(self, amount: int = 1) -> None:
        """Raises ``ValueError`` unless amount is an int >= 1."""
        raise NotImplementedError

    def value(self) -> int:
        """sum(p) - sum(n); may be negative."""
        raise NotImplementedError

    def merge(self, other: "PNCounter") -> "PNCounter":
        """A new counter (this replica id) merging p with p and n with n. Changes neither input."""
        raise NotImplementedError

    def state(self) -> Dict[str, GCounterState]:
        """A copy of the state, ``{"p": {...}, "n": {...}}``."""
        raise NotImplementedError

"""An immutable vector clock."""

from typing import Dict, Mapping, Optional


class VectorClock:
    """A counter per node id, where a missing node counts as 0.

    Immutable: ``increment`` and ``merge`` return new clocks; nothing changes an existing clock.
    """

    def __init__(self, entries: Optional[Mapping[str, int]] = None) -> None:
        """Copy ``entries`` (the caller's mapping is not kept).

        Raises ``ValueError`` if a counter is negative or not an int.
        """
        raise NotImplementedError

    def get(self, node_id: str) -> int:
        """The counter of ``node_id``; 0 if the node is absent."""
        raise NotImplementedError

    def increment(self, node_id: str) -> "VectorClock":
        """A new clock with ``node_id``'s counter one higher."""
        raise NotImplementedError

    def merge(self, other: "VectorClock") -> "VectorClock":
        """A new clock holding the element-wise maximum of both clocks."""
        raise NotImplementedError

    def compare(self, other: "VectorClock") -> str:
        """``"equal"``, ``"before"``, ``"after"`` or ``"concurrent"``.

        "before": every counter <= other's and one smaller; "after": the mirror case;
        "concurrent": each clock has a counter larger than the other's.
        """
        raise NotImplementedError

    def to_dict(self) -> Dict[str, int]:
        """A fresh dict with only the non-zero counters."""
        raise NotImplementedError

"""An immutable vector clock."""

from typing import Dict, Mapping, Optional


class VectorClock:
    """A counter per node id, where a missing node counts as 0.

    Immutable: ``increment`` and ``merge`` return new clocks; nothing changes an existing clock.
    """

    def __init__(self, entries: Optional[Mapping[str, int]] = None) -> None:
        counters: Dict[str, int] = {}
        for node_id, count in (entries or {}).items():
            if not isinstance(count, int) or count < 0:
                raise ValueError(f"counter for {node_id} must be a non-negative int, got {count!r}")
            if count > 0:
                counters[node_id] = count
        self._counters = counters

    def get(self, node_id: str) -> int:
        return self._counters.get(node_id, 0)

    def increment(self, node_id: str) -> "VectorClock":
        return VectorClock({**self._counters, node_id: self.get(node_id) + 1})

    def merge(self, other: "VectorClock") -> "VectorClock":
        merged = dict(self._counters)
        for node_id, count in other._counters.items():
            merged[node_id] = max(merged.get(node_id, 0), count)
        return VectorClock(merged)

    def compare(self, other: "VectorClock") -> str:
        smaller = larger = False
        for node_id in self._counters.keys() | other._counters.keys():
            mine, theirs = self.get(node_id), other.get(node_id)
            smaller = smaller or mine < theirs
            larger = larger or mine > theirs
        if smaller and larger:
            return "concurrent"
        if smaller:
            return "before"
        if larger:
            return "after"
        return "equal"

    def to_dict(self) -> Dict[str, int]:
        return dict(self._counters)

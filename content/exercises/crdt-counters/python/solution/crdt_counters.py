"""State-based G-Counter and PN-Counter CRDTs."""

from typing import Dict, Mapping, Optional

GCounterState = Dict[str, int]
"""replica id -> that replica's count (0 entries may be omitted)."""


def _require_amount(amount: int) -> None:
    if not isinstance(amount, int) or amount < 1:
        raise ValueError(f"amount must be an int >= 1, got {amount!r}")


class GCounter:
    """A state-based grow-only counter."""

    def __init__(self, replica_id: str, state: Optional[Mapping[str, int]] = None) -> None:
        self.replica_id = replica_id
        self._counts: Dict[str, int] = {}
        for replica, count in (state or {}).items():
            if not isinstance(count, int) or count < 0:
                raise ValueError(f"count for {replica} must be a non-negative int, got {count!r}")
            if count > 0:
                self._counts[replica] = count

    def increment(self, amount: int = 1) -> None:
        _require_amount(amount)
        self._counts[self.replica_id] = self._counts.get(self.replica_id, 0) + amount

    def value(self) -> int:
        return sum(self._counts.values())

    def merge(self, other: "GCounter") -> "GCounter":
        merged = dict(self._counts)
        for replica, count in other._counts.items():
            merged[replica] = max(merged.get(replica, 0), count)
        return GCounter(self.replica_id, merged)

    def state(self) -> GCounterState:
        return dict(self._counts)


class PNCounter:
    """A state-based counter supporting increments and decrements: two G-Counters, p and n."""

    def __init__(self, replica_id: str, state: Optional[Mapping[str, Mapping[str, int]]] = None) -> None:
        state = state or {}
        self.replica_id = replica_id
        self._p = GCounter(replica_id, state.get("p"))
        self._n = GCounter(replica_id, state.get("n"))

    def increment(self, amount: int = 1) -> None:
        self._p.increment(amount)

    def decrement(self, amount: int = 1) -> None:
        self._n.increment(amount)

    def value(self) -> int:
        return self._p.value() - self._n.value()

    def merge(self, other: "PNCounter") -> "PNCounter":
        return PNCounter(
            self.replica_id,
            {"p": self._p.merge(other._p).state(), "n": self._n.merge(other._n).state()},
        )

    def state(self) -> Dict[str, GCounterState]:
        return {"p": self._p.state(), "n": self._n.state()}

"""An observed-remove set (OR-Set), a state-based CRDT."""

from typing import List


class ORSet:
    """An OR-Set of strings.

    Every add gets a tag unique across replicas; ``remove`` tombstones the tags it has observed;
    an element is present while one of its tags is not tombstoned. Concurrent add + remove: add wins.
    """

    def __init__(self, replica_id: str) -> None:
        """``replica_id`` makes this replica's tags unique across replicas."""
        raise NotImplementedError

    def add(self, element: str) -> None:
        """Add ``element`` with a fresh tag."""
        raise NotImplementedError

    def remove(self, element: str) -> None:
        """Remove every add of ``element`` this replica has seen. A no-op if it is not present."""
        raise NotImplementedError

    def contains(self, element: str) -> bool:
        """Whether ``element`` has at least one add that has not been removed."""
        raise NotImplementedError

    def values(self) -> List[str]:
        """The present elements, each once, sorted ascending."""
        raise NotImplementedError

    def merge(self, other: "ORSet") -> None:
        """In place: absorb every add and every remove ``other`` has seen; ``other`` is unchanged.

        Commutative, associative and idempotent.
        """
        raise NotImplementedError

"""An observed-remove set (OR-Set), a state-based CRDT."""

from typing import Dict, List, Set


class ORSet:
    """An OR-Set of strings.

    Every add gets a tag unique across replicas; ``remove`` tombstones the tags it has observed;
    an element is present while one of its tags is not tombstoned. Concurrent add + remove: add wins.
    """

    def __init__(self, replica_id: str) -> None:
        self._replica_id = replica_id
        self._counter = 0
        self._adds: Dict[str, Set[str]] = {}  # element -> every tag ever seen for it
        self._removed: Set[str] = set()  # tombstoned tags

    def add(self, element: str) -> None:
        self._counter += 1
        self._adds.setdefault(element, set()).add(f"{self._replica_id}:{self._counter}")

    def remove(self, element: str) -> None:
        self._removed.update(self._adds.get(element, ()))

    def contains(self, element: str) -> bool:
        return any(tag not in self._removed for tag in self._adds.get(element, ()))

    def values(self) -> List[str]:
        return sorted(element for element in self._adds if self.contains(element))

    def merge(self, other: "ORSet") -> None:
        for element, tags in other._adds.items():
            self._adds.setdefault(element, set()).update(tags)
        self._removed.update(other._removed)

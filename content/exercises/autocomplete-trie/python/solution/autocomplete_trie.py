"""A prefix tree of weighted words that returns the top-k completions of a prefix."""

import math
from typing import Dict, List, Optional, Tuple


class _Node:
    __slots__ = ("children", "weight")

    def __init__(self) -> None:
        self.children: Dict[str, "_Node"] = {}
        self.weight: Optional[float] = None  # set when a word ends here


class AutocompleteTrie:
    """Suggestions are ordered by weight (highest first), ties broken by word ascending."""

    def __init__(self) -> None:
        self._root = _Node()
        self._words = 0
        self._nodes = 0

    def insert(self, word: str, weight: float) -> None:
        if not word:
            raise ValueError("word must not be empty")
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not math.isfinite(weight) or weight < 0:
            raise ValueError(f"weight must be a finite number >= 0, got {weight!r}")
        node = self._root
        for char in word:
            child = node.children.get(char)
            if child is None:
                child = node.children[char] = _Node()
                self._nodes += 1
            node = child
        if node.weight is None:
            self._words += 1
        node.weight = weight

    def remove(self, word: str) -> bool:
        path: List[Tuple[_Node, str]] = []
        node = self._root
        for char in word:
            child = node.children.get(char)
            if child is None:
                return False
            path.append((node, char))
            node = child
        if not word or node.weight is None:
            return False
        node.weight = None
        self._words -= 1
        for parent, char in reversed(path):
            child = parent.children[char]
            if child.weight is not None or child.children:
                break
            del parent.children[char]
            self._nodes -= 1
        return True

    def has(self, word: str) -> bool:
        return self.weight_of(word) is not None

    def weight_of(self, word: str) -> Optional[float]:
        if not word:
            return None
        node = self._walk(word)
        return None if node is None else node.weight

    def suggest(self, prefix: str, k: int) -> List[str]:
        if isinstance(k, bool) or not isinstance(k, int) or k < 0:
            raise ValueError(f"k must be a non-negative integer, got {k!r}")
        start = self._walk(prefix)
        if start is None or k == 0:
            return []
        found: List[Tuple[str, float]] = []
        stack: List[Tuple[_Node, str]] = [(start, prefix)]
        while stack:
            node, word = stack.pop()
            if node.weight is not None:
                found.append((word, node.weight))
            for char, child in node.children.items():
                stack.append((child, word + char))
        found.sort(key=lambda entry: (-entry[1], entry[0]))
        return [word for word, _ in found[:k]]

    def __len__(self) -> int:
        return self._words

    @property
    def node_count(self) -> int:
        return self._nodes

    def _walk(self, prefix: str) -> Optional[_Node]:
        node: Optional[_Node] = self._root
        for char in prefix:
            node = node.children.get(char)
            if node is None:
                return None
        return node

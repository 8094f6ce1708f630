"""Top-k frequent items."""

from typing import List, Sequence


def top_k_frequent(items: Sequence[str], k: int) -> List[str]:
    """The ``k`` most frequent distinct items, most frequent first.

    Equal counts are ordered by item ascending (plain string comparison). Returns every distinct
    item when ``k`` exceeds their number. Does not modify ``items``.
    Raises ValueError when ``k`` is negative or not an integer.
    """
    raise NotImplementedError

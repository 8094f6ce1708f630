"""Top-k frequent items."""

from collections import Counter
from typing import List, Sequence


def top_k_frequent(items: Sequence[str], k: int) -> List[str]:
    """Count with a Counter, then sort the distinct items by (count desc, item asc)."""
    if isinstance(k, bool) or not isinstance(k, int) or k < 0:
        raise ValueError(f"k must be a non-negative integer, got {k!r}")
    counts = Counter(items)
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return [item for item, _ in ranked[:k]]

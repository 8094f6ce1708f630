"""Sliding window maximum."""

from typing import List, Sequence


def sliding_window_max(nums: Sequence[float], k: int) -> List[float]:
    """The maximum of every window of ``k`` consecutive numbers, left to right.

    Entry i is max(nums[i : i + k]). Returns [] when ``k`` exceeds the input length.
    Does not modify ``nums``. Should run in O(n).
    Raises ValueError when ``k`` is not a positive integer.
    """
    raise NotImplementedError

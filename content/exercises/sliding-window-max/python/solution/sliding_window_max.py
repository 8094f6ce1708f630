"""Sliding window maximum."""

from collections import deque
from typing import Deque, List, Sequence


def sliding_window_max(nums: Sequence[float], k: int) -> List[float]:
    """O(n): a deque of indexes whose values decrease from front to back."""
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValueError(f"k must be a positive integer, got {k!r}")
    result: List[float] = []
    window: Deque[int] = deque()
    for i, value in enumerate(nums):
        while window and nums[window[-1]] < value:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            result.append(nums[window[0]])
    return result

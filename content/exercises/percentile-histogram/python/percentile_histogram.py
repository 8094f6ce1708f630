"""A Prometheus-style bucketed histogram with quantile estimates and merging."""

from typing import List, Sequence, Tuple


def exponential_buckets(start: float, factor: float, count: int) -> List[float]:
    """``count`` bucket bounds: start, then each the previous one times factor (repeated
    multiplication). Raises ValueError unless start > 0, factor > 1 and count is an int >= 1."""
    raise NotImplementedError


class Histogram:
    """A Prometheus-style histogram: one counter per finite upper bound plus a +Inf bucket, the
    total count and the sum. Quantiles are estimated by linear interpolation inside the bucket
    that holds them (like PromQL histogram_quantile)."""

    def __init__(self, bounds: Sequence[float]) -> None:
        """``bounds``: upper bounds of the finite buckets, non-empty, strictly increasing, finite
        and > 0; ValueError otherwise."""
        raise NotImplementedError

    def record(self, value: float) -> None:
        """Count the value in the first bucket whose bound is >= value (or +Inf) and add it to the
        sum. Raises ValueError if value is negative or not finite."""
        raise NotImplementedError

    def count(self) -> int:
        """How many values were recorded."""
        raise NotImplementedError

    def sum(self) -> float:
        """The sum of the recorded values."""
        raise NotImplementedError

    def buckets(self) -> List[Tuple[float, int]]:
        """Cumulative (le, count) pairs: how many values are <= le; the last has le = math.inf."""
        raise NotImplementedError

    def quantile(self, q: float) -> float:
        """Estimate the q-quantile: rank = q * count; in the first bucket whose cumulative count
        >= rank, lower + (upper - lower) * (rank - count_before) / count_in_bucket (lower =
        previous bound or 0). Return the largest finite bound if that bucket is +Inf, math.nan if
        the histogram is empty. Raises ValueError unless 0 < q <= 1."""
        raise NotImplementedError

    def merge(self, other: "Histogram") -> None:
        """Add other's bucket counts, count and sum into this histogram; other is not changed.
        Raises ValueError if the bounds differ."""
        raise NotImplementedError

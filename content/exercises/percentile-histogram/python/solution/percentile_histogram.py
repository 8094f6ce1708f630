"""A Prometheus-style bucketed histogram with quantile estimates and merging."""

import math
from bisect import bisect_left
from typing import List, Sequence, Tuple


def exponential_buckets(start: float, factor: float, count: int) -> List[float]:
    if not math.isfinite(start) or start <= 0:
        raise ValueError(f"start must be a finite number > 0, got {start!r}")
    if not math.isfinite(factor) or factor <= 1:
        raise ValueError(f"factor must be a finite number > 1, got {factor!r}")
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValueError(f"count must be an integer >= 1, got {count!r}")
    bounds = []
    bound = start
    while len(bounds) < count:
        bounds.append(bound)
        bound *= factor
    return bounds


class Histogram:
    """A Prometheus-style histogram: one counter per finite upper bound plus a +Inf bucket, the
    total count and the sum. Quantiles are estimated by linear interpolation inside the bucket
    that holds them (like PromQL histogram_quantile)."""

    def __init__(self, bounds: Sequence[float]) -> None:
        if not bounds:
            raise ValueError("at least one bucket bound is required")
        for i, bound in enumerate(bounds):
            if not math.isfinite(bound) or bound <= 0:
                raise ValueError(f"bounds must be finite and > 0, got {bound!r}")
            if i > 0 and bound <= bounds[i - 1]:
                raise ValueError("bounds must be strictly increasing")
        self._bounds = list(bounds)
        self._counts = [0] * (len(bounds) + 1)  # non-cumulative; the last is the +Inf bucket
        self._count = 0
        self._sum = 0.0

    def record(self, value: float) -> None:
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"value must be finite and >= 0, got {value!r}")
        self._counts[bisect_left(self._bounds, value)] += 1  # first bound >= value
        self._count += 1
        self._sum += value

    def count(self) -> int:
        return self._count

    def sum(self) -> float:
        return self._sum

    def buckets(self) -> List[Tuple[float, int]]:
        result = []
        cumulative = 0
        for i, count in enumerate(self._counts):
            cumulative += count
            result.append((self._bounds[i] if i < len(self._bounds) else math.inf, cumulative))
        return result

    def quantile(self, q: float) -> float:
        if not 0 < q <= 1:  # also rejects NaN
            raise ValueError(f"q must be in (0, 1], got {q!r}")
        if self._count == 0:
            return math.nan
        rank = q * self._count
        before = 0
        for i, in_bucket in enumerate(self._counts):
            if before + in_bucket >= rank:
                if i == len(self._bounds):
                    return self._bounds[-1]  # +Inf: no upper edge to interpolate to
                lower = 0 if i == 0 else self._bounds[i - 1]
                upper = self._bounds[i]
                return lower + (upper - lower) * (rank - before) / in_bucket
            before += in_bucket
        return self._bounds[-1]  # unreachable: the last cumulative count is count >= rank

    def merge(self, other: "Histogram") -> None:
        if other._bounds != self._bounds:
            raise ValueError("cannot merge histograms with different bucket bounds")
        for i, count in enumerate(other._counts):
            self._counts[i] += count
        self._count += other._count
        self._sum += other._sum

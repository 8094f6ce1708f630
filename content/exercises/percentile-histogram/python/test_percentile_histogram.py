import math
import unittest

from percentile_histogram import Histogram, exponential_buckets


def latencies():
    """10,000 deterministic latencies: 1..1000 ms spread evenly, every 50th one 20 times slower."""
    values = []
    for i in range(10_000):
        base = 1 + (i * 7919) % 1000
        values.append(base * 20 if i % 50 == 0 else base)
    return values


class PercentileHistogramTest(unittest.TestCase):
    def test_exponential_buckets_multiplies_each_bound_by_the_factor(self):
        self.assertEqual(exponential_buckets(1, 2, 5), [1, 2, 4, 8, 16])
        self.assertEqual(exponential_buckets(0.5, 3, 3), [0.5, 1.5, 4.5])
        self.assertEqual(exponential_buckets(100, 1.5, 1), [100])
        self.assertEqual(exponential_buckets(1, 1.1, 4), [1, 1 * 1.1, 1 * 1.1 * 1.1, 1 * 1.1 * 1.1 * 1.1])

    def test_a_value_lands_in_the_first_bucket_whose_upper_bound_is_at_least_the_value(self):
        h = Histogram([10, 20, 40])
        for value in [0, 10, 10.5, 20, 21, 40, 41, 1000]:
            h.record(value)
        self.assertEqual(h.buckets(), [(10, 2), (20, 4), (40, 6), (math.inf, 8)])

    def test_count_and_sum_track_every_recorded_value(self):
        h = Histogram([1, 2])
        self.assertEqual(h.count(), 0)
        self.assertEqual(h.sum(), 0)
        for value in [0.5, 1.5, 7]:
            h.record(value)
        self.assertEqual(h.count(), 3)
        self.assertEqual(h.sum(), 9)

    def test_a_quantile_is_interpolated_linearly_inside_the_bucket_that_holds_it(self):
        h = Histogram([10, 20, 40])
        for _ in range(10):
            h.record(5)
        for _ in range(10):
            h.record(15)
        self.assertEqual(h.quantile(0.5), 10)  # rank 10: the end of (0, 10]
        self.assertEqual(h.quantile(0.75), 15)  # rank 15: halfway through (10, 20]
        self.assertEqual(h.quantile(1), 20)
        self.assertEqual(h.quantile(0.05), 1)  # rank 1 of 10 in (0, 10]
        h.record(30)
        h.record(30)  # 22 values; rank 0.99 * 22 = 21.78 lies in (20, 40], which holds 2
        self.assertAlmostEqual(h.quantile(0.99), 20 + 20 * (21.78 - 20) / 2, places=9)

    def test_a_quantile_in_the_overflow_bucket_is_capped_at_the_largest_finite_bound(self):
        h = Histogram([100, 200])
        h.record(50)
        for _ in range(9):
            h.record(5000)
        self.assertEqual(h.quantile(0.5), 200)
        self.assertEqual(h.quantile(0.99), 200)
        self.assertEqual(h.quantile(0.1), 100)

    def test_an_empty_histogram_has_no_quantiles(self):
        h = Histogram([1, 2, 3])
        self.assertTrue(math.isnan(h.quantile(0.5)))
        self.assertTrue(math.isnan(h.quantile(0.99)))

    def test_p50_p95_and_p99_are_within_the_bucket_error_of_the_true_values(self):
        h = Histogram(exponential_buckets(1, 1.1, 130))
        values = latencies()
        for value in values:
            h.record(value)
        ordered = sorted(values)
        for q, index in [(0.5, 4999), (0.95, 9499), (0.99, 9899)]:
            truth = ordered[index]  # nearest rank: the ceil(q * n)-th smallest value
            estimate = h.quantile(q)
            self.assertLessEqual(abs(estimate - truth), 0.1 * truth + 1e-9, f"p{q * 100:g}: {estimate} vs {truth}")
        self.assertGreater(h.quantile(0.99), 5 * h.quantile(0.5), "the slow tail shows up in p99")

    def test_merging_gives_the_same_histogram_as_recording_everything_in_one(self):
        bounds = exponential_buckets(1, 2, 12)
        values = latencies()
        whole, left, right = Histogram(bounds), Histogram(bounds), Histogram(bounds)
        for i, value in enumerate(values):
            whole.record(value)
            (left if i % 3 == 0 else right).record(value)
        left.merge(right)
        self.assertEqual(left.buckets(), whole.buckets())
        self.assertEqual(left.count(), 10_000)
        self.assertEqual(left.sum(), whole.sum())
        for q in [0.5, 0.95, 0.99]:
            self.assertEqual(left.quantile(q), whole.quantile(q))

    def test_merge_leaves_the_other_histogram_unchanged(self):
        a = Histogram([10, 100])
        b = Histogram([10, 100])
        a.record(5)
        b.record(50)
        b.record(500)
        a.merge(b)
        self.assertEqual(a.count(), 3)
        self.assertEqual(b.count(), 2)
        self.assertEqual([count for _, count in b.buckets()], [0, 1, 2])
        a.merge(Histogram([10, 100]))  # merging an empty histogram changes nothing
        self.assertEqual([count for _, count in a.buckets()], [1, 2, 3])

    def test_histograms_with_different_bounds_cannot_be_merged(self):
        a = Histogram([10, 100])
        a.record(1)
        with self.assertRaises(ValueError):
            a.merge(Histogram([10, 200]))
        with self.assertRaises(ValueError):
            a.merge(Histogram([10]))
        with self.assertRaises(ValueError):
            a.merge(Histogram([10, 100, 1000]))
        self.assertEqual(a.count(), 1)

    def test_invalid_bounds_and_bucket_arguments_are_rejected(self):
        for bounds in [[], [10, 5], [1, 1], [0, 1], [-1, 1], [1, math.inf], [math.nan]]:
            with self.assertRaises(ValueError, msg=repr(bounds)):
                Histogram(bounds)
        with self.assertRaises(ValueError):
            exponential_buckets(0, 2, 3)
        with self.assertRaises(ValueError):
            exponential_buckets(1, 1, 3)
        with self.assertRaises(ValueError):
            exponential_buckets(1, 2, 0)
        with self.assertRaises(ValueError):
            exponential_buckets(1, 2, 2.5)

    def test_negative_or_non_finite_values_and_quantiles_outside_0_1_are_rejected(self):
        h = Histogram([1, 2])
        with self.assertRaises(ValueError):
            h.record(-1)
        with self.assertRaises(ValueError):
            h.record(math.nan)
        with self.assertRaises(ValueError):
            h.record(math.inf)
        self.assertEqual(h.count(), 0)
        h.record(1)
        for q in [0, -0.5, 1.01, math.nan]:
            with self.assertRaises(ValueError, msg=repr(q)):
                h.quantile(q)


if __name__ == "__main__":
    unittest.main()

import math
import unittest

from hyper_log_log import HyperLogLog, hash32


def sketch_of(precision, start, stop, prefix="user"):
    hll = HyperLogLog(precision)
    for i in range(start, stop):
        hll.add(f"{prefix}-{i}")
    return hll


def estimate_from(registers):
    """The documented estimator, applied to a register list."""
    m = len(registers)
    alpha = {16: 0.673, 32: 0.697, 64: 0.709}.get(m, 0.7213 / (1 + 1.079 / m))
    raw = alpha * m * m / sum(2.0 ** -r for r in registers)
    zeros = registers.count(0)
    if raw <= 2.5 * m and zeros > 0:
        return math.floor(m * math.log(m / zeros) + 0.5)
    if raw > 2 ** 32 / 30:
        return math.floor(-(2 ** 32) * math.log(1 - raw / 2 ** 32) + 0.5)
    return math.floor(raw + 0.5)


def expected_rank(x, p):
    rest = format(x % 2 ** (32 - p), "b").zfill(32 - p)
    return 32 - p + 1 if "1" not in rest else rest.index("1") + 1


class HyperLogLogTest(unittest.TestCase):
    def assert_within(self, actual, expected, relative):
        error = abs(actual - expected) / expected
        self.assertLessEqual(error, relative, f"estimate {actual} for {expected} is off by {error:.2%}")

    def test_an_empty_sketch_counts_zero_and_has_2_to_the_p_zero_registers(self):
        hll = HyperLogLog(10)
        self.assertEqual(hll.count(), 0)
        self.assertEqual(hll.precision, 10)
        self.assertEqual(len(hll.registers()), 1024)
        self.assertTrue(all(r == 0 for r in hll.registers()))
        self.assertEqual(len(HyperLogLog().registers()), 16384)

    def test_rejects_a_precision_outside_4_to_16_with_value_error(self):
        for bad in [3, 17, 0, -1, 10.5]:
            with self.assertRaises(ValueError, msg=f"precision {bad}"):
                HyperLogLog(bad)
        self.assertEqual(len(HyperLogLog(4).registers()), 16)
        self.assertEqual(len(HyperLogLog(16).registers()), 65536)

    def test_an_item_sets_the_register_chosen_by_its_top_p_bits_to_the_rank_of_the_remaining_bits(self):
        for item, p in [("alice", 4), ("bob", 8), ("carol", 14)]:
            hll = HyperLogLog(p)
            hll.add(item)
            x = hash32(item)
            expected = [0] * 2 ** p
            expected[x // 2 ** (32 - p)] = expected_rank(x, p)
            self.assertEqual(hll.registers(), expected, f"registers after adding {item} at p = {p}")

    def test_registers_keep_the_maximum_rank_seen(self):
        hll = sketch_of(6, 0, 2000)
        expected = [0] * 64
        for i in range(2000):
            x = hash32(f"user-{i}")
            index = x // 2 ** 26
            expected[index] = max(expected[index], expected_rank(x, 6))
        self.assertEqual(hll.registers(), expected)

    def test_adding_the_same_item_again_changes_nothing(self):
        hll = sketch_of(12, 0, 50)
        before = hll.registers()
        for _ in range(20):
            for i in range(50):
                hll.add(f"user-{i}")
        self.assertEqual(hll.registers(), before)
        once = HyperLogLog(12)
        for _ in range(1000):
            once.add("same")
        self.assertEqual(once.count(), 1)

    def test_count_applies_the_documented_estimator_to_the_registers(self):
        for p, n in [(4, 5), (5, 40), (6, 200), (8, 60), (8, 5000), (12, 2000), (10, 20000)]:
            hll = sketch_of(p, 0, n, f"p{p}")
            self.assertEqual(hll.count(), estimate_from(hll.registers()), f"p = {p}, n = {n}")

    def test_counts_a_handful_of_distinct_items_almost_exactly(self):
        hll = sketch_of(14, 0, 10)
        self.assertLessEqual(abs(hll.count() - 10), 1, f"estimate {hll.count()}")
        hundred = sketch_of(14, 0, 100)
        self.assertLessEqual(abs(hundred.count() - 100), 2, f"estimate {hundred.count()}")

    def test_estimates_100000_distinct_items_within_3_percent_at_precision_14(self):
        hll = sketch_of(14, 0, 100_000)
        self.assert_within(hll.count(), 100_000, 0.03)

    def test_merging_two_disjoint_sketches_estimates_the_size_of_the_union(self):
        a = sketch_of(14, 0, 15_000)
        b = sketch_of(14, 15_000, 30_000)
        a.merge(b)
        self.assert_within(a.count(), 30_000, 0.03)
        self.assert_within(b.count(), 15_000, 0.03)

    def test_merging_overlapping_sketches_counts_shared_items_once(self):
        a = sketch_of(14, 0, 20_000)
        b = sketch_of(14, 10_000, 30_000)
        a.merge(b)
        self.assert_within(a.count(), 30_000, 0.03)

    def test_merge_takes_the_register_wise_maximum_and_is_idempotent(self):
        a = sketch_of(8, 0, 300, "a")
        b = sketch_of(8, 0, 300, "b")
        expected = [max(x, y) for x, y in zip(a.registers(), b.registers())]
        b_before = b.registers()
        a.merge(b)
        self.assertEqual(a.registers(), expected)
        self.assertEqual(b.registers(), b_before, "the other sketch is unchanged")
        a.merge(b)
        a.merge(a)
        self.assertEqual(a.registers(), expected)

    def test_merging_sketches_of_different_precision_is_a_value_error(self):
        a = HyperLogLog(10)
        b = HyperLogLog(12)
        with self.assertRaises(ValueError):
            a.merge(b)
        with self.assertRaises(ValueError):
            b.merge(a)


if __name__ == "__main__":
    unittest.main()

import math
import unittest

from bloom_filter import BloomFilter, hash32


class BloomFilterTest(unittest.TestCase):
    def test_optimal_parameters_sizes_bits_and_hashes_with_the_standard_formulas(self):
        self.assertEqual(tuple(BloomFilter.optimal_parameters(1000, 0.01)), (9586, 7))
        self.assertEqual(tuple(BloomFilter.optimal_parameters(1_000_000, 0.001)), (14_377_588, 10))

    def test_optimal_parameters_never_returns_fewer_than_one_hash(self):
        self.assertEqual(tuple(BloomFilter.optimal_parameters(100, 0.5)), (145, 1))
        self.assertEqual(tuple(BloomFilter.optimal_parameters(10, 0.9)), (3, 1))

    def test_false_positive_rate_follows_the_formula(self):
        rate = BloomFilter.false_positive_rate(10_000, 4, 1000)
        self.assertAlmostEqual(rate, (1 - math.exp(-0.4)) ** 4, places=12)
        self.assertEqual(BloomFilter.false_positive_rate(10_000, 4, 0), 0)

    def test_for_capacity_builds_a_filter_with_the_optimal_parameters(self):
        bloom = BloomFilter.for_capacity(1000, 0.01)
        self.assertEqual(bloom.bit_count, 9586)
        self.assertEqual(bloom.hash_count, 7)

    def test_rejects_an_invalid_expected_item_count_or_target_rate_with_value_error(self):
        for n, p in [(0, 0.01), (-5, 0.01), (10.5, 0.01), (100, 0), (100, 1)]:
            with self.assertRaises(ValueError, msg=f"n={n}, p={p}"):
                BloomFilter.optimal_parameters(n, p)
        with self.assertRaises(ValueError):
            BloomFilter.for_capacity(100, 1.5)

    def test_rejects_a_bit_count_or_hash_count_that_is_not_a_positive_integer_with_value_error(self):
        for bits, hashes in [(0, 3), (100, 0), (100.5, 3), (100, -1)]:
            with self.assertRaises(ValueError, msg=f"bits={bits}, hashes={hashes}"):
                BloomFilter(bits, hashes)

    def test_an_empty_filter_reports_every_item_as_absent(self):
        bloom = BloomFilter(1024, 5)
        for i in range(200):
            self.assertFalse(bloom.might_contain(f"item-{i}"))

    def test_derives_the_bit_positions_by_double_hashing_with_hash32_seeds_0_and_1(self):
        bloom = BloomFilter(1009, 6)
        for item in ["alice", "bob", "", "ünïcödé"]:
            h1 = hash32(item, 0)
            h2 = hash32(item, 1)
            expected = [(h1 + i * h2) % 1009 for i in range(6)]
            self.assertEqual(bloom.indexes(item), expected, f"indexes of {item!r}")

    def test_reports_an_item_as_absent_when_any_one_of_its_bits_is_unset(self):
        bloom = BloomFilter(1000, 3)
        set_bits = set()
        for i in range(100):
            bloom.add(f"fruit-{i}")
            set_bits.update(bloom.indexes(f"fruit-{i}"))
        checked = 0
        i = 0
        while checked < 20:
            candidate = f"candidate-{i}"
            hits = sum(1 for index in bloom.indexes(candidate) if index in set_bits)
            if 0 < hits < 3:  # some of its bits are set, but not all
                self.assertFalse(bloom.might_contain(candidate), candidate)
                checked += 1
            i += 1
        self.assertTrue(bloom.might_contain("fruit-0"))

    def test_never_gives_a_false_negative_for_an_added_item(self):
        bloom = BloomFilter.for_capacity(2000, 0.01)
        for i in range(2000):
            bloom.add(f"user-{i}")
        for i in range(2000):
            self.assertTrue(bloom.might_contain(f"user-{i}"), f"user-{i}")

    def test_keeps_the_measured_false_positive_rate_near_the_configured_target(self):
        bloom = BloomFilter.for_capacity(2000, 0.01)
        for i in range(2000):
            bloom.add(f"user-{i}")
        trials = 20_000
        false_positives = sum(1 for i in range(trials) if bloom.might_contain(f"stranger-{i}"))
        rate = false_positives / trials
        self.assertTrue(0.005 <= rate <= 0.02, f"measured false-positive rate {rate}")

    def test_adding_the_same_item_again_changes_nothing(self):
        once = BloomFilter(512, 4)
        twice = BloomFilter(512, 4)
        once.add("same")
        twice.add("same")
        twice.add("same")
        for i in range(300):
            self.assertEqual(twice.might_contain(f"probe-{i}"), once.might_contain(f"probe-{i}"))
        self.assertTrue(twice.might_contain("same"))


if __name__ == "__main__":
    unittest.main()

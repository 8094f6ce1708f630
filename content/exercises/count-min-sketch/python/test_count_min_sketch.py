import unittest

from count_min_sketch import CountMinSketch, HeavyHitters, hash32


def skewed_counts():
    """A skewed stream: item-i occurs floor(2000 / (i + 1)) times, for 500 items."""
    return {f"item-{i}": 2000 // (i + 1) for i in range(500)}


def shuffled(items, seed):
    """Deterministic Fisher-Yates shuffle driven by a Park-Miller generator."""
    result = list(items)
    for i in range(len(result) - 1, 0, -1):
        seed = (seed * 48271) % 2147483647
        j = seed % (i + 1)
        result[i], result[j] = result[j], result[i]
    return result


class CountMinSketchTest(unittest.TestCase):
    def test_from_error_bounds_sizes_width_as_ceil_e_over_epsilon_and_depth_as_ceil_ln_1_over_delta(self):
        sketch = CountMinSketch.from_error_bounds(0.01, 0.01)
        self.assertEqual((sketch.width, sketch.depth), (272, 5))
        precise = CountMinSketch.from_error_bounds(0.001, 0.0001)
        self.assertEqual((precise.width, precise.depth), (2719, 10))

    def test_an_empty_sketch_estimates_zero_for_every_item(self):
        sketch = CountMinSketch(50, 4)
        self.assertEqual(sketch.estimate("anything"), 0)
        self.assertEqual(sketch.total, 0)

    def test_counts_a_lone_item_exactly_including_multi_counts(self):
        sketch = CountMinSketch(100, 4)
        sketch.add("#rust", 3)
        sketch.add("#rust")
        sketch.add("#rust", 0)
        self.assertEqual(sketch.estimate("#rust"), 4)
        self.assertEqual(sketch.total, 4)

    def test_maps_an_item_to_column_hash32_of_item_and_row_mod_width_in_each_row(self):
        sketch = CountMinSketch(97, 6)
        for item in ["a", "#trending", "ünïcode"]:
            expected = [hash32(item, row) % 97 for row in range(6)]
            self.assertEqual(sketch.indexes(item), expected, item)

    def test_estimates_the_minimum_of_the_items_counters_across_the_rows(self):
        width, depth = 16, 4
        sketch = CountMinSketch(width, depth)
        table = [[0] * width for _ in range(depth)]
        for i in range(300):
            item = f"user-{i % 120}"
            count = 1 + i % 5
            sketch.add(item, count)
            for row, column in enumerate(sketch.indexes(item)):
                table[row][column] += count
        for i in range(130):
            item = f"user-{i}"
            expected = min(table[row][column] for row, column in enumerate(sketch.indexes(item)))
            self.assertEqual(sketch.estimate(item), expected, item)

    def test_never_underestimates_a_count(self):
        sketch = CountMinSketch(64, 3)
        counts = skewed_counts()
        for item, count in counts.items():
            sketch.add(item, count)
        for item, count in counts.items():
            self.assertGreaterEqual(sketch.estimate(item), count, item)

    def test_keeps_the_overestimate_within_epsilon_times_the_total_for_all_but_delta_of_the_items(self):
        sketch = CountMinSketch.from_error_bounds(0.01, 0.01)
        counts = skewed_counts()
        for item, count in counts.items():
            sketch.add(item, count)
        bound = 0.01 * sketch.total
        too_high = sum(1 for item, count in counts.items() if sketch.estimate(item) - count > bound)
        self.assertLessEqual(too_high / len(counts), 0.01, f"{too_high} items over the bound {bound}")
        self.assertEqual(sketch.total, sum(counts.values()))

    def test_rejects_invalid_dimensions_bounds_and_counts_with_value_error(self):
        for width, depth in [(0, 3), (10, 0), (10.5, 3)]:
            with self.assertRaises(ValueError, msg=f"{width} x {depth}"):
                CountMinSketch(width, depth)
        for epsilon, delta in [(0, 0.01), (0.01, 1)]:
            with self.assertRaises(ValueError, msg=f"epsilon={epsilon}, delta={delta}"):
                CountMinSketch.from_error_bounds(epsilon, delta)
        sketch = CountMinSketch(10, 3)
        for count in [-1, 1.5]:
            with self.assertRaises(ValueError, msg=f"count={count}"):
                sketch.add("x", count)
        self.assertEqual(sketch.total, 0)

    def test_heavy_hitters_lists_the_tracked_items_by_estimate_then_name(self):
        hitters = HeavyHitters(2, 272, 5)
        for tag in ["#a", "#b", "#a", "#c", "#a", "#c"]:
            hitters.add(tag)
        self.assertEqual(hitters.top(), [("#a", 3), ("#c", 2)])
        tied = HeavyHitters(3, 272, 5)
        for tag in ["#y", "#z", "#x"]:
            tied.add(tag, 4)
        self.assertEqual(tied.top(), [("#x", 4), ("#y", 4), ("#z", 4)])
        tied.add("#w", 5)  # replaces the weakest item, the last in top() order
        self.assertEqual(tied.top(), [("#w", 5), ("#x", 4), ("#y", 4)])

    def test_heavy_hitters_finds_the_most_frequent_items_of_a_noisy_stream(self):
        events = ["#heavy-1"] * 500 + ["#heavy-2"] * 300 + ["#heavy-3"] * 200
        events += [f"#noise-{i}" for i in range(2000)]
        hitters = HeavyHitters(3, 272, 5)
        for event in shuffled(events, 9):
            hitters.add(event)
        top = hitters.top()
        self.assertEqual([item for item, _ in top], ["#heavy-1", "#heavy-2", "#heavy-3"])
        for (item, estimate), truth in zip(top, [500, 300, 200]):
            self.assertTrue(truth <= estimate <= truth + 0.01 * 3000, f"{item}: {estimate}")

    def test_heavy_hitters_lets_a_late_riser_replace_the_weakest_tracked_item(self):
        hitters = HeavyHitters(3, 272, 5)
        hitters.add("a", 100)
        hitters.add("b", 90)
        hitters.add("c", 80)
        hitters.add("d", 80)
        self.assertEqual([item for item, _ in hitters.top()], ["a", "b", "c"], "a tie does not replace")
        hitters.add("d", 70)
        self.assertEqual(hitters.top(), [("d", 150), ("a", 100), ("b", 90)])

    def test_heavy_hitters_rejects_a_k_that_is_not_a_positive_integer_with_value_error(self):
        for k, width in [(0, 100), (2.5, 100), (3, 0)]:
            with self.assertRaises(ValueError, msg=f"k={k}, width={width}"):
                HeavyHitters(k, width, 4)


if __name__ == "__main__":
    unittest.main()

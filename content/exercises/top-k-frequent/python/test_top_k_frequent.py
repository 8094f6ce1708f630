import math
import unittest

from top_k_frequent import top_k_frequent


class TopKFrequentTest(unittest.TestCase):
    def test_returns_the_k_most_frequent_items_most_frequent_first(self):
        requests = ["GET", "POST", "GET", "PUT", "POST", "GET", "DELETE"]
        self.assertEqual(top_k_frequent(requests, 2), ["GET", "POST"])
        self.assertEqual(top_k_frequent(requests, 1), ["GET"])

    def test_orders_items_with_equal_counts_alphabetically(self):
        self.assertEqual(top_k_frequent(["b", "a", "c", "a", "b", "c", "d"], 4), ["a", "b", "c", "d"])
        self.assertEqual(top_k_frequent(["a", "B", "a", "B"], 2), ["B", "a"])

    def test_keeps_the_alphabetically_first_items_when_k_cuts_through_a_tie(self):
        items = ["x", "x", "x", "pear", "fig", "kiwi", "fig", "kiwi", "pear", "apple"]
        self.assertEqual(top_k_frequent(items, 3), ["x", "fig", "kiwi"])

    def test_returns_every_distinct_item_when_k_exceeds_their_number(self):
        self.assertEqual(top_k_frequent(["a", "b", "a"], 10), ["a", "b"])

    def test_k_0_returns_an_empty_list(self):
        self.assertEqual(top_k_frequent(["a", "b", "a"], 0), [])

    def test_an_empty_input_returns_an_empty_list(self):
        self.assertEqual(top_k_frequent([], 3), [])

    def test_compares_items_exactly_including_case(self):
        logs = ["Error", "error", "error", "ERROR", "Error", "error"]
        self.assertEqual(top_k_frequent(logs, 3), ["error", "Error", "ERROR"])

    def test_a_single_repeated_item_is_returned_once(self):
        self.assertEqual(top_k_frequent(["same", "same", "same"], 2), ["same"])

    def test_does_not_modify_the_input(self):
        items = ["c", "a", "b", "a"]
        top_k_frequent(items, 2)
        self.assertEqual(items, ["c", "a", "b", "a"])

    def test_rejects_a_k_that_is_negative_or_not_an_integer_with_value_error(self):
        for items, k in [(["a"], -1), (["a"], 1.5), ([], math.nan)]:
            with self.assertRaises(ValueError, msg=f"k = {k}"):
                top_k_frequent(items, k)

    def test_matches_a_brute_force_count_on_random_inputs(self):
        seed = 5

        def next_int(n):
            nonlocal seed
            seed = (seed * 48271) % 2147483647
            return seed % n

        for round_number in range(40):
            items = [f"w{next_int(15)}" for _ in range(next_int(120))]
            k = next_int(18)
            expected = sorted(set(items), key=lambda item: (-items.count(item), item))[:k]
            self.assertEqual(top_k_frequent(items, k), expected, f"round {round_number}")

    def test_handles_a_large_input(self):
        items = [f"user-{i % 500}" for i in range(50_000)]  # 100 each
        items += ["hot-b", "hot-c"] * 300 + ["hot-a"] * 500
        self.assertEqual(top_k_frequent(items, 6), ["hot-a", "hot-b", "hot-c", "user-0", "user-1", "user-10"])


if __name__ == "__main__":
    unittest.main()

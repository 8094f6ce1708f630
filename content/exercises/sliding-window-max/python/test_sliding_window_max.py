import unittest

from sliding_window_max import sliding_window_max


def brute_force(nums, k):
    return [max(nums[i : i + k]) for i in range(len(nums) - k + 1)]


class SlidingWindowMaxTest(unittest.TestCase):
    def test_reports_the_maximum_of_every_window_of_size_k(self):
        self.assertEqual(sliding_window_max([1, 3, -1, -3, 5, 3, 6, 7], 3), [3, 3, 5, 5, 6, 7])

    def test_a_window_of_size_1_returns_a_copy_of_the_input(self):
        nums = [4, -2, 7, 7, 0]
        result = sliding_window_max(nums, 1)
        self.assertEqual(result, [4, -2, 7, 7, 0])
        self.assertIsNot(result, nums)

    def test_a_window_as_long_as_the_input_returns_the_overall_maximum(self):
        self.assertEqual(sliding_window_max([2, 9, 4, 1], 4), [9])

    def test_handles_strictly_decreasing_input(self):
        self.assertEqual(sliding_window_max([9, 8, 7, 6, 5, 4], 3), [9, 8, 7, 6])

    def test_handles_strictly_increasing_input(self):
        self.assertEqual(sliding_window_max([1, 2, 3, 4, 5, 6], 2), [2, 3, 4, 5, 6])

    def test_handles_repeated_values_including_a_maximum_that_leaves_while_its_twin_stays(self):
        self.assertEqual(sliding_window_max([5, 1, 5, 1, 1], 2), [5, 5, 5, 1])
        self.assertEqual(sliding_window_max([4, 4, 4, 1], 2), [4, 4, 4])
        self.assertEqual(sliding_window_max([3, 3, 3, 3], 3), [3, 3])
        self.assertEqual(sliding_window_max([7, 2, 7, 2, 2, 2], 3), [7, 7, 7, 2])

    def test_handles_negative_numbers(self):
        self.assertEqual(sliding_window_max([-5, -3, -8, -1, -9, -2], 2), [-3, -3, -1, -1, -2])

    def test_an_empty_input_gives_no_windows(self):
        self.assertEqual(sliding_window_max([], 3), [])

    def test_a_window_larger_than_the_input_gives_no_windows(self):
        self.assertEqual(sliding_window_max([1, 2], 3), [])

    def test_does_not_modify_the_input(self):
        nums = [3, 1, 4, 1, 5, 9, 2, 6]
        sliding_window_max(nums, 3)
        self.assertEqual(nums, [3, 1, 4, 1, 5, 9, 2, 6])

    def test_rejects_a_window_size_that_is_not_a_positive_integer_with_value_error(self):
        for nums, k in [([1, 2, 3], 0), ([1, 2, 3], -2), ([1, 2, 3], 1.5), ([], 0)]:
            with self.assertRaises(ValueError, msg=f"k = {k}"):
                sliding_window_max(nums, k)

    def test_matches_a_brute_force_scan_on_random_inputs(self):
        seed = 99

        def next_int(n):
            nonlocal seed
            seed = (seed * 48271) % 2147483647
            return seed % n

        for _ in range(60):
            nums = [next_int(21) - 10 for _ in range(1 + next_int(80))]
            k = 1 + next_int(len(nums) + 2)
            self.assertEqual(sliding_window_max(nums, k), brute_force(nums, k), f"k = {k}, nums = {nums}")


if __name__ == "__main__":
    unittest.main()

import unittest

from multipart_upload_planner import (
    MAX_OBJECT_SIZE,
    MIB,
    CompletedPart,
    IncompleteUploadError,
    Part,
    UploadTracker,
    plan_parts,
)

GIB = 1024 * MIB


def tracker(count, max_attempts=3):
    return UploadTracker(plan_parts(count * 5 * MIB, 5 * MIB), max_attempts)


def numbers(parts):
    return [part.part_number for part in parts]


class MultipartUploadPlannerTest(unittest.TestCase):
    def assert_covers(self, parts, total_size):
        """Parts are numbered from 1, contiguous, cover total_size and share one size except the last."""
        offset = 0
        for i, part in enumerate(parts):
            self.assertEqual(part.part_number, i + 1)
            self.assertEqual(part.offset, offset)
            if i < len(parts) - 1:
                self.assertEqual(part.size, parts[0].size)
            offset += part.size
        self.assertEqual(offset, total_size)
        self.assertLessEqual(len(parts), 10_000)
        self.assertTrue(parts[-1].size > 0 or total_size == 0, "no empty trailing part")

    def test_plans_a_single_part_for_a_file_smaller_than_the_minimum_part_size(self):
        self.assertEqual(plan_parts(MIB), [Part(1, 0, MIB)])

    def test_splits_a_file_into_parts_of_the_chosen_size_with_a_smaller_last_part(self):
        self.assertEqual(
            plan_parts(20 * MIB + 1, 8 * MIB),
            [Part(1, 0, 8 * MIB), Part(2, 8 * MIB, 8 * MIB), Part(3, 16 * MIB, 4 * MIB + 1)],
        )

    def test_adds_no_empty_part_when_the_size_is_an_exact_multiple_of_the_part_size(self):
        self.assertEqual(plan_parts(16 * MIB, 8 * MIB), [Part(1, 0, 8 * MIB), Part(2, 8 * MIB, 8 * MIB)])

    def test_plans_one_empty_part_for_an_empty_file(self):
        self.assertEqual(plan_parts(0), [Part(1, 0, 0)])

    def test_grows_the_part_size_to_whole_mib_so_that_no_more_than_10000_parts_are_needed(self):
        parts = plan_parts(100 * GIB, 8 * MIB)  # 8 MiB parts would need 12,800
        self.assertEqual(len(parts), 9_310)
        self.assertEqual(parts[0].size, 11 * MIB)
        self.assertEqual(parts[-1], Part(9_310, 9_309 * 11 * MIB, MIB))

    def test_allows_exactly_10000_parts(self):
        parts = plan_parts(10_000 * 5 * MIB, 5 * MIB)
        self.assertEqual(len(parts), 10_000)
        self.assertEqual(parts[9_999].size, 5 * MIB)
        odd = plan_parts(10_000 * (5 * MIB + 1), 5 * MIB + 1)  # a size that is not whole MiB is kept too
        self.assertEqual(len(odd), 10_000)
        self.assertEqual(odd[0].size, 5 * MIB + 1)

    def test_covers_every_file_exactly_with_contiguous_parts_of_one_size(self):
        for total, part_size in (
            (5 * MIB, 5 * MIB),
            (123_456_789, 5 * MIB),
            (50 * GIB + 3, 5 * MIB),
            (MAX_OBJECT_SIZE, 5 * GIB),
            (MAX_OBJECT_SIZE, 8 * MIB),
        ):
            parts = plan_parts(total, part_size)
            self.assert_covers(parts, total)
            self.assertEqual(parts[0].size % MIB, 0)
        self.assertEqual(plan_parts(MAX_OBJECT_SIZE, 8 * MIB)[0].size, 525 * MIB)

    def test_rejects_part_sizes_outside_5_mib_to_5_gib_and_totals_outside_0_to_5_tib_with_value_error(self):
        for total, part_size in (
            (GIB, 5 * MIB - 1),
            (GIB, 5 * GIB + 1),
            (-1, 8 * MIB),
            (1.5, 8 * MIB),
            (MAX_OBJECT_SIZE + 1, 8 * MIB),
        ):
            with self.assertRaises(ValueError):
                plan_parts(total, part_size)

    def test_hands_out_pending_parts_lowest_number_first_up_to_the_limit_never_twice_while_in_flight(self):
        t = tracker(5)
        self.assertEqual(numbers(t.next_batch(2)), [1, 2])
        self.assertEqual(numbers(t.next_batch(2)), [3, 4])
        self.assertEqual(numbers(t.next_batch(10)), [5])
        self.assertEqual(t.next_batch(10), [])
        self.assertEqual(t.attempts(1), 1)
        self.assertEqual(t.status(), "in-progress")

    def test_puts_a_failed_part_back_in_line_for_another_attempt(self):
        t = tracker(4)
        t.next_batch(2)
        t.complete(1, '"e1"')
        self.assertTrue(t.fail(2))
        self.assertEqual(numbers(t.next_batch(2)), [2, 3])
        self.assertEqual(t.attempts(2), 2)
        self.assertEqual(t.attempts(3), 1)

    def test_fails_the_upload_once_a_part_has_failed_max_attempts_times(self):
        t = tracker(3, 2)
        t.next_batch(3)
        self.assertTrue(t.fail(1))
        t.next_batch(3)
        self.assertFalse(t.fail(1))
        self.assertEqual(t.status(), "failed")
        t.fail(2)
        self.assertEqual(t.next_batch(3), [])
        by_default = UploadTracker(plan_parts(5 * MIB, 5 * MIB))  # max_attempts defaults to 3
        outcomes = []
        for _ in range(3):
            by_default.next_batch(1)
            outcomes.append(by_default.fail(1))
        self.assertEqual(outcomes, [True, True, False])

    def test_lists_completed_parts_in_part_number_order_whatever_order_they_finished_in(self):
        t = tracker(4)
        t.next_batch(4)
        t.complete(3, '"e3"')
        t.complete(1, '"e1"')
        t.fail(4)
        t.complete(2, '"e2"')
        t.next_batch(4)
        t.complete(4, '"e4-retry"')
        self.assertEqual(t.status(), "complete")
        self.assertEqual(
            t.completion_list(),
            [CompletedPart(1, '"e1"'), CompletedPart(2, '"e2"'), CompletedPart(3, '"e3"'), CompletedPart(4, '"e4-retry"')],
        )

    def test_refuses_to_build_the_completion_list_while_parts_are_missing(self):
        t = tracker(2)
        t.next_batch(2)
        t.complete(2, '"e2"')
        with self.assertRaises(IncompleteUploadError):
            t.completion_list()

    def test_rejects_unknown_part_numbers_and_batch_limits_below_1_with_value_error(self):
        t = tracker(2)
        with self.assertRaises(ValueError):
            t.complete(3, '"e3"')
        with self.assertRaises(ValueError):
            t.fail(0)
        with self.assertRaises(ValueError):
            t.attempts(7)
        with self.assertRaises(ValueError):
            t.next_batch(0)


if __name__ == "__main__":
    unittest.main()

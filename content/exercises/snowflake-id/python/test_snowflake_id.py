import unittest

from snowflake_id import (
    DEFAULT_EPOCH,
    ClockMovedBackwardsError,
    SnowflakeGenerator,
    SnowflakeParts,
    parse_snowflake,
)


class ManualClock:
    """A fake clock the test moves by hand."""

    def __init__(self, start: int) -> None:
        self.now = start

    def __call__(self) -> int:
        return self.now


class SnowflakeIdTest(unittest.TestCase):
    def test_packs_the_timestamp_worker_id_and_sequence_into_the_41_10_12_bit_layout(self):
        gen = SnowflakeGenerator(worker_id=3, clock=lambda: DEFAULT_EPOCH + 5)
        self.assertEqual(gen.next_id(), (5 << 22) | (3 << 12) | 0)
        self.assertEqual(gen.next_id(), 20983809)

        now = 1_700_000_000_000
        big = SnowflakeGenerator(worker_id=1023, clock=lambda: now)
        self.assertEqual(big.next_id(), ((now - 1_288_834_974_657) << 22) | (1023 << 12))

    def test_measures_the_timestamp_from_a_custom_epoch_when_one_is_given(self):
        gen = SnowflakeGenerator(worker_id=1, clock=lambda: 1_000_007, epoch=1_000_000)
        self.assertEqual(gen.next_id(), (7 << 22) | (1 << 12))
        self.assertEqual(
            parse_snowflake((7 << 22) | (1 << 12), epoch=1_000_000),
            SnowflakeParts(timestamp=1_000_007, worker_id=1, sequence=0),
        )

    def test_numbers_ids_within_the_same_millisecond_with_an_increasing_sequence(self):
        gen = SnowflakeGenerator(worker_id=7, clock=lambda: DEFAULT_EPOCH + 100)
        sequences = [parse_snowflake(gen.next_id()).sequence for _ in range(3)]
        self.assertEqual(sequences, [0, 1, 2])

    def test_restarts_the_sequence_at_zero_in_a_new_millisecond(self):
        clock = ManualClock(DEFAULT_EPOCH + 100)
        gen = SnowflakeGenerator(worker_id=7, clock=clock)
        for _ in range(3):
            gen.next_id()
        clock.now += 1
        self.assertEqual(
            parse_snowflake(gen.next_id()),
            SnowflakeParts(timestamp=DEFAULT_EPOCH + 101, worker_id=7, sequence=0),
        )

    def test_issues_strictly_increasing_ids_as_time_moves_on(self):
        clock = ManualClock(DEFAULT_EPOCH + 1_000)
        gen = SnowflakeGenerator(worker_id=512, clock=clock)
        ids = []
        for i in range(1_000):
            if i % 7 == 0:
                clock.now += 1 + (i % 3)
            ids.append(gen.next_id())
        for i in range(1, len(ids)):
            self.assertGreater(ids[i], ids[i - 1], f"id {i} is not greater than id {i - 1}")

    def test_parse_snowflake_recovers_the_timestamp_worker_id_and_sequence_of_an_id(self):
        gen = SnowflakeGenerator(worker_id=1023, clock=ManualClock(1_650_000_000_123))
        gen.next_id()
        second = gen.next_id()
        self.assertEqual(
            parse_snowflake(second),
            SnowflakeParts(timestamp=1_650_000_000_123, worker_id=1023, sequence=1),
        )
        self.assertEqual(
            parse_snowflake(4095 | (5 << 12) | (9 << 22)),
            SnowflakeParts(timestamp=DEFAULT_EPOCH + 9, worker_id=5, sequence=4095),
        )

    def test_waits_for_the_next_millisecond_when_all_4096_sequence_numbers_are_used(self):
        start = DEFAULT_EPOCH + 1_000
        state = {"now": start, "waiting": False, "polls": 0}

        def clock() -> int:
            if state["waiting"]:
                state["polls"] += 1
                if state["polls"] == 3:
                    state["now"] = start + 3  # the clock only moves after a few polls
            return state["now"]

        gen = SnowflakeGenerator(worker_id=2, clock=clock)
        ids = [gen.next_id() for _ in range(4096)]
        self.assertEqual(parse_snowflake(ids[-1]).sequence, 4095)

        state["waiting"] = True
        following = gen.next_id()
        self.assertGreaterEqual(state["polls"], 3, "next_id must keep reading the clock until it moves on")
        self.assertEqual(
            parse_snowflake(following), SnowflakeParts(timestamp=start + 3, worker_id=2, sequence=0)
        )
        self.assertEqual(len(set(ids + [following])), 4097)

    def test_rejects_a_clock_that_moves_backwards_with_clock_moved_backwards_error(self):
        clock = ManualClock(DEFAULT_EPOCH + 500)
        gen = SnowflakeGenerator(worker_id=1, clock=clock)
        gen.next_id()
        clock.now -= 1
        with self.assertRaises(ClockMovedBackwardsError):
            gen.next_id()

    def test_continues_without_duplicates_once_the_clock_has_caught_up_again(self):
        clock = ManualClock(DEFAULT_EPOCH + 500)
        gen = SnowflakeGenerator(worker_id=1, clock=clock)
        first = gen.next_id()
        clock.now -= 10
        with self.assertRaises(ClockMovedBackwardsError):
            gen.next_id()
        clock.now += 10  # back at the last id's millisecond
        second = gen.next_id()
        self.assertGreater(second, first)
        self.assertEqual(
            parse_snowflake(second), SnowflakeParts(timestamp=DEFAULT_EPOCH + 500, worker_id=1, sequence=1)
        )

    def test_rejects_worker_ids_outside_0_to_1023_with_value_error(self):
        def clock() -> int:
            return DEFAULT_EPOCH

        for bad in (-1, 1024, 1.5):
            with self.assertRaises(ValueError):
                SnowflakeGenerator(worker_id=bad, clock=clock)
        self.assertEqual(parse_snowflake(SnowflakeGenerator(worker_id=0, clock=clock).next_id()).worker_id, 0)
        self.assertEqual(
            parse_snowflake(SnowflakeGenerator(worker_id=1023, clock=clock).next_id()).worker_id, 1023
        )

    def test_rejects_clock_readings_before_the_epoch_or_beyond_41_bits_with_value_error(self):
        early = SnowflakeGenerator(worker_id=1, clock=lambda: DEFAULT_EPOCH - 1)
        with self.assertRaises(ValueError):
            early.next_id()
        late = SnowflakeGenerator(worker_id=1, clock=lambda: DEFAULT_EPOCH + 2**41)
        with self.assertRaises(ValueError):
            late.next_id()

    def test_keeps_the_last_41_bit_millisecond_positive_and_below_2_to_the_63(self):
        gen = SnowflakeGenerator(worker_id=1023, clock=lambda: DEFAULT_EPOCH + 2**41 - 1)
        gen.next_id()
        snowflake_id = gen.next_id()
        self.assertEqual(snowflake_id, (2**41 - 1) * 2**22 + 1023 * 4096 + 1)
        self.assertTrue(0 < snowflake_id < 2**63)


if __name__ == "__main__":
    unittest.main()

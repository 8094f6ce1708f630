import math
import unittest

from sliding_window_limiter import SlidingLogLimiter, SlidingWindowCounterLimiter


class FakeClock:
    """A clock the test moves by hand (milliseconds)."""

    def __init__(self, start: float = 0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def acquire_many(limiter, key: str, n: int) -> int:
    """Call try_acquire n times and return how many were allowed."""
    return sum(1 for _ in range(n) if limiter.try_acquire(key))


class SlidingWindowLimiterTest(unittest.TestCase):
    def test_sliding_log_allows_up_to_the_limit_within_a_window_and_then_rejects(self):
        clock = FakeClock()
        limiter = SlidingLogLimiter(3, 1000, clock)
        self.assertEqual(limiter.try_acquire("a"), True)
        self.assertEqual(limiter.try_acquire("a"), True)
        self.assertEqual(limiter.try_acquire("a"), True)
        self.assertEqual(limiter.try_acquire("a"), False)
        clock.now = 999
        self.assertEqual(limiter.try_acquire("a"), False)

    def test_sliding_log_stops_counting_a_request_exactly_one_window_later(self):
        clock = FakeClock()
        limiter = SlidingLogLimiter(1, 1000, clock)
        self.assertEqual(limiter.try_acquire("a"), True)
        clock.now = 999
        self.assertEqual(limiter.try_acquire("a"), False)
        clock.now = 1000
        self.assertEqual(limiter.try_acquire("a"), True)

    def test_sliding_log_holds_a_burst_straddling_a_fixed_window_boundary_to_the_limit(self):
        clock = FakeClock(990)
        limiter = SlidingLogLimiter(10, 1000, clock)
        self.assertEqual(acquire_many(limiter, "a", 10), 10)
        clock.now = 1010  # a fixed window would have reset at 1000
        self.assertEqual(acquire_many(limiter, "a", 10), 0)
        clock.now = 1989
        self.assertEqual(limiter.try_acquire("a"), False)
        clock.now = 1990
        self.assertEqual(acquire_many(limiter, "a", 12), 10)

    def test_sliding_log_frees_slots_one_at_a_time_as_old_requests_expire(self):
        clock = FakeClock()
        limiter = SlidingLogLimiter(3, 1000, clock)
        self.assertEqual(limiter.try_acquire("a"), True)
        clock.now = 300
        self.assertEqual(limiter.try_acquire("a"), True)
        clock.now = 600
        self.assertEqual(limiter.try_acquire("a"), True)
        clock.now = 1000
        self.assertEqual(limiter.try_acquire("a"), True)
        self.assertEqual(limiter.try_acquire("a"), False)
        clock.now = 1299
        self.assertEqual(limiter.try_acquire("a"), False)
        clock.now = 1300
        self.assertEqual(limiter.try_acquire("a"), True)

    def test_sliding_log_does_not_record_rejected_requests(self):
        clock = FakeClock()
        limiter = SlidingLogLimiter(2, 1000, clock)
        self.assertEqual(acquire_many(limiter, "a", 2), 2)
        clock.now = 500
        self.assertEqual(acquire_many(limiter, "a", 3), 0)
        clock.now = 1000
        self.assertEqual(acquire_many(limiter, "a", 3), 2)

    def test_each_key_has_its_own_budget(self):
        clock = FakeClock()
        log = SlidingLogLimiter(2, 1000, clock)
        counter = SlidingWindowCounterLimiter(2, 1000, clock)
        self.assertEqual(acquire_many(log, "alice", 5), 2)
        self.assertEqual(acquire_many(log, "bob", 5), 2)
        self.assertEqual(acquire_many(counter, "alice", 5), 2)
        self.assertEqual(acquire_many(counter, "bob", 5), 2)
        self.assertEqual(counter.estimate("carol"), 0)

    def test_sliding_window_counter_allows_up_to_the_limit_in_a_fresh_window_and_then_rejects(self):
        clock = FakeClock(200)
        limiter = SlidingWindowCounterLimiter(3, 1000, clock)
        self.assertEqual(acquire_many(limiter, "a", 3), 3)
        self.assertEqual(limiter.try_acquire("a"), False)
        clock.now = 999
        self.assertEqual(limiter.try_acquire("a"), False)
        self.assertEqual(limiter.estimate("a"), 3)

    def test_sliding_window_counter_weights_the_previous_window_by_how_much_of_it_still_overlaps(self):
        clock = FakeClock(990)
        limiter = SlidingWindowCounterLimiter(10, 1000, clock)
        self.assertEqual(acquire_many(limiter, "a", 10), 10)
        clock.now = 1010  # 99% of the previous window still overlaps: 10 * 0.99 = 9.9
        self.assertEqual(limiter.estimate("a"), 9.9)
        self.assertEqual(acquire_many(limiter, "a", 10), 1)
        clock.now = 1500  # 10 * 0.5 + 1 = 6
        self.assertEqual(limiter.estimate("a"), 6)
        self.assertEqual(acquire_many(limiter, "a", 10), 4)
        clock.now = 2000  # the window 1000..1999 (5 requests) is now the previous one, fully overlapping
        self.assertEqual(limiter.estimate("a"), 5)

    def test_sliding_window_counter_forgets_a_window_that_ended_more_than_one_window_ago(self):
        clock = FakeClock(500)
        limiter = SlidingWindowCounterLimiter(10, 1000, clock)
        self.assertEqual(acquire_many(limiter, "a", 10), 10)
        clock.now = 2100  # the previous window (1000..1999) saw nothing
        self.assertEqual(limiter.estimate("a"), 0)
        self.assertEqual(acquire_many(limiter, "a", 12), 10)

    def test_sliding_window_counter_does_not_count_rejected_requests(self):
        clock = FakeClock()
        limiter = SlidingWindowCounterLimiter(2, 1000, clock)
        self.assertEqual(acquire_many(limiter, "a", 2), 2)
        clock.now = 100
        self.assertEqual(acquire_many(limiter, "a", 5), 0)
        clock.now = 1500  # 2 * 0.5 + 0 = 1
        self.assertEqual(limiter.estimate("a"), 1)
        self.assertEqual(acquire_many(limiter, "a", 5), 1)

    def test_estimate_consumes_nothing(self):
        clock = FakeClock()
        limiter = SlidingWindowCounterLimiter(1, 1000, clock)
        for _ in range(5):
            self.assertEqual(limiter.estimate("a"), 0)
        self.assertEqual(limiter.try_acquire("a"), True)
        self.assertEqual(limiter.estimate("a"), 1)
        self.assertEqual(limiter.try_acquire("a"), False)

    def test_rejects_a_limit_that_is_not_a_positive_integer_or_a_window_that_is_not_positive(self):
        clock = FakeClock()
        for limiter_class in (SlidingLogLimiter, SlidingWindowCounterLimiter):
            with self.assertRaises(ValueError):
                limiter_class(0, 1000, clock)
            with self.assertRaises(ValueError):
                limiter_class(1.5, 1000, clock)
            with self.assertRaises(ValueError):
                limiter_class(5, 0, clock)
            with self.assertRaises(ValueError):
                limiter_class(5, -10, clock)
            with self.assertRaises(ValueError):
                limiter_class(5, math.nan, clock)


if __name__ == "__main__":
    unittest.main()

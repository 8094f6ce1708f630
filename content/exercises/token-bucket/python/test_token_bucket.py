import math
import unittest

from token_bucket import TokenBucket


class FakeClock:
    """A clock the test moves by hand (milliseconds)."""

    def __init__(self, start: float = 0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


class TokenBucketTest(unittest.TestCase):
    def test_a_new_bucket_starts_full_and_allows_a_burst_of_capacity_requests(self):
        clock = FakeClock()
        bucket = TokenBucket(3, 1, clock)
        self.assertEqual(bucket.try_consume(), True)
        self.assertEqual(bucket.try_consume(), True)
        self.assertEqual(bucket.try_consume(), True)
        self.assertEqual(bucket.try_consume(), False)

    def test_a_rejected_request_removes_no_tokens(self):
        clock = FakeClock()
        bucket = TokenBucket(2, 1, clock)
        self.assertEqual(bucket.try_consume(2), True)
        clock.now += 500  # half a token
        self.assertEqual(bucket.try_consume(), False)
        self.assertEqual(bucket.try_consume(), False)
        clock.now += 500  # the half token earned before is still there
        self.assertEqual(bucket.try_consume(), True)

    def test_refills_at_the_configured_rate_per_second(self):
        clock = FakeClock(10_000)
        bucket = TokenBucket(10, 2, clock)
        self.assertEqual(bucket.try_consume(10), True)
        clock.now += 1000
        self.assertEqual(bucket.available(), 2)
        self.assertEqual(bucket.try_consume(), True)
        self.assertEqual(bucket.try_consume(), True)
        self.assertEqual(bucket.try_consume(), False)

    def test_partial_refills_accumulate_instead_of_being_rounded_away(self):
        clock = FakeClock()
        bucket = TokenBucket(1, 2, clock)
        self.assertEqual(bucket.try_consume(), True)
        clock.now += 250
        self.assertEqual(bucket.available(), 0.5)
        self.assertEqual(bucket.try_consume(), False)
        clock.now += 250
        self.assertEqual(bucket.try_consume(), True)

    def test_never_holds_more_than_capacity_however_long_it_sits_idle(self):
        clock = FakeClock()
        bucket = TokenBucket(4, 10, clock)
        self.assertEqual(bucket.try_consume(), True)
        clock.now += 60 * 60 * 1000
        self.assertEqual(bucket.available(), 4)
        self.assertEqual(bucket.try_consume(4), True)
        self.assertEqual(bucket.try_consume(), False)

    def test_a_request_may_cost_more_than_one_token(self):
        clock = FakeClock()
        bucket = TokenBucket(5, 1, clock)
        self.assertEqual(bucket.try_consume(3), True)
        self.assertEqual(bucket.available(), 2)
        self.assertEqual(bucket.try_consume(3), False)
        self.assertEqual(bucket.available(), 2)
        clock.now += 1000
        self.assertEqual(bucket.try_consume(3), True)
        self.assertEqual(bucket.available(), 0)

    def test_a_request_costing_exactly_capacity_succeeds_on_a_full_bucket(self):
        clock = FakeClock()
        bucket = TokenBucket(1, 1, clock)
        self.assertEqual(bucket.try_consume(1), True)
        self.assertEqual(bucket.try_consume(1), False)
        clock.now += 999
        self.assertEqual(bucket.try_consume(1), False)
        clock.now += 1
        self.assertEqual(bucket.try_consume(1), True)

    def test_a_clock_that_goes_backwards_neither_adds_nor_removes_tokens(self):
        clock = FakeClock(1000)
        bucket = TokenBucket(3, 2, clock)
        self.assertEqual(bucket.try_consume(), True)
        clock.now = 500
        self.assertEqual(bucket.available(), 2)
        self.assertEqual(bucket.try_consume(2), True)
        self.assertEqual(bucket.try_consume(), False)
        clock.now = 1000  # back to the latest reading: that time was already counted
        self.assertEqual(bucket.available(), 0)
        clock.now = 1500
        self.assertEqual(bucket.available(), 1)

    def test_retry_after_ms_reports_the_wait_until_enough_tokens_have_refilled(self):
        clock = FakeClock()
        bucket = TokenBucket(4, 2, clock)
        self.assertEqual(bucket.retry_after_ms(), 0)
        self.assertEqual(bucket.try_consume(4), True)
        self.assertEqual(bucket.retry_after_ms(), 500)
        self.assertEqual(bucket.retry_after_ms(3), 1500)
        clock.now += 100  # 0.2 tokens; 0.8 missing at 2 per second is 400 ms
        self.assertEqual(bucket.retry_after_ms(), 400)
        self.assertAlmostEqual(bucket.available(), 0.2)

    def test_retry_after_ms_rounds_up_to_a_whole_millisecond(self):
        clock = FakeClock()
        bucket = TokenBucket(1, 3, clock)
        self.assertEqual(bucket.try_consume(), True)
        self.assertEqual(bucket.retry_after_ms(), 334)  # 1000 / 3 = 333.33...

    def test_rejects_a_capacity_or_refill_rate_that_is_not_a_positive_finite_number(self):
        clock = FakeClock()
        with self.assertRaises(ValueError):
            TokenBucket(0, 1, clock)
        with self.assertRaises(ValueError):
            TokenBucket(-1, 1, clock)
        with self.assertRaises(ValueError):
            TokenBucket(5, 0, clock)
        with self.assertRaises(ValueError):
            TokenBucket(5, math.nan, clock)
        with self.assertRaises(ValueError):
            TokenBucket(math.inf, 1, clock)

    def test_rejects_a_cost_that_is_not_positive_or_exceeds_capacity(self):
        clock = FakeClock()
        bucket = TokenBucket(3, 1, clock)
        with self.assertRaises(ValueError):
            bucket.try_consume(0)
        with self.assertRaises(ValueError):
            bucket.try_consume(-1)
        with self.assertRaises(ValueError):
            bucket.try_consume(4)
        with self.assertRaises(ValueError):
            bucket.retry_after_ms(4)
        self.assertEqual(bucket.available(), 3)


if __name__ == "__main__":
    unittest.main()

import math
import unittest

from leaky_bucket import LeakyBucket


class FakeClock:
    """A clock the test moves by hand (milliseconds)."""

    def __init__(self, start: float = 0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


class LeakyBucketTest(unittest.TestCase):
    def test_accepts_items_up_to_capacity_and_rejects_the_next_one(self):
        clock = FakeClock()
        bucket = LeakyBucket(3, 1, clock)
        self.assertEqual(bucket.offer("a"), True)
        self.assertEqual(bucket.offer("b"), True)
        self.assertEqual(bucket.offer("c"), True)
        self.assertEqual(bucket.offer("d"), False)
        self.assertEqual(bucket.size(), 3)

    def test_an_item_leaks_one_interval_after_it_arrives_at_an_empty_bucket(self):
        clock = FakeClock(1000)
        bucket = LeakyBucket(5, 2, clock)  # one leak every 500 ms
        self.assertEqual(bucket.offer("a"), True)
        self.assertEqual(bucket.next_leak_at(), 1500)
        clock.now = 1499
        self.assertEqual(bucket.drain(), [])
        self.assertEqual(bucket.size(), 1)
        clock.now = 1500
        self.assertEqual(bucket.drain(), [("a", 1500)])
        self.assertEqual(bucket.size(), 0)

    def test_a_burst_leaks_out_in_fifo_order_at_a_fixed_rate(self):
        clock = FakeClock()
        bucket = LeakyBucket(5, 4, clock)  # one leak every 250 ms
        for item in ["a", "b", "c"]:
            self.assertEqual(bucket.offer(item), True)
        clock.now = 1000
        self.assertEqual(bucket.drain(), [("a", 250), ("b", 500), ("c", 750)])

    def test_leaking_frees_room_for_new_items(self):
        clock = FakeClock()
        bucket = LeakyBucket(2, 2, clock)
        self.assertEqual(bucket.offer("a"), True)
        self.assertEqual(bucket.offer("b"), True)
        self.assertEqual(bucket.offer("c"), False)
        clock.now = 500  # "a" has leaked, even though nobody drained it yet
        self.assertEqual(bucket.size(), 1)
        self.assertEqual(bucket.offer("d"), True)
        self.assertEqual(bucket.offer("e"), False)
        clock.now = 2000
        self.assertEqual([leaked.item for leaked in bucket.drain()], ["a", "b", "d"])

    def test_an_idle_bucket_does_not_save_up_leaks_for_a_later_burst(self):
        clock = FakeClock()
        bucket = LeakyBucket(5, 1, clock)
        clock.now = 10_000
        for item in [1, 2, 3]:
            self.assertEqual(bucket.offer(item), True)
        self.assertEqual(bucket.drain(), [])
        clock.now = 11_000
        self.assertEqual(bucket.drain(), [(1, 11_000)])
        clock.now = 12_500
        self.assertEqual(bucket.drain(), [(2, 12_000)])

    def test_an_item_arriving_after_the_bucket_emptied_waits_a_full_interval_from_its_arrival(self):
        clock = FakeClock()
        bucket = LeakyBucket(5, 1, clock)
        self.assertEqual(bucket.offer("a"), True)  # leaks at 1000
        clock.now = 1500
        self.assertEqual(bucket.offer("b"), True)
        self.assertEqual(bucket.next_leak_at(), 2500)
        clock.now = 2499
        self.assertEqual(bucket.drain(), [("a", 1000)])
        clock.now = 2500
        self.assertEqual(bucket.drain(), [("b", 2500)])

    def test_an_item_queued_behind_another_leaks_one_interval_after_the_item_ahead_of_it(self):
        clock = FakeClock()
        bucket = LeakyBucket(5, 1, clock)
        self.assertEqual(bucket.offer("a"), True)  # leaks at 1000
        clock.now = 300
        self.assertEqual(bucket.offer("b"), True)  # reaches the front at 1000, leaks at 2000
        clock.now = 1999
        self.assertEqual(bucket.drain(), [("a", 1000)])
        self.assertEqual(bucket.next_leak_at(), 2000)
        clock.now = 2000
        self.assertEqual(bucket.drain(), [("b", 2000)])

    def test_a_rejected_item_is_dropped_and_never_leaks(self):
        clock = FakeClock()
        bucket = LeakyBucket(1, 1, clock)
        self.assertEqual(bucket.offer("a"), True)
        self.assertEqual(bucket.offer("dropped"), False)
        clock.now = 999
        self.assertEqual(bucket.offer("dropped too"), False)
        clock.now = 1000
        self.assertEqual(bucket.offer("b"), True)
        clock.now = 5000
        self.assertEqual(bucket.drain(), [("a", 1000), ("b", 2000)])

    def test_drain_returns_each_leaked_item_only_once(self):
        clock = FakeClock()
        bucket = LeakyBucket(3, 2, clock)
        bucket.offer("a")
        bucket.offer("b")
        clock.now = 600
        self.assertEqual(bucket.drain(), [("a", 500)])
        self.assertEqual(bucket.drain(), [])
        clock.now = 1000
        self.assertEqual(bucket.drain(), [("b", 1000)])
        self.assertEqual(bucket.drain(), [])

    def test_next_leak_at_is_none_when_the_bucket_is_empty(self):
        clock = FakeClock()
        bucket = LeakyBucket(2, 10, clock)  # one leak every 100 ms
        self.assertIsNone(bucket.next_leak_at())
        bucket.offer("a")
        bucket.offer("b")
        self.assertEqual(bucket.next_leak_at(), 100)
        clock.now = 150
        self.assertEqual(bucket.next_leak_at(), 200)
        clock.now = 200
        self.assertIsNone(bucket.next_leak_at())
        self.assertEqual(bucket.size(), 0)

    def test_rejects_a_capacity_that_is_not_a_positive_integer_or_a_leak_rate_that_is_not_positive(self):
        clock = FakeClock()
        with self.assertRaises(ValueError):
            LeakyBucket(0, 1, clock)
        with self.assertRaises(ValueError):
            LeakyBucket(2.5, 1, clock)
        with self.assertRaises(ValueError):
            LeakyBucket(2, 0, clock)
        with self.assertRaises(ValueError):
            LeakyBucket(2, -1, clock)
        with self.assertRaises(ValueError):
            LeakyBucket(2, math.inf, clock)


if __name__ == "__main__":
    unittest.main()

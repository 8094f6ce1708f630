import math
import unittest

from tumbling_window_counter import TumblingWindowCounter


def compact(windows):
    return [f"{w.window_start:g}:{w.key}:{w.count}" for w in windows]


class TumblingWindowCounterTest(unittest.TestCase):
    def test_counts_each_key_in_the_window_its_event_time_falls_in(self):
        counter = TumblingWindowCounter(1000, 0)
        counter.add("a", 0)
        counter.add("a", 999)
        counter.add("b", 500)
        counter.add("a", 1000)
        self.assertEqual(counter.flush(), [("a", 0, 1000, 2), ("b", 0, 1000, 1), ("a", 1000, 2000, 1)])

    def test_the_watermark_is_the_largest_event_time_minus_the_allowed_out_of_orderness_and_never_goes_back(self):
        counter = TumblingWindowCounter(1000, 300)
        self.assertEqual(counter.watermark(), -math.inf)
        counter.add("a", 1000)
        self.assertEqual(counter.watermark(), 700)
        counter.add("a", 800)
        self.assertEqual(counter.watermark(), 700)
        counter.add("a", 2500)
        self.assertEqual(counter.watermark(), 2200)

    def test_nothing_is_emitted_until_the_watermark_reaches_the_end_of_the_window(self):
        counter = TumblingWindowCounter(1000, 500)
        counter.add("a", 100)
        counter.add("a", 1200)  # watermark 700
        self.assertEqual(counter.emit(), [])
        counter.add("a", 1499)  # watermark 999
        self.assertEqual(counter.emit(), [])
        counter.add("a", 1500)  # watermark 1000: [0, 1000) closes exactly now
        self.assertEqual(counter.emit(), [("a", 0, 1000, 1)])

    def test_out_of_order_events_are_counted_while_their_window_is_still_open(self):
        counter = TumblingWindowCounter(1000, 500)
        self.assertEqual(counter.add("a", 100), True)
        self.assertEqual(counter.add("a", 1300), True)  # watermark 800
        self.assertEqual(counter.add("a", 850), True)  # older, but [0, 1000) is still open
        self.assertEqual(counter.add("a", 1600), True)  # watermark 1100
        self.assertEqual(counter.emit(), [("a", 0, 1000, 2)])
        self.assertEqual(counter.dropped_count(), 0)

    def test_an_event_for_a_window_that_has_closed_is_dropped_as_late(self):
        counter = TumblingWindowCounter(1000, 500)
        counter.add("a", 200)
        counter.add("a", 1500)  # watermark 1000: [0, 1000) is closed
        self.assertEqual(counter.add("a", 999), False)
        self.assertEqual(counter.add("b", 0), False)
        self.assertEqual(counter.add("a", 1000), True)  # [1000, 2000) is still open
        self.assertEqual(counter.dropped_count(), 2)
        self.assertEqual(counter.flush(), [("a", 0, 1000, 1), ("a", 1000, 2000, 2)])

    def test_with_no_allowed_out_of_orderness_any_event_older_than_the_newest_window_is_late(self):
        counter = TumblingWindowCounter(1000, 0)
        counter.add("a", 500)
        counter.add("a", 1500)
        self.assertEqual(counter.add("a", 700), False)
        self.assertEqual(counter.add("a", 1000), True)
        self.assertEqual([(w.window_start, w.count) for w in counter.flush()], [(0, 1), (1000, 2)])
        self.assertEqual(counter.dropped_count(), 1)

    def test_emit_returns_each_closed_window_once_ordered_by_window_start_then_key(self):
        counter = TumblingWindowCounter(100, 100)
        counter.add("zeta", 10)
        counter.add("alpha", 150)
        counter.add("alpha", 20)
        counter.add("mid", 120)
        counter.add("beta", 40)
        counter.add("x", 300)  # watermark 200 closes [0, 100) and [100, 200)
        self.assertEqual(
            compact(counter.emit()),
            ["0:alpha:1", "0:beta:1", "0:zeta:1", "100:alpha:1", "100:mid:1"],
        )
        self.assertEqual(counter.emit(), [])

    def test_the_result_depends_on_event_time_not_on_arrival_order(self):
        events = [("a", 10), ("b", 20), ("a", 950), ("a", 1010), ("b", 1999), ("a", 2000), ("b", 2500), ("a", 40)]
        results = []
        for stream in (events, list(reversed(events))):
            counter = TumblingWindowCounter(1000, 5000)
            for key, time in stream:
                self.assertEqual(counter.add(key, time), True)
            results.append(counter.flush())
        self.assertEqual(results[0], results[1])
        self.assertEqual(
            compact(results[0]),
            ["0:a:3", "0:b:1", "1000:a:1", "1000:b:1", "2000:a:1", "2000:b:1"],
        )

    def test_flush_closes_every_open_window_at_the_end_of_the_stream(self):
        counter = TumblingWindowCounter(1000, 10_000)
        counter.add("a", 100)
        counter.add("a", 5100)
        self.assertEqual(counter.emit(), [])
        self.assertEqual(counter.flush(), [("a", 0, 1000, 1), ("a", 5000, 6000, 1)])
        self.assertEqual(counter.flush(), [])

    def test_rejects_an_invalid_window_size_out_of_orderness_or_event_time(self):
        with self.assertRaises(ValueError):
            TumblingWindowCounter(0, 0)
        with self.assertRaises(ValueError):
            TumblingWindowCounter(-1000, 0)
        with self.assertRaises(ValueError):
            TumblingWindowCounter(1000, -1)
        with self.assertRaises(ValueError):
            TumblingWindowCounter(1000, math.inf)
        counter = TumblingWindowCounter(1000, 0)
        with self.assertRaises(ValueError):
            counter.add("a", math.nan)
        with self.assertRaises(ValueError):
            counter.add("a", math.inf)
        self.assertEqual(counter.dropped_count(), 0)


if __name__ == "__main__":
    unittest.main()

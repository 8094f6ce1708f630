import unittest

from sliding_window_protocol import Segment, SlidingWindowReceiver, SlidingWindowSender


def seqs(segments):
    return [s.seq for s in segments]


def sender(window_size, payloads, timeout_ms=100):
    s = SlidingWindowSender(window_size, timeout_ms)
    s.enqueue(payloads)
    return s


def mulberry32(seed):
    """A small seeded pseudo-random generator: the channel's losses are random but repeatable."""
    state = seed & 0xFFFFFFFF

    def next_float():
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = state
        t = ((t ^ (t >> 15)) * (t | 1)) & 0xFFFFFFFF
        t = ((t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF) ^ t
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    return next_float


def transfer(payloads, window_size, seed):
    """Run both ends over a channel that loses 30% of data segments and 20% of acks (seeded), in
    steps of 10 ms, until the sender is done or 200 simulated seconds have passed."""
    random = mulberry32(seed)
    tx = sender(window_size, payloads)
    rx = SlidingWindowReceiver(window_size)
    transmissions = 0
    now = 0
    while now <= 200_000 and not tx.is_done():
        for segment in tx.poll(now):
            transmissions += 1
            if random() < 0.3:
                continue  # data segment lost
            ack = rx.receive(segment)
            if random() >= 0.2:
                tx.on_ack(ack)  # else the ack is lost
        now += 10
    return rx.delivered(), tx.is_done(), transmissions


class SlidingWindowProtocolTest(unittest.TestCase):
    def test_sends_at_most_window_size_segments_before_any_acknowledgement(self):
        tx = sender(3, ["a", "b", "c", "d", "e"])
        self.assertEqual(tx.poll(0), [Segment(0, "a"), Segment(1, "b"), Segment(2, "c")])

    def test_sends_nothing_new_while_the_window_is_full(self):
        tx = sender(3, ["a", "b", "c", "d", "e"])
        tx.poll(0)
        self.assertEqual(tx.poll(10), [])
        self.assertEqual(tx.in_flight(), 3)

    def test_slides_the_window_on_a_cumulative_ack_and_sends_the_next_segments(self):
        tx = sender(3, ["a", "b", "c", "d", "e"])
        tx.poll(0)
        tx.on_ack(2)
        self.assertEqual(tx.in_flight(), 1)
        self.assertEqual(tx.poll(10), [Segment(3, "d"), Segment(4, "e")])
        self.assertEqual(tx.in_flight(), 3)

    def test_ignores_duplicate_and_old_acks(self):
        tx = sender(2, ["a", "b", "c", "d", "e"])
        tx.poll(0)
        tx.on_ack(1)
        self.assertEqual(seqs(tx.poll(10)), [2])
        tx.on_ack(1)
        tx.on_ack(0)
        self.assertEqual(tx.poll(20), [])
        self.assertEqual(tx.in_flight(), 2)

    def test_retransmits_an_unacknowledged_segment_when_its_timeout_expires_and_not_before(self):
        tx = sender(2, ["a", "b"])
        tx.poll(0)
        tx.on_ack(1)
        self.assertEqual(tx.poll(99), [])
        self.assertEqual(tx.poll(100), [Segment(1, "b")])

    def test_never_retransmits_acknowledged_segments(self):
        tx = sender(4, ["a", "b", "c", "d"])
        tx.poll(0)
        tx.on_ack(3)
        self.assertEqual(seqs(tx.poll(100)), [3])
        tx.on_ack(4)
        self.assertEqual(tx.poll(10_000), [])

    def test_doubles_a_segments_timeout_with_every_retransmission(self):
        tx = sender(1, ["a"])
        tx.poll(0)
        self.assertEqual(seqs(tx.poll(100)), [0])  # next deadline 100 + 200
        self.assertEqual(tx.poll(299), [])
        self.assertEqual(seqs(tx.poll(300)), [0])  # next deadline 300 + 400
        self.assertEqual(tx.poll(699), [])
        self.assertEqual(seqs(tx.poll(700)), [0])

    def test_keeps_a_timer_per_segment_and_lists_retransmissions_before_new_segments_in_sequence_order(self):
        tx = sender(3, ["a", "b", "c", "d"])
        self.assertEqual(seqs(tx.poll(0)), [0, 1, 2])
        tx.on_ack(1)
        self.assertEqual(seqs(tx.poll(50)), [3])
        self.assertEqual(seqs(tx.poll(100)), [1, 2])  # 3 was sent at 50: due at 150
        self.assertEqual(seqs(tx.poll(150)), [3])

    def test_rejects_an_ack_for_data_that_was_never_sent_with_value_error(self):
        tx = sender(3, ["a", "b", "c", "d"])
        tx.poll(0)
        with self.assertRaises(ValueError):
            tx.on_ack(4)
        tx.on_ack(3)
        self.assertEqual(tx.in_flight(), 0)

    def test_is_done_only_when_every_enqueued_payload_has_been_acknowledged(self):
        tx = SlidingWindowSender(2, 100)
        self.assertTrue(tx.is_done())
        tx.enqueue(["a", "b", "c"])
        self.assertFalse(tx.is_done())
        tx.poll(0)
        tx.on_ack(2)
        self.assertFalse(tx.is_done())  # "c" has not even been sent
        tx.poll(10)
        tx.on_ack(3)
        self.assertTrue(tx.is_done())

    def test_delivers_in_order_segments_at_once_and_acks_the_next_expected_sequence_number(self):
        rx = SlidingWindowReceiver(4)
        self.assertEqual(rx.receive(Segment(0, "a")), 1)
        self.assertEqual(rx.receive(Segment(1, "b")), 2)
        self.assertEqual(rx.delivered(), ["a", "b"])

    def test_buffers_out_of_order_segments_and_delivers_them_once_the_gap_is_filled(self):
        rx = SlidingWindowReceiver(4)
        self.assertEqual(rx.receive(Segment(2, "c")), 0)
        self.assertEqual(rx.receive(Segment(1, "b")), 0)
        self.assertEqual(rx.delivered(), [])
        self.assertEqual(rx.receive(Segment(0, "a")), 3)
        self.assertEqual(rx.delivered(), ["a", "b", "c"])

    def test_discards_duplicates_and_segments_beyond_the_receive_window(self):
        rx = SlidingWindowReceiver(2)
        self.assertEqual(rx.receive(Segment(0, "a")), 1)
        self.assertEqual(rx.receive(Segment(0, "a")), 1)
        self.assertEqual(rx.receive(Segment(3, "d")), 1)  # window is [1, 3)
        self.assertEqual(rx.receive(Segment(2, "c")), 1)
        self.assertEqual(rx.receive(Segment(1, "b")), 3)
        self.assertEqual(rx.delivered(), ["a", "b", "c"])

    def test_delivers_everything_exactly_once_and_in_order_over_a_lossy_channel(self):
        payloads = [f"p{i}" for i in range(30)]
        for window_size in (1, 4, 8):
            delivered, done, transmissions = transfer(payloads, window_size, 7)
            self.assertTrue(done, f"window {window_size} never finished")
            self.assertEqual(delivered, payloads)
            self.assertGreater(transmissions, len(payloads), "losses must cause retransmissions")

    def test_rejects_window_sizes_below_1_or_fractional_and_non_positive_timeouts_with_value_error(self):
        with self.assertRaises(ValueError):
            SlidingWindowSender(0, 100)
        with self.assertRaises(ValueError):
            SlidingWindowSender(1.5, 100)
        with self.assertRaises(ValueError):
            SlidingWindowSender(2, 0)
        with self.assertRaises(ValueError):
            SlidingWindowReceiver(0)


if __name__ == "__main__":
    unittest.main()

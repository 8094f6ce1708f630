import math
import unittest

from message_queue import MessageQueue, UnknownGroupError


class FakeClock:
    """A clock the test moves by hand (milliseconds)."""

    def __init__(self, start: float = 0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def setup(max_deliveries=3):
    """A queue with a 1000 ms visibility timeout and one group, "g"."""
    clock = FakeClock()
    queue = MessageQueue(1000, max_deliveries, clock)
    queue.create_group("g")
    return clock, queue


def summary(deliveries):
    return [(d.id, d.body, d.attempt) for d in deliveries]


class MessageQueueTest(unittest.TestCase):
    def test_a_published_message_is_delivered_to_a_consumer_of_the_group(self):
        _, queue = setup()
        self.assertEqual(queue.publish("hello"), 1)
        self.assertEqual(queue.publish("world"), 2)
        [delivery] = queue.receive("g")
        self.assertEqual(summary([delivery]), [(1, "hello", 1)])
        self.assertIsInstance(delivery.receipt, str)

    def test_receive_returns_at_most_max_visible_messages_lowest_id_first(self):
        _, queue = setup()
        self.assertEqual(queue.receive("g", 5), [])
        for body in ["a", "b", "c", "d"]:
            queue.publish(body)
        self.assertEqual([d.body for d in queue.receive("g", 3)], ["a", "b", "c"])
        self.assertEqual([d.body for d in queue.receive("g", 3)], ["d"])
        self.assertEqual(queue.receive("g", 3), [])

    def test_a_received_message_is_hidden_from_the_rest_of_the_group_until_its_timeout(self):
        clock, queue = setup()
        queue.publish("job")
        self.assertEqual(len(queue.receive("g")), 1)
        clock.now = 999
        self.assertEqual(queue.receive("g"), [])  # a competing consumer gets nothing
        self.assertEqual(queue.depth("g"), 1)

    def test_an_unacked_message_is_redelivered_when_its_visibility_timeout_runs_out(self):
        clock, queue = setup()
        queue.publish("job")
        queue.publish("later")
        queue.receive("g")  # job, attempt 1; the consumer crashes
        clock.now = 1000
        self.assertEqual(summary(queue.receive("g", 2)), [(1, "job", 2), (2, "later", 1)])

    def test_an_acked_message_is_never_delivered_again(self):
        clock, queue = setup()
        queue.publish("job")
        [delivery] = queue.receive("g")
        self.assertEqual(queue.ack(delivery.receipt), True)
        self.assertEqual(queue.ack(delivery.receipt), False)
        clock.now = 5000
        self.assertEqual(queue.receive("g"), [])
        self.assertEqual(queue.depth("g"), 0)

    def test_only_the_latest_deliverys_receipt_can_ack_a_message(self):
        clock, queue = setup()
        queue.publish("job")
        [slow] = queue.receive("g")
        clock.now = 1500  # the slow consumer's lease ran out before it finished
        [fast] = queue.receive("g")
        self.assertNotEqual(fast.receipt, slow.receipt)
        self.assertEqual(queue.ack(slow.receipt), False)
        self.assertEqual(queue.depth("g"), 1)
        self.assertEqual(queue.ack(fast.receipt), True)
        self.assertEqual(queue.ack("no-such-receipt"), False)
        self.assertEqual(queue.depth("g"), 0)

    def test_a_late_ack_is_accepted_while_nobody_else_has_received_the_message(self):
        clock, queue = setup()
        queue.publish("job")
        [delivery] = queue.receive("g")
        clock.now = 4000
        self.assertEqual(queue.ack(delivery.receipt), True)
        self.assertEqual(queue.receive("g"), [])

    def test_nack_makes_the_message_visible_again_at_once_and_the_attempt_still_counts(self):
        _, queue = setup()
        queue.publish("job")
        [first] = queue.receive("g")
        self.assertEqual(queue.nack(first.receipt), True)
        self.assertEqual(queue.nack(first.receipt), True)  # still the latest delivery
        [second] = queue.receive("g")
        self.assertEqual(summary([second]), [(1, "job", 2)])
        self.assertEqual(queue.nack(first.receipt), False)

    def test_after_max_deliveries_failed_deliveries_the_message_moves_to_the_dead_letter_list(self):
        clock, queue = setup(3)
        queue.publish("poison")
        queue.publish("fine")
        for attempt in range(1, 4):
            deliveries = queue.receive("g")
            self.assertEqual(summary(deliveries)[0], (1, "poison", attempt))
            clock.now += 1000
        self.assertEqual(queue.dead_letters("g"), [(1, "poison", 3)])
        self.assertEqual(summary(queue.receive("g")), [(2, "fine", 1)])
        self.assertEqual(queue.depth("g"), 1)

    def test_a_nack_of_the_last_allowed_delivery_dead_letters_the_message_at_once(self):
        _, queue = setup(2)
        queue.publish("poison")
        [first] = queue.receive("g")
        queue.nack(first.receipt)
        [second] = queue.receive("g")
        self.assertEqual(second.attempt, 2)
        self.assertEqual(queue.nack(second.receipt), True)
        self.assertEqual(queue.dead_letters("g"), [(1, "poison", 2)])
        self.assertEqual(queue.receive("g"), [])
        self.assertEqual(queue.ack(second.receipt), False)

    def test_every_consumer_group_gets_its_own_copy_of_each_message(self):
        clock = FakeClock()
        queue = MessageQueue(1000, 1, clock)
        queue.create_group("billing")
        queue.create_group("email")
        queue.publish("order 17")
        [billing] = queue.receive("billing")
        [email] = queue.receive("email")
        self.assertNotEqual(billing.receipt, email.receipt)
        self.assertEqual(billing.id, 1)
        self.assertEqual(email.id, 1)
        self.assertEqual(queue.ack(billing.receipt), True)
        self.assertEqual(queue.depth("billing"), 0)
        self.assertEqual(queue.depth("email"), 1)
        clock.now = 1000  # email never acked and had only one delivery
        self.assertEqual(queue.dead_letters("email"), [(1, "order 17", 1)])
        self.assertEqual(queue.dead_letters("billing"), [])

    def test_a_group_only_receives_messages_published_after_it_was_created(self):
        _, queue = setup()
        queue.publish("before")
        queue.create_group("late")
        queue.create_group("g")  # already exists: nothing changes
        queue.publish("after")
        self.assertEqual([d.body for d in queue.receive("late", 10)], ["after"])
        self.assertEqual([d.body for d in queue.receive("g", 10)], ["before", "after"])

    def test_using_a_group_that_was_never_created_throws_unknown_group_error(self):
        _, queue = setup()
        with self.assertRaises(UnknownGroupError):
            queue.receive("nope")
        with self.assertRaises(UnknownGroupError):
            queue.depth("nope")
        with self.assertRaises(UnknownGroupError):
            queue.dead_letters("nope")

    def test_rejects_an_invalid_visibility_timeout_max_deliveries_or_receive_max(self):
        clock = FakeClock()
        with self.assertRaises(ValueError):
            MessageQueue(0, 3, clock)
        with self.assertRaises(ValueError):
            MessageQueue(math.nan, 3, clock)
        with self.assertRaises(ValueError):
            MessageQueue(1000, 0, clock)
        with self.assertRaises(ValueError):
            MessageQueue(1000, 1.5, clock)
        queue = MessageQueue(1000, 3, clock)
        queue.create_group("g")
        with self.assertRaises(ValueError):
            queue.receive("g", 0)
        with self.assertRaises(ValueError):
            queue.receive("g", 2.5)


if __name__ == "__main__":
    unittest.main()

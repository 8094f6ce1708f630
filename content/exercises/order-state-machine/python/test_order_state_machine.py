import unittest

from order_state_machine import (
    REFUND_WINDOW_MS,
    GuardRejectedError,
    IllegalTransitionError,
    Order,
    Transition,
)

TOTAL = 4_999
EVENTS = ("pay", "ship", "deliver", "cancel", "refund")


def order_in(state):
    """An order driven to ``state`` through the happy path (or cancelled right away)."""
    order = Order("o-1", TOTAL)
    if state == "created":
        return order
    if state == "cancelled":
        order.apply("cancel", 10)
        return order
    order.apply("pay", 10, amount=TOTAL)
    if state == "paid":
        return order
    order.apply("ship", 20, tracking_number="1Z999")
    if state == "shipped":
        return order
    order.apply("deliver", 30)
    if state == "delivered":
        return order
    order.apply("refund", 40)
    return order


class OrderStateMachineTest(unittest.TestCase):
    def assert_illegal(self, order, event):
        before = (order.state, order.history)
        with self.assertRaises(IllegalTransitionError) as raised:
            order.apply(event, 1_000, amount=TOTAL, tracking_number="1Z999")
        self.assertEqual((raised.exception.from_state, raised.exception.event), (before[0], event))
        self.assertEqual((order.state, order.history), before)

    def test_starts_as_created_with_an_empty_history(self):
        order = Order("o-1", TOTAL)
        self.assertEqual(order.state, "created")
        self.assertEqual(order.history, [])
        self.assertEqual(order.allowed_events(), ["pay", "cancel"])

    def test_follows_the_happy_path_and_records_every_transition_in_its_history(self):
        order = Order("o-1", TOTAL)
        self.assertEqual(order.apply("pay", 100, amount=TOTAL), "paid")
        self.assertEqual(order.apply("ship", 200, tracking_number="1Z999"), "shipped")
        self.assertEqual(order.apply("deliver", 300), "delivered")
        self.assertEqual(order.state, "delivered")
        self.assertEqual(
            order.history,
            [
                Transition("created", "paid", "pay", 100),
                Transition("paid", "shipped", "ship", 200),
                Transition("shipped", "delivered", "deliver", 300),
            ],
        )

    def test_throws_illegal_transition_error_for_an_event_the_current_state_does_not_allow_and_changes_nothing(self):
        self.assert_illegal(order_in("created"), "ship")
        self.assert_illegal(order_in("created"), "deliver")
        self.assert_illegal(order_in("created"), "refund")
        self.assert_illegal(order_in("shipped"), "pay")
        self.assert_illegal(order_in("delivered"), "ship")

    def test_accepts_no_event_at_all_in_the_terminal_states(self):
        for state in ("cancelled", "refunded"):
            order = order_in(state)
            self.assertEqual(order.allowed_events(), [])
            for event in EVENTS:
                self.assert_illegal(order, event)

    def test_rejects_a_payment_for_the_wrong_amount_with_guard_rejected_error_and_accepts_the_right_one_afterwards(self):
        order = Order("o-1", TOTAL)
        with self.assertRaises(GuardRejectedError) as raised:
            order.apply("pay", 10, amount=TOTAL - 1)
        self.assertEqual(raised.exception.event, "pay")
        with self.assertRaises(GuardRejectedError):
            order.apply("pay", 10)
        self.assertEqual(order.state, "created")
        self.assertEqual(order.history, [])
        self.assertEqual(order.apply("pay", 20, amount=TOTAL), "paid")

    def test_rejects_shipping_without_a_tracking_number(self):
        order = order_in("paid")
        with self.assertRaises(GuardRejectedError):
            order.apply("ship", 50)
        with self.assertRaises(GuardRejectedError):
            order.apply("ship", 50, tracking_number="")
        self.assertEqual(order.state, "paid")
        self.assertEqual(len(order.history), 1)

    def test_allows_cancelling_before_shipping_but_not_after(self):
        self.assertEqual(order_in("created").apply("cancel", 50), "cancelled")
        paid = order_in("paid")
        self.assertEqual(paid.apply("cancel", 50), "cancelled")
        self.assertEqual(paid.history[1], Transition("paid", "cancelled", "cancel", 50))
        self.assert_illegal(order_in("shipped"), "cancel")
        self.assert_illegal(order_in("delivered"), "cancel")

    def test_allows_a_refund_up_to_exactly_30_days_after_delivery_and_not_later(self):
        late = order_in("delivered")  # delivered at 30
        with self.assertRaises(GuardRejectedError):
            late.apply("refund", 30 + REFUND_WINDOW_MS + 1)
        self.assertEqual(late.state, "delivered")
        self.assertEqual(order_in("delivered").apply("refund", 30 + REFUND_WINDOW_MS), "refunded")

    def test_treats_a_second_payment_as_an_illegal_transition_not_a_guard_failure(self):
        self.assert_illegal(order_in("paid"), "pay")
        # The transition is checked before the guard: a wrong amount or a missing tracking
        # number on an illegal event still reports the illegal transition.
        with self.assertRaises(IllegalTransitionError):
            order_in("paid").apply("pay", 1_000, amount=1)
        with self.assertRaises(IllegalTransitionError):
            order_in("created").apply("ship", 1_000)

    def test_lists_the_allowed_events_of_every_state_in_a_fixed_order(self):
        expected = {
            "created": ["pay", "cancel"],
            "paid": ["ship", "cancel"],
            "shipped": ["deliver"],
            "delivered": ["refund"],
            "cancelled": [],
            "refunded": [],
        }
        for state, events in expected.items():
            self.assertEqual(order_in(state).allowed_events(), events, state)

    def test_returns_a_copy_of_its_history(self):
        order = order_in("paid")
        history = order.history
        history.append(Transition("paid", "refunded", "refund", 99))
        history[0] = Transition("created", "refunded", "pay", 10)
        self.assertEqual(order.history, [Transition("created", "paid", "pay", 10)])

    def test_rejects_an_event_timed_before_the_last_transition_with_value_error(self):
        order = order_in("paid")  # paid at 10
        with self.assertRaises(ValueError):
            order.apply("ship", 9, tracking_number="1Z999")
        self.assertEqual(order.state, "paid")
        self.assertEqual(order.apply("ship", 10, tracking_number="1Z999"), "shipped")

    def test_rejects_an_order_total_that_is_not_positive_with_value_error(self):
        with self.assertRaises(ValueError):
            Order("o-1", 0)
        with self.assertRaises(ValueError):
            Order("o-1", -5)


if __name__ == "__main__":
    unittest.main()

import unittest

from vector_clock import VectorClock


class VectorClockTest(unittest.TestCase):
    def test_reports_zero_for_every_node_of_a_new_clock(self):
        clock = VectorClock()
        self.assertEqual(clock.get("a"), 0)
        self.assertEqual(clock.to_dict(), {})

    def test_increments_only_the_given_node_and_returns_a_new_clock(self):
        start = VectorClock({"a": 2, "b": 1})
        following = start.increment("a")
        self.assertEqual(following.to_dict(), {"a": 3, "b": 1})
        self.assertEqual(start.to_dict(), {"a": 2, "b": 1})
        self.assertEqual(following.increment("c").to_dict(), {"a": 3, "b": 1, "c": 1})

    def test_merges_by_taking_the_element_wise_maximum_over_the_union_of_nodes(self):
        a = VectorClock({"a": 3, "b": 1})
        b = VectorClock({"b": 4, "c": 2})
        self.assertEqual(a.merge(b).to_dict(), {"a": 3, "b": 4, "c": 2})

    def test_merges_without_changing_either_input_and_is_commutative_and_idempotent(self):
        a = VectorClock({"a": 3, "b": 1})
        b = VectorClock({"b": 4, "c": 2})
        a.merge(b)
        self.assertEqual(a.to_dict(), {"a": 3, "b": 1})
        self.assertEqual(b.to_dict(), {"b": 4, "c": 2})
        self.assertEqual(a.merge(b).compare(b.merge(a)), "equal")
        self.assertEqual(a.merge(a).to_dict(), a.to_dict())
        self.assertEqual(a.merge(b).merge(b).to_dict(), a.merge(b).to_dict())

    def test_compares_clocks_with_the_same_counters_as_equal_treating_missing_nodes_as_zero(self):
        self.assertEqual(VectorClock({"a": 1, "b": 2}).compare(VectorClock({"b": 2, "a": 1})), "equal")
        self.assertEqual(VectorClock({"a": 1}).compare(VectorClock({"a": 1, "b": 0})), "equal")
        self.assertEqual(VectorClock().compare(VectorClock()), "equal")

    def test_orders_a_clock_before_another_that_dominates_it_including_nodes_it_has_never_seen(self):
        self.assertEqual(VectorClock({"a": 1, "b": 2}).compare(VectorClock({"a": 1, "b": 3})), "before")
        self.assertEqual(VectorClock({"a": 1}).compare(VectorClock({"a": 1, "b": 1})), "before")
        self.assertEqual(VectorClock().compare(VectorClock({"z": 1})), "before")

    def test_orders_the_dominating_clock_after_the_other(self):
        self.assertEqual(VectorClock({"a": 2, "b": 3}).compare(VectorClock({"a": 1, "b": 3})), "after")
        self.assertEqual(VectorClock({"a": 1, "b": 1}).compare(VectorClock({"a": 1})), "after")

    def test_reports_concurrent_clocks_when_each_has_a_counter_larger_than_the_others(self):
        self.assertEqual(VectorClock({"a": 2, "b": 1}).compare(VectorClock({"a": 1, "b": 2})), "concurrent")
        self.assertEqual(VectorClock({"a": 1}).compare(VectorClock({"b": 1})), "concurrent")
        # Equal sums do not make clocks equal; a larger sum does not make a clock later.
        self.assertEqual(VectorClock({"a": 5}).compare(VectorClock({"a": 1, "b": 1})), "concurrent")

    def test_tracks_causality_across_a_message_exchange(self):
        empty = VectorClock()
        sent = empty.increment("a")  # a sends a message stamped {a: 1}
        received = empty.increment("b").merge(sent).increment("b")  # b acted, then received it
        independent = empty.increment("c").increment("c")
        self.assertEqual(received.to_dict(), {"a": 1, "b": 2})
        self.assertEqual(sent.compare(received), "before")
        self.assertEqual(received.compare(sent), "after")
        self.assertEqual(received.compare(independent), "concurrent")
        self.assertEqual(received.merge(independent).compare(independent), "after")

    def test_exports_only_non_zero_counters_as_a_copy_the_caller_may_change(self):
        clock = VectorClock({"a": 1, "b": 0})
        exported = clock.to_dict()
        self.assertEqual(exported, {"a": 1})
        exported["a"] = 99
        exported["z"] = 5
        self.assertEqual(clock.to_dict(), {"a": 1})
        self.assertEqual(clock.get("z"), 0)

    def test_copies_the_entries_it_is_built_from(self):
        entries = {"a": 1}
        clock = VectorClock(entries)
        entries["a"] = 7
        self.assertEqual(clock.get("a"), 1)

    def test_rejects_negative_or_non_integer_counters_with_value_error(self):
        with self.assertRaises(ValueError):
            VectorClock({"a": -1})
        with self.assertRaises(ValueError):
            VectorClock({"a": 1.5})


if __name__ == "__main__":
    unittest.main()

import unittest

from crdt_counters import GCounter, PNCounter


def g_counter(replica_id, *increments):
    counter = GCounter(replica_id)
    for amount in increments:
        counter.increment(amount)
    return counter


class CrdtCountersTest(unittest.TestCase):
    def test_starts_a_g_counter_at_zero(self):
        self.assertEqual(GCounter("a").value(), 0)
        self.assertEqual(GCounter("a").state(), {})
        self.assertEqual(GCounter("a", {"a": 0, "b": 0}).state(), {})

    def test_adds_increments_to_this_replicas_own_entry_only(self):
        counter = GCounter("a", {"b": 4})
        counter.increment()
        counter.increment(2)
        self.assertEqual(counter.state(), {"a": 3, "b": 4})
        self.assertEqual(counter.value(), 7)

    def test_sums_the_entries_of_all_replicas_after_a_merge_and_keeps_this_replicas_id(self):
        merged = g_counter("a", 2).merge(g_counter("b", 3))
        self.assertEqual(merged.value(), 5)
        merged.increment()
        self.assertEqual(merged.state(), {"a": 3, "b": 3})

    def test_takes_the_per_replica_maximum_so_merging_the_same_state_twice_changes_nothing(self):
        a = g_counter("a", 2)
        b = g_counter("b", 3)
        self.assertEqual(a.merge(b).merge(b).value(), 5)
        self.assertEqual(a.merge(a).value(), 2)
        stale = GCounter("x", {"a": 1})  # an old copy of replica a
        self.assertEqual(a.merge(stale).state(), {"a": 2})
        relay = GCounter("c", {"a": 2, "c": 1})  # c already heard the newer count of a
        self.assertEqual(relay.merge(stale).state(), {"a": 2, "c": 1})

    def test_merges_commutatively_and_associatively(self):
        a = g_counter("a", 1, 1)
        b = g_counter("b", 5)
        c = GCounter("c", {"a": 1, "c": 4})
        self.assertEqual(a.merge(b).state(), b.merge(a).state())
        self.assertEqual(a.merge(b).merge(c).state(), a.merge(b.merge(c)).state())
        self.assertEqual(a.merge(b).merge(c).state(), {"a": 2, "b": 5, "c": 4})

    def test_leaves_both_inputs_of_a_merge_unchanged(self):
        a = g_counter("a", 2)
        b = g_counter("b", 3)
        a.merge(b).increment(10)
        self.assertEqual(a.state(), {"a": 2})
        self.assertEqual(b.state(), {"b": 3})

    def test_converges_on_every_replica_whatever_the_order_of_gossip(self):
        a, b, c = g_counter("a", 1, 2), g_counter("b", 4), g_counter("c", 1, 1, 1)
        orders = [
            a.merge(b).merge(c),
            c.merge(b).merge(a),
            b.merge(c.merge(a)),
            a.merge(c).merge(a).merge(b).merge(c),
        ]
        for merged in orders:
            self.assertEqual(merged.value(), 10)

    def test_rejects_g_counter_increments_that_are_not_positive_integers_and_negative_states_with_value_error(self):
        counter = GCounter("a")
        for bad in (0, -1, 1.5):
            with self.assertRaises(ValueError):
                counter.increment(bad)
        with self.assertRaises(ValueError):
            GCounter("a", {"b": -2})
        self.assertEqual(counter.value(), 0)

    def test_computes_a_pn_counters_value_as_increments_minus_decrements_which_may_be_negative(self):
        counter = PNCounter("a")
        self.assertEqual(counter.value(), 0)
        counter.increment(3)
        counter.decrement()
        self.assertEqual(counter.value(), 2)
        counter.decrement(5)
        self.assertEqual(counter.value(), -3)

    def test_keeps_a_pn_counters_increments_and_decrements_in_two_grow_only_maps(self):
        counter = PNCounter("a")
        counter.increment(5)
        counter.decrement(2)
        self.assertEqual(counter.state(), {"p": {"a": 5}, "n": {"a": 2}})

    def test_never_lets_an_old_copy_of_a_pn_counter_undo_a_later_decrement(self):
        a = PNCounter("a")
        a.increment(5)
        snapshot = PNCounter("x", a.state())
        a.decrement(2)
        self.assertEqual(a.merge(snapshot).value(), 3)
        self.assertEqual(snapshot.merge(a).value(), 3)

    def test_converges_pn_counter_replicas_that_exchange_states_in_either_direction(self):
        a = PNCounter("a")
        b = PNCounter("b")
        a.increment(10)
        a.decrement(3)
        b.increment(1)
        b.decrement(5)
        ab = a.merge(b)
        ba = b.merge(a)
        self.assertEqual(ab.value(), 3)
        self.assertEqual(ba.value(), 3)
        self.assertEqual(ab.state(), ba.state())
        self.assertEqual(ab.merge(b).merge(a).value(), 3)

    def test_rejects_pn_counter_amounts_that_are_not_positive_integers_with_value_error(self):
        counter = PNCounter("a")
        for action, amount in ((counter.decrement, -2), (counter.decrement, 0), (counter.increment, -2)):
            with self.assertRaises(ValueError):
                action(amount)
        with self.assertRaises(ValueError):
            PNCounter("a", {"p": {}, "n": {"a": -1}})
        self.assertEqual(counter.value(), 0)


if __name__ == "__main__":
    unittest.main()

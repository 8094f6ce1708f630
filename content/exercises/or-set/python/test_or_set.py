import unittest

from or_set import ORSet


def replicas():
    """Three replicas with a history of adds, removes and partial merges; rebuilt fresh on each call."""
    a, b, c = ORSet("a"), ORSet("b"), ORSet("c")
    a.add("x")
    a.add("y")
    b.merge(a)
    b.remove("x")  # removes a's x
    b.add("z")
    c.add("x")  # an x that b never saw
    c.add("w")
    c.remove("w")
    return a, b, c


class ORSetTest(unittest.TestCase):
    def test_starts_empty(self):
        s = ORSet("a")
        self.assertEqual(s.values(), [])
        self.assertFalse(s.contains("x"))

    def test_lists_added_elements_once_each_sorted(self):
        s = ORSet("a")
        s.add("pear")
        s.add("apple")
        s.add("pear")
        self.assertTrue(s.contains("pear"))
        self.assertEqual(s.values(), ["apple", "pear"])

    def test_removes_an_element_that_was_added(self):
        s = ORSet("a")
        s.add("x")
        s.add("y")
        s.remove("x")
        self.assertFalse(s.contains("x"))
        self.assertEqual(s.values(), ["y"])

    def test_ignores_the_removal_of_an_element_that_is_not_present(self):
        s = ORSet("a")
        s.add("y")
        s.remove("x")
        self.assertEqual(s.values(), ["y"])

    def test_removes_every_observed_add_of_an_element_added_twice(self):
        s = ORSet("a")
        s.add("x")
        s.add("x")
        s.remove("x")
        self.assertFalse(s.contains("x"))

    def test_makes_an_element_present_again_when_it_is_re_added_after_a_remove(self):
        s = ORSet("a")
        s.add("x")
        s.remove("x")
        s.add("x")
        self.assertTrue(s.contains("x"))
        self.assertEqual(s.values(), ["x"])

    def test_propagates_a_remove_to_replicas_that_merge_the_removers_state(self):
        a, b = ORSet("a"), ORSet("b")
        a.add("x")
        b.merge(a)
        b.remove("x")
        a.merge(b)
        self.assertFalse(a.contains("x"))
        self.assertFalse(b.contains("x"))

    def test_lets_a_concurrent_add_win_over_a_remove_that_did_not_observe_it(self):
        a, b = ORSet("a"), ORSet("b")
        a.add("milk")
        b.merge(a)
        b.remove("milk")
        a.add("milk")  # concurrent with b's remove
        a.merge(b)
        b.merge(a)
        self.assertEqual(a.values(), ["milk"])
        self.assertEqual(b.values(), ["milk"])

        c = ORSet("c")
        c.remove("milk")  # c has never seen milk: nothing to remove
        c.merge(a)
        self.assertTrue(c.contains("milk"))

    def test_tags_adds_uniquely_across_replicas_so_one_replicas_remove_spares_anothers_add(self):
        a, b = ORSet("a"), ORSet("b")
        a.add("x")
        b.add("x")
        a.remove("x")  # a has only seen its own add
        a.merge(b)
        self.assertTrue(a.contains("x"))

    def test_merges_commutatively(self):
        a1, b1, _ = replicas()
        a1.merge(b1)
        a2, b2, _ = replicas()
        b2.merge(a2)
        self.assertEqual(a1.values(), ["y", "z"])
        self.assertEqual(b2.values(), a1.values())

    def test_merges_idempotently(self):
        a, b, c = replicas()
        a.merge(b)
        a.merge(c)
        once = a.values()
        a.merge(b)
        a.merge(c)
        a.merge(a)
        self.assertEqual(a.values(), once)
        self.assertEqual(once, ["x", "y", "z"])

    def test_converges_whatever_the_grouping_and_order_of_merges(self):
        a1, b1, c1 = replicas()
        b1.merge(c1)
        a1.merge(b1)  # a + (b + c)
        a2, b2, c2 = replicas()
        c2.merge(a2)
        c2.merge(b2)  # (c + a) + b
        a3, b3, c3 = replicas()
        b3.merge(a3)
        c3.merge(b3)
        b3.merge(c3)  # b ends up with everything through c
        self.assertEqual(a1.values(), ["x", "y", "z"])
        self.assertEqual(c2.values(), ["x", "y", "z"])
        self.assertEqual(b3.values(), ["x", "y", "z"])

    def test_leaves_the_argument_of_a_merge_unchanged(self):
        a, b = ORSet("a"), ORSet("b")
        a.add("x")
        b.add("y")
        b.remove("y")
        a.merge(b)
        a.add("z")
        a.add("y")  # a new add on a must not leak into b through shared state
        self.assertEqual(a.values(), ["x", "y", "z"])
        self.assertEqual(b.values(), [])
        self.assertFalse(b.contains("x"))
        b.add("y")
        self.assertEqual(b.values(), ["y"])


if __name__ == "__main__":
    unittest.main()

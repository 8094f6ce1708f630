import unittest
from collections import Counter

from consistent_hash_ring import ConsistentHashRing, hash32

KEYS = [f"key-{i}" for i in range(10_000)]


def ring_with(nodes, virtual_nodes=100):
    ring = ConsistentHashRing(virtual_nodes)
    for node in nodes:
        ring.add_node(node)
    return ring


def owners(ring, keys):
    return [ring.get_node(key) for key in keys]


def shares(assignment):
    return {node: count / len(assignment) for node, count in Counter(assignment).items()}


class ConsistentHashRingTest(unittest.TestCase):
    def test_an_empty_ring_maps_every_key_to_none(self):
        ring = ConsistentHashRing()
        self.assertIsNone(ring.get_node("anything"))
        self.assertEqual(ring.point_count, 0)
        self.assertEqual(ring.nodes(), [])

    def test_a_single_node_owns_every_key(self):
        ring = ring_with(["only"], 10)
        for key in KEYS[:500]:
            self.assertEqual(ring.get_node(key), "only")

    def test_places_virtual_nodes_points_on_the_ring_for_every_node(self):
        ring = ring_with(["a", "b", "c"], 40)
        self.assertEqual(ring.point_count, 120)
        ring.remove_node("b")
        self.assertEqual(ring.point_count, 80)

    def test_maps_each_key_to_the_first_point_clockwise_from_its_hash_wrapping_past_the_top(self):
        nodes = ["n1", "n2", "n3"]
        ring = ring_with(nodes, 2)
        points = sorted((hash32(f"{node}#{i}"), node) for node in nodes for i in range(2))
        wrapped = 0
        for key in KEYS[:300]:
            h = hash32(key)
            following = [point for point in points if point[0] >= h]
            if not following:
                wrapped += 1
            expected = (following[0] if following else points[0])[1]
            self.assertEqual(ring.get_node(key), expected, f"owner of {key}")
        self.assertGreater(wrapped, 0, "the sample should include keys that wrap around")

    def test_the_mapping_does_not_depend_on_the_order_nodes_were_added(self):
        first = ring_with(["a", "b", "c", "d"])
        second = ring_with(["d", "b", "a", "c"])
        self.assertEqual(owners(second, KEYS[:2000]), owners(first, KEYS[:2000]))

    def test_points_at_the_same_position_are_ordered_by_node_name(self):
        # "node-91516#0" and "node-93728#0" hash to the same position, 1595571407.
        self.assertEqual(hash32("node-91516#0"), 1595571407)
        self.assertEqual(hash32("node-93728#0"), 1595571407)
        for order in (["node-93728", "node-91516"], ["node-91516", "node-93728"]):
            ring = ring_with(order, 1)
            for key in KEYS[:200]:
                self.assertEqual(ring.get_node(key), "node-91516", f"owner of {key} after adding {order}")

    def test_spreads_keys_evenly_across_nodes_with_100_virtual_nodes(self):
        ring = ring_with(["a", "b", "c", "d", "e"])
        share = shares(owners(ring, KEYS))
        self.assertEqual(len(share), 5)
        for node, fraction in share.items():
            self.assertTrue(0.12 <= fraction <= 0.28, f"node {node} owns {fraction}")

    def test_more_virtual_nodes_give_a_more_even_load_than_one_point_per_node(self):
        nodes = ["a", "b", "c", "d", "e"]

        def max_share(virtual_nodes):
            return max(shares(owners(ring_with(nodes, virtual_nodes), KEYS)).values())

        self.assertLess(max_share(200), max_share(1))

    def test_adding_a_node_moves_only_about_1_in_n_of_the_keys_all_of_them_to_the_new_node(self):
        ring = ring_with(["a", "b", "c", "d"])
        before = owners(ring, KEYS)
        ring.add_node("e")
        after = owners(ring, KEYS)
        moved = 0
        for key, old, new in zip(KEYS, before, after):
            if old != new:
                moved += 1
                self.assertEqual(new, "e", f"{key} moved from {old} to {new}")
        fraction = moved / len(KEYS)
        self.assertTrue(0.12 <= fraction <= 0.28, f"moved {fraction} of the keys")

    def test_removing_a_node_moves_only_the_keys_it_owned(self):
        ring = ring_with(["a", "b", "c", "d", "e"])
        before = owners(ring, KEYS)
        self.assertTrue(ring.remove_node("c"))
        after = owners(ring, KEYS)
        moved = 0
        for key, old, new in zip(KEYS, before, after):
            if old == "c":
                moved += 1
                self.assertNotEqual(new, "c")
            else:
                self.assertEqual(new, old, f"{key} should stay on {old}")
        self.assertTrue(0.12 <= moved / len(KEYS) <= 0.28, f"moved {moved}")

    def test_adding_an_existing_node_or_removing_an_absent_one_returns_false_and_changes_nothing(self):
        ring = ring_with(["a", "b"], 10)
        self.assertFalse(ring.add_node("a"))
        self.assertEqual(ring.point_count, 20)
        self.assertFalse(ring.remove_node("zzz"))
        self.assertEqual(ring.point_count, 20)
        self.assertTrue(ring.remove_node("a"))
        self.assertFalse(ring.remove_node("a"))
        self.assertTrue(ring.add_node("a"))
        self.assertEqual(ring.point_count, 20)

    def test_nodes_lists_the_node_names_in_ascending_order(self):
        ring = ring_with(["cache-c", "cache-a", "cache-b"], 5)
        self.assertEqual(ring.nodes(), ["cache-a", "cache-b", "cache-c"])

    def test_rejects_a_virtual_node_count_that_is_not_a_positive_integer_with_value_error(self):
        for bad in [0, -1, 2.5]:
            with self.assertRaises(ValueError, msg=repr(bad)):
                ConsistentHashRing(bad)


if __name__ == "__main__":
    unittest.main()

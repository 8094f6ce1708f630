import unittest

from topological_sort import CycleError, topological_sort


class TopologicalSortTest(unittest.TestCase):
    def assert_respects_edges(self, order, edges):
        position = {node: i for i, node in enumerate(order)}
        for a, b in edges:
            self.assertLess(position[a], position[b], f"{a} must come before {b} in {order}")

    def cycle_of(self, nodes, edges):
        with self.assertRaises(CycleError) as caught:
            topological_sort(nodes, edges)
        return caught.exception.cycle

    def assert_is_cycle(self, cycle, edges):
        edge_set = set(map(tuple, edges))
        self.assertGreater(len(cycle), 0, "the cycle must not be empty")
        self.assertEqual(len(set(cycle)), len(cycle), f"nodes repeat in {cycle}")
        for i, node in enumerate(cycle):
            following = cycle[(i + 1) % len(cycle)]
            self.assertIn((node, following), edge_set, f"no edge {node} -> {following} in cycle {cycle}")

    def test_an_empty_graph_has_an_empty_order(self):
        self.assertEqual(topological_sort([], []), [])

    def test_nodes_without_edges_come_out_in_ascending_order(self):
        self.assertEqual(topological_sort(["delta", "alpha", "charlie", "bravo"], []), ["alpha", "bravo", "charlie", "delta"])

    def test_places_the_source_of_every_edge_before_its_target(self):
        nodes = ["app", "db", "cache", "config", "logger", "metrics"]
        edges = [
            ("config", "db"), ("config", "cache"), ("db", "app"), ("cache", "app"),
            ("logger", "metrics"), ("metrics", "app"), ("config", "logger"),
        ]
        order = topological_sort(nodes, edges)
        self.assertEqual(sorted(order), sorted(nodes))
        self.assert_respects_edges(order, edges)

    def test_always_takes_the_smallest_ready_node_first(self):
        edges = [("c", "a"), ("b", "a"), ("f", "d")]
        self.assertEqual(topological_sort(["a", "b", "c", "d", "e", "f"], edges), ["b", "c", "a", "e", "f", "d"])
        self.assertEqual(
            topological_sort(["app", "db", "cache", "config"], [("config", "db"), ("config", "cache"), ("db", "app"), ("cache", "app")]),
            ["config", "cache", "db", "app"],
        )

    def test_duplicate_nodes_and_duplicate_edges_are_harmless(self):
        order = topological_sort(["b", "a", "b", "c"], [("a", "b"), ("a", "b"), ("b", "c"), ("a", "b")])
        self.assertEqual(order, ["a", "b", "c"])

    def test_raises_a_cycle_error_when_the_dependencies_form_a_cycle(self):
        with self.assertRaises(CycleError):
            topological_sort(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])

    def test_reports_the_nodes_of_the_cycle_in_edge_order(self):
        edges = [("a", "b"), ("b", "c"), ("c", "a")]
        cycle = self.cycle_of(["a", "b", "c"], edges)
        self.assertEqual(len(cycle), 3)
        self.assert_is_cycle(cycle, edges)

    def test_reports_a_self_loop_as_a_one_node_cycle(self):
        self.assertEqual(self.cycle_of(["a", "b"], [("a", "b"), ("b", "b")]), ["b"])

    def test_reports_only_the_cycle_not_the_nodes_leading_into_or_out_of_it(self):
        nodes = ["start", "x", "y", "z", "end", "other"]
        edges = [("start", "x"), ("x", "y"), ("y", "z"), ("z", "x"), ("z", "end"), ("other", "end")]
        cycle = self.cycle_of(nodes, edges)
        self.assert_is_cycle(cycle, edges)
        self.assertEqual(sorted(cycle), ["x", "y", "z"])

    def test_finds_the_cycle_among_many_acyclic_nodes(self):
        nodes = [f"n{i:03d}" for i in range(100)]
        edges = [(nodes[i - 1], nodes[i]) for i in range(1, 100)] + [("n090", "n042")]
        cycle = self.cycle_of(nodes, edges)
        self.assert_is_cycle(cycle, edges)
        self.assertEqual(len(cycle), 49)

    def test_rejects_an_edge_that_mentions_an_unknown_node_with_value_error(self):
        for edges in [[("a", "c")], [("z", "a")]]:
            with self.assertRaises(ValueError) as caught:
                topological_sort(["a", "b"], edges)
            self.assertNotIsInstance(caught.exception, CycleError)

    def test_sorts_a_chain_of_5000_nodes_given_in_reverse(self):
        names = [f"task-{i:04d}" for i in range(5000)]
        edges = [(names[i], names[i - 1]) for i in range(1, len(names))]
        self.assertEqual(topological_sort(names, edges), list(reversed(names)))

    def test_matches_the_smallest_ready_first_order_on_random_acyclic_graphs(self):
        seed = 8

        def next_int(n):
            nonlocal seed
            seed = (seed * 48271) % 2147483647
            return seed % n

        for round_number in range(5):
            nodes = [f"v{next_int(1000)}-{i}" for i in range(60)]
            edges = []
            for _ in range(150):
                i = next_int(60)
                j = next_int(60)
                if i < j:
                    edges.append((nodes[i], nodes[j]))
            # Brute force: repeatedly take the smallest node whose predecessors are all placed.
            expected = []
            placed = set()
            while len(expected) < len(nodes):
                ready = sorted(
                    node for node in nodes
                    if node not in placed and all(b != node or a in placed for a, b in edges)
                )
                expected.append(ready[0])
                placed.add(ready[0])
            order = topological_sort(nodes, edges)
            self.assert_respects_edges(order, edges)
            self.assertEqual(order, expected, f"round {round_number}")


if __name__ == "__main__":
    unittest.main()

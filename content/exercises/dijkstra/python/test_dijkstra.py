import math
import unittest

from dijkstra import shortest_distances, shortest_path

CITY = {
    "home": [("cafe", 2), ("office", 10)],
    "cafe": [("office", 3), ("gym", 7)],
    "office": [("gym", 1)],
}


def reference_distances(graph, source):
    """Bellman-Ford reference distances."""
    dist = {source: 0}
    changed = True
    while changed:
        changed = False
        for node, edges in graph.items():
            if node not in dist:
                continue
            for neighbour, weight in edges:
                if neighbour not in dist or dist[node] + weight < dist[neighbour]:
                    dist[neighbour] = dist[node] + weight
                    changed = True
    return dist


def random_graph(nodes, edges, seed):
    def next_int(n):
        nonlocal seed
        seed = (seed * 48271) % 2147483647
        return seed % n

    graph = {}
    for _ in range(edges):
        origin = f"n{next_int(nodes)}"
        graph.setdefault(origin, []).append((f"n{next_int(nodes)}", next_int(50)))
    return graph


class DijkstraTest(unittest.TestCase):
    def cost_of(self, graph, path):
        """The cost of walking ``path``, taking the cheapest edge between consecutive nodes."""
        total = 0
        for a, b in zip(path, path[1:]):
            weights = [w for to, w in graph.get(a, []) if to == b]
            self.assertTrue(weights, f"no edge {a} -> {b}")
            total += min(weights)
        return total

    def test_the_source_is_at_distance_0(self):
        self.assertEqual(shortest_distances({"a": []}, "a"), {"a": 0})

    def test_computes_the_distance_to_every_reachable_node(self):
        self.assertEqual(shortest_distances(CITY, "home"), {"cafe": 2, "gym": 6, "home": 0, "office": 5})

    def test_prefers_a_cheaper_route_with_more_hops_over_a_direct_expensive_edge(self):
        graph = {"s": [("t", 100), ("a", 1)], "a": [("b", 1)], "b": [("c", 1)], "c": [("t", 1)]}
        self.assertEqual(shortest_distances(graph, "s")["t"], 4)

    def test_improves_a_distance_when_a_cheaper_route_is_found_after_the_first_one(self):
        graph = {"s": [("b", 4), ("a", 1)], "a": [("b", 1)], "b": [("t", 1)]}
        self.assertEqual(shortest_distances(graph, "s"), {"a": 1, "b": 2, "s": 0, "t": 3})

    def test_leaves_unreachable_nodes_out_of_the_result(self):
        graph = {"a": [("b", 1)], "c": [("d", 1)], "d": []}
        self.assertEqual(shortest_distances(graph, "a"), {"a": 0, "b": 1})

    def test_follows_edges_only_in_their_direction(self):
        graph = {"a": [("b", 1)], "b": []}
        self.assertEqual(shortest_distances(graph, "b"), {"b": 0})

    def test_handles_zero_weight_edges_cycles_and_parallel_edges(self):
        graph = {
            "a": [("b", 0), ("c", 9), ("c", 4)],
            "b": [("a", 0), ("c", 5)],
            "c": [("a", 1), ("d", 0)],
        }
        self.assertEqual(shortest_distances(graph, "a"), {"a": 0, "b": 0, "c": 4, "d": 4})

    def test_a_source_with_no_entry_in_the_graph_reaches_only_itself(self):
        self.assertEqual(shortest_distances(CITY, "nowhere"), {"nowhere": 0})

    def test_shortest_path_returns_the_distance_and_the_nodes_of_a_cheapest_route(self):
        result = shortest_path(CITY, "home", "gym")
        self.assertEqual((result.distance, result.path), (6, ["home", "cafe", "office", "gym"]))
        result = shortest_path(CITY, "cafe", "gym")
        self.assertEqual((result.distance, result.path), (4, ["cafe", "office", "gym"]))

    def test_shortest_path_from_a_node_to_itself_is_that_node_alone_at_distance_0(self):
        result = shortest_path(CITY, "office", "office")
        self.assertEqual((result.distance, result.path), (0, ["office"]))

    def test_shortest_path_returns_none_when_the_target_is_unreachable(self):
        self.assertIsNone(shortest_path(CITY, "gym", "home"))
        self.assertIsNone(shortest_path(CITY, "home", "mars"))

    def test_rejects_a_negative_or_non_finite_weight_anywhere_in_the_graph_with_value_error(self):
        unreachable_negative = {"a": [("b", 1)], "x": [("y", -1)]}
        with self.assertRaises(ValueError):
            shortest_distances(unreachable_negative, "a")
        with self.assertRaises(ValueError):
            shortest_path(unreachable_negative, "a", "b")
        with self.assertRaises(ValueError):
            shortest_distances({"a": [("b", math.nan)]}, "a")
        with self.assertRaises(ValueError):
            shortest_distances({"a": [("b", math.inf)]}, "a")

    def test_matches_bellman_ford_on_random_graphs_and_returns_valid_cheapest_paths(self):
        for seed in [1, 2, 3, 4, 5]:
            graph = random_graph(60, 240, seed)
            expected = reference_distances(graph, "n0")
            self.assertEqual(shortest_distances(graph, "n0"), expected, f"seed {seed}")
            for target, distance in expected.items():
                result = shortest_path(graph, "n0", target)
                self.assertIsNotNone(result, f"path to {target}")
                self.assertEqual(result.distance, distance)
                self.assertEqual(result.path[0], "n0")
                self.assertEqual(result.path[-1], target)
                self.assertEqual(self.cost_of(graph, result.path), distance, f"cost of {result.path}")


if __name__ == "__main__":
    unittest.main()

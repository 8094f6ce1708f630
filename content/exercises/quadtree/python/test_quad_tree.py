import math
import unittest

from quad_tree import Point, QuadTree, Rect

WORLD = Rect(0, 0, 1000, 1000)


def generator(seed):
    def next_int(n):
        nonlocal seed
        seed = (seed * 48271) % 2147483647
        return seed % n

    return next_int


def random_points(count, seed):
    next_int = generator(seed)
    points = []
    for i in range(count):
        x = next_int(1001)
        y = next_int(1001)
        points.append(Point(x, y, f"p{i:04d}"))
    return points


def ids(points):
    return sorted(p.id for p in points)


def brute_nearest(points, x, y, k):
    return [p.id for p in sorted(points, key=lambda p: ((p.x - x) ** 2 + (p.y - y) ** 2, p.id))[:k]]


class QuadTreeTest(unittest.TestCase):
    def test_an_empty_tree_finds_nothing(self):
        tree = QuadTree(WORLD)
        self.assertEqual(len(tree), 0)
        self.assertEqual(tree.depth(), 0)
        self.assertEqual(tree.query_range(WORLD), [])
        self.assertEqual(tree.nearest(5, 5, 3), [])

    def test_insert_accepts_points_inside_or_on_the_edge_of_the_bounds_and_rejects_the_rest(self):
        tree = QuadTree(Rect(-10, -10, 20, 20))
        self.assertTrue(tree.insert(Point(0, 0, "centre")))
        self.assertTrue(tree.insert(Point(10, -10, "corner")))
        self.assertFalse(tree.insert(Point(10.5, 0, "east")))
        self.assertFalse(tree.insert(Point(0, -11, "south")))
        self.assertEqual(len(tree), 2)
        self.assertEqual(ids(tree.query_range(Rect(-100, -100, 200, 200))), ["centre", "corner"])

    def test_query_range_returns_exactly_the_points_inside_the_range_edges_included(self):
        tree = QuadTree(Rect(0, 0, 100, 100), 2)
        points = [
            Point(10, 10, "a"), Point(20, 20, "b"), Point(30, 30, "c"),
            Point(60, 60, "d"), Point(20, 80, "e"), Point(90, 5, "f"),
        ]
        for p in points:
            tree.insert(p)
        self.assertEqual(ids(tree.query_range(Rect(10, 10, 20, 20))), ["a", "b", "c"])
        self.assertEqual(ids(tree.query_range(Rect(50, 0, 50, 100))), ["d", "f"])
        self.assertEqual(ids(tree.query_range(Rect(40, 40, 5, 5))), [])
        self.assertEqual(ids(tree.query_range(Rect(-50, 70, 80, 500))), ["e"])

    def test_query_range_matches_a_brute_force_scan_on_random_points(self):
        tree = QuadTree(WORLD, 4)
        points = random_points(500, 3)
        for p in points:
            tree.insert(p)
        next_int = generator(77)
        for _ in range(40):
            x = next_int(1000) - 50
            y = next_int(1000) - 50
            area = Rect(x, y, next_int(400), next_int(400))
            expected = [p for p in points if area.x <= p.x <= area.x + area.width and area.y <= p.y <= area.y + area.height]
            self.assertEqual(ids(tree.query_range(area)), ids(expected), str(area))

    def test_a_leaf_splits_only_when_it_exceeds_its_capacity(self):
        tree = QuadTree(Rect(0, 0, 10, 10), 4)
        for x, y in [(1, 1), (9, 1), (1, 9), (9, 9)]:
            tree.insert(Point(x, y, f"{x},{y}"))
        self.assertEqual(tree.depth(), 0)
        tree.insert(Point(2, 2, "fifth"))
        self.assertEqual(tree.depth(), 1)
        self.assertEqual(len(tree), 5)

    def test_a_quadrant_that_receives_too_many_points_splits_again(self):
        tree = QuadTree(Rect(0, 0, 10, 10), 4)
        for x, y in [(1, 1), (4, 1), (1, 4), (4, 4), (2, 2)]:
            tree.insert(Point(x, y, f"{x},{y}"))
        self.assertEqual(tree.depth(), 2)
        self.assertEqual(ids(tree.query_range(Rect(0, 0, 2.5, 2.5))), ["1,1", "2,2"])

    def test_points_on_a_dividing_line_belong_to_the_right_and_upper_quadrants(self):
        tree = QuadTree(Rect(0, 0, 8, 8), 4)
        for x, y in [(4, 4), (5, 5), (6, 6), (7, 7), (4, 7)]:
            tree.insert(Point(x, y, f"{x},{y}"))
        # All five go to the upper-right quadrant, which must split once more.
        self.assertEqual(tree.depth(), 2)
        self.assertEqual(ids(tree.query_range(Rect(4, 4, 0, 0))), ["4,4"])

    def test_identical_points_stop_splitting_at_max_depth(self):
        tree = QuadTree(Rect(0, 0, 16, 16), 2, 5)
        for i in range(30):
            tree.insert(Point(3, 3, f"same-{i}"))
        self.assertEqual(tree.depth(), 5)
        self.assertEqual(len(tree), 30)
        self.assertEqual(len(tree.query_range(Rect(3, 3, 0, 0))), 30)
        flat = QuadTree(Rect(0, 0, 16, 16), 1, 0)
        for i in range(10):
            flat.insert(Point(i, i, f"d{i}"))
        self.assertEqual(flat.depth(), 0)
        self.assertEqual(len(flat.query_range(Rect(0, 0, 16, 16))), 10)

    def test_nearest_returns_the_closest_point(self):
        tree = QuadTree(Rect(0, 0, 100, 100), 2)
        tree.insert(Point(10, 10, "a"))
        tree.insert(Point(80, 20, "b"))
        tree.insert(Point(85, 90, "c"))
        tree.insert(Point(40, 60, "d"))
        self.assertEqual(ids(tree.nearest(90, 80)), ["c"])
        self.assertEqual([p.id for p in tree.nearest(0, 0, 1)], ["a"])
        self.assertEqual(tree.nearest(45, 55, 1)[0], Point(40, 60, "d"))

    def test_nearest_returns_k_points_by_distance_equal_distances_by_id(self):
        tree = QuadTree(Rect(0, 0, 100, 100), 1)
        for x, y, name in [(50, 60, "north"), (60, 50, "east"), (50, 40, "south"), (40, 50, "west"), (52, 51, "close"), (90, 90, "far")]:
            tree.insert(Point(x, y, name))
        self.assertEqual([p.id for p in tree.nearest(50, 50, 4)], ["close", "east", "north", "south"])
        self.assertEqual([p.id for p in tree.nearest(50, 50, 5)], ["close", "east", "north", "south", "west"])
        # A tie can sit in a quadrant exactly as far away as the best point found so far: it must not be pruned.
        split = QuadTree(Rect(0, 0, 16, 16), 1)
        split.insert(Point(6, 2, "z"))
        split.insert(Point(8, 4, "a"))
        self.assertEqual([p.id for p in split.nearest(6, 4, 1)], ["a"])

    def test_nearest_returns_every_point_when_k_exceeds_the_size_and_nothing_when_k_is_0(self):
        tree = QuadTree(Rect(0, 0, 10, 10))
        tree.insert(Point(1, 1, "a"))
        tree.insert(Point(9, 9, "b"))
        self.assertEqual([p.id for p in tree.nearest(10, 10, 5)], ["b", "a"])
        self.assertEqual(tree.nearest(10, 10, 0), [])

    def test_nearest_matches_a_brute_force_search_on_random_points_from_inside_and_outside_the_bounds(self):
        tree = QuadTree(WORLD, 3)
        points = random_points(400, 11)
        for p in points:
            tree.insert(p)
        next_int = generator(5)
        for _ in range(40):
            x = next_int(1400) - 200
            y = next_int(1400) - 200
            k = 1 + next_int(8)
            self.assertEqual([p.id for p in tree.nearest(x, y, k)], brute_nearest(points, x, y, k), f"({x}, {y}), k = {k}")

    def test_rejects_invalid_bounds_capacity_max_depth_or_k_with_value_error(self):
        for bounds, capacity, max_depth in [
            (Rect(0, 0, 0, 10), 4, 8),
            (Rect(0, 0, 10, -1), 4, 8),
            (Rect(0, 0, math.inf, 10), 4, 8),
            (WORLD, 0, 8),
            (WORLD, 2.5, 8),
            (WORLD, 4, -1),
        ]:
            with self.assertRaises(ValueError, msg=f"{bounds}, {capacity}, {max_depth}"):
                QuadTree(bounds, capacity, max_depth)
        tree = QuadTree(WORLD)
        for k in [-1, 1.5]:
            with self.assertRaises(ValueError, msg=f"k = {k}"):
                tree.nearest(0, 0, k)


if __name__ == "__main__":
    unittest.main()

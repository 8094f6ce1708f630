import unittest

from b_plus_tree import BPlusTree


def flat(leaves):
    return [key for leaf in leaves for key in leaf]


class BPlusTreeTest(unittest.TestCase):
    def test_a_new_tree_is_a_single_empty_leaf(self):
        tree = BPlusTree(3)
        self.assertEqual(tree.size(), 0)
        self.assertEqual(tree.height(), 1)
        self.assertEqual(tree.leaves(), [[]])
        self.assertIsNone(tree.get(1))
        self.assertEqual(tree.range(0, 100), [])

    def test_stores_values_and_finds_them_by_key(self):
        tree = BPlusTree(3)
        tree.insert(5, "five")
        tree.insert(1, "one")
        tree.insert(3, "three")
        self.assertEqual(tree.get(5), "five")
        self.assertEqual(tree.get(1), "one")
        self.assertEqual(tree.get(3), "three")
        self.assertIsNone(tree.get(2))
        self.assertEqual(tree.size(), 3)

    def test_inserting_an_existing_key_replaces_its_value_without_adding_a_key(self):
        tree = BPlusTree(3)
        for k in [1, 2, 3, 4, 5]:
            tree.insert(k, "old")
        tree.insert(4, "new")
        tree.insert(1, "new")
        self.assertEqual(tree.get(4), "new")
        self.assertEqual(tree.get(1), "new")
        self.assertEqual(tree.size(), 5)
        self.assertEqual(flat(tree.leaves()), [1, 2, 3, 4, 5])

    def test_keeps_the_keys_of_a_leaf_sorted_whatever_the_insertion_order(self):
        tree = BPlusTree(3)
        tree.insert(30, 0)
        tree.insert(10, 0)
        tree.insert(20, 0)
        self.assertEqual(tree.leaves(), [[10, 20, 30]])
        self.assertEqual(tree.height(), 1)

    def test_a_leaf_that_overflows_splits_in_two_and_the_tree_grows_a_level(self):
        tree = BPlusTree(3)
        for k in [1, 2, 3, 4]:
            tree.insert(k, f"v{k}")
        self.assertEqual(tree.leaves(), [[1, 2], [3, 4]])
        self.assertEqual(tree.height(), 2)
        for k in [1, 2, 3, 4]:
            self.assertEqual(tree.get(k), f"v{k}")

    def test_the_left_leaf_keeps_the_larger_half_when_an_odd_number_of_keys_splits(self):
        tree = BPlusTree(4)
        for k in [10, 20, 30, 40]:
            tree.insert(k, k)
        tree.insert(25, 25)
        self.assertEqual(tree.leaves(), [[10, 20, 25], [30, 40]])
        self.assertEqual(tree.get(25), 25)
        self.assertEqual(tree.get(30), 30)

    def test_a_split_in_the_middle_of_the_chain_links_the_new_leaf_between_its_neighbours(self):
        tree = BPlusTree(3)
        for k in [10, 20, 30, 40]:
            tree.insert(k, k)
        self.assertEqual(tree.leaves(), [[10, 20], [30, 40]])
        tree.insert(25, 25)
        tree.insert(15, 15)
        self.assertEqual(tree.leaves(), [[10, 15], [20, 25], [30, 40]])
        for k in [10, 15, 20, 25, 30, 40]:
            self.assertEqual(tree.get(k), k)
        self.assertIsNone(tree.get(35))

    def test_the_tree_grows_one_level_only_when_the_root_itself_overflows(self):
        tree = BPlusTree(3)
        for k in range(1, 10):
            tree.insert(k, k)
        self.assertEqual(tree.leaves(), [[1, 2], [3, 4], [5, 6], [7, 8, 9]])
        self.assertEqual(tree.height(), 2)  # the root holds 3 separators: full, not overflowing
        tree.insert(10, 10)  # a fifth leaf gives the root a fourth separator: it splits
        self.assertEqual(tree.leaves(), [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]])
        self.assertEqual(tree.height(), 3)
        for k in range(1, 11):
            self.assertEqual(tree.get(k), k)

    def test_an_overflowing_internal_node_moves_its_middle_key_up(self):
        # With maxKeys 3 an internal node that reaches 4 keys keeps 2, moves keys[2] up and keeps 1
        # on the right, so with ascending keys the root only overflows at the 28th key.
        tree = BPlusTree(3)
        for k in range(1, 28):
            tree.insert(k, k)
        self.assertEqual(tree.height(), 3)
        tree.insert(28, 28)
        self.assertEqual(tree.height(), 4)
        self.assertEqual([k for leaf in tree.leaves() for k in leaf], list(range(1, 29)))
        for k in range(1, 29):
            self.assertEqual(tree.get(k), k)

    def test_works_with_the_smallest_node_size_of_two_keys(self):
        tree = BPlusTree(2)
        for k in range(1, 8):
            tree.insert(k, k * 10)
        self.assertEqual(tree.leaves(), [[1, 2], [3, 4], [5, 6], [7]])
        self.assertEqual(tree.height(), 3)
        for k in range(1, 8):
            self.assertEqual(tree.get(k), k * 10)

    def test_range_returns_inclusive_key_value_pairs_in_order_across_leaf_boundaries(self):
        tree = BPlusTree(3)
        for k in range(1, 21):
            tree.insert(k * 10, f"v{k * 10}")
        self.assertEqual(
            tree.range(30, 70),
            [(30, "v30"), (40, "v40"), (50, "v50"), (60, "v60"), (70, "v70")],
        )
        self.assertEqual(len(tree.range(10, 200)), 20)

    def test_range_handles_bounds_between_keys_outside_the_data_and_low_above_high(self):
        tree = BPlusTree(3)
        for k in range(1, 21):
            tree.insert(k * 10, k)
        self.assertEqual(tree.range(35, 64), [(40, 4), (50, 5), (60, 6)])
        self.assertEqual(tree.range(195, 1000), [(200, 20)])
        self.assertEqual(tree.range(-50, 5), [])
        self.assertEqual(tree.range(41, 49), [])
        self.assertEqual(tree.range(70, 30), [])
        self.assertEqual(tree.range(50, 50), [(50, 5)])

    def test_many_inserts_in_scrambled_order_keep_every_key_reachable_and_every_leaf_at_least_half_full(self):
        tree = BPlusTree(4)
        n = 1000
        for i in range(n):
            key = (i * 7919) % n  # a fixed permutation of 0..999
            tree.insert(key, key * 2)
        self.assertEqual(tree.size(), n)
        leaves = tree.leaves()
        self.assertEqual(flat(leaves), list(range(n)))
        for leaf in leaves:
            self.assertTrue(2 <= len(leaf) <= 4, f"leaf {leaf}")
        height = tree.height()
        self.assertTrue(5 <= height <= 7, f"height {height}")
        for k in range(n):
            self.assertEqual(tree.get(k), k * 2)
        self.assertEqual(len(tree.range(0, n)), n)

    def test_rejects_a_node_size_that_is_not_an_integer_of_at_least_two(self):
        with self.assertRaises(ValueError):
            BPlusTree(1)
        with self.assertRaises(ValueError):
            BPlusTree(0)
        with self.assertRaises(ValueError):
            BPlusTree(3.5)


if __name__ == "__main__":
    unittest.main()

import unittest

from union_find import UnionFind


class UnionFindTest(unittest.TestCase):
    def test_starts_with_every_element_in_its_own_set(self):
        uf = UnionFind(4)
        self.assertEqual(uf.count, 4)
        for i in range(4):
            self.assertEqual(uf.find(i), i)
            self.assertEqual(uf.size_of(i), 1)
            self.assertTrue(uf.connected(i, i))
        self.assertFalse(uf.connected(0, 1))

    def test_union_merges_two_sets_and_reduces_the_count(self):
        uf = UnionFind(5)
        self.assertTrue(uf.union(0, 1))
        self.assertTrue(uf.connected(0, 1))
        self.assertTrue(uf.connected(1, 0))
        self.assertFalse(uf.connected(0, 2))
        self.assertEqual(uf.count, 4)

    def test_union_of_already_connected_elements_returns_false_and_changes_nothing(self):
        uf = UnionFind(4)
        uf.union(0, 1)
        uf.union(1, 2)
        self.assertFalse(uf.union(0, 2))
        self.assertFalse(uf.union(2, 2))
        self.assertEqual(uf.count, 2)
        self.assertEqual(uf.size_of(0), 3)

    def test_connectivity_is_transitive_across_chained_unions(self):
        uf = UnionFind(8)
        uf.union(0, 1)
        uf.union(2, 3)
        uf.union(1, 3)
        uf.union(5, 6)
        self.assertTrue(uf.connected(0, 2))
        self.assertTrue(uf.connected(0, 3))
        self.assertFalse(uf.connected(3, 5))
        self.assertFalse(uf.connected(4, 7))
        self.assertEqual(uf.count, 4)

    def test_size_of_reports_the_number_of_elements_in_the_set(self):
        uf = UnionFind(6)
        uf.union(0, 1)
        uf.union(2, 1)
        uf.union(4, 5)
        self.assertEqual([uf.size_of(x) for x in range(6)], [3, 3, 3, 1, 2, 2])

    def test_the_root_of_the_larger_set_becomes_the_root_of_the_merged_set(self):
        uf = UnionFind(6)
        uf.union(0, 1)
        uf.union(0, 2)  # {0, 1, 2} with root 0
        self.assertEqual(uf.find(2), 0)
        uf.union(3, 0)  # {3} is smaller: it joins under 0
        self.assertEqual(uf.find(3), 0)
        uf.union(4, 5)  # {4, 5} with root 4
        uf.union(4, 1)  # {4, 5} is smaller than {0, 1, 2, 3}
        self.assertEqual(uf.find(4), 0)
        self.assertEqual(uf.find(5), 0)
        self.assertEqual(uf.size_of(5), 6)

    def test_when_both_sets_have_the_same_size_the_root_of_the_first_arguments_set_stays_the_root(self):
        uf = UnionFind(6)
        uf.union(1, 0)
        self.assertEqual(uf.find(0), 1)
        uf.union(3, 2)
        uf.union(2, 0)  # sizes 2 and 2: the root of 2's set (3) wins
        self.assertEqual(uf.find(1), 3)
        self.assertEqual(uf.find(0), 3)

    def test_an_empty_structure_is_allowed(self):
        uf = UnionFind(0)
        self.assertEqual(uf.count, 0)
        with self.assertRaises(IndexError):
            uf.find(0)

    def test_rejects_elements_outside_0_to_n_minus_1_with_index_error(self):
        uf = UnionFind(3)
        for call in [lambda: uf.find(3), lambda: uf.find(-1), lambda: uf.find(1.5), lambda: uf.union(0, 7),
                     lambda: uf.connected(9, 0), lambda: uf.size_of(3)]:
            with self.assertRaises(IndexError):
                call()
        self.assertEqual(uf.count, 3)

    def test_rejects_a_negative_or_fractional_element_count_with_value_error(self):
        with self.assertRaises(ValueError):
            UnionFind(-1)
        with self.assertRaises(ValueError):
            UnionFind(2.5)

    def test_matches_a_naive_labelling_model_over_many_random_unions(self):
        n = 200
        uf = UnionFind(n)
        label = list(range(n))
        seed = 31

        def next_int(bound):
            nonlocal seed
            seed = (seed * 48271) % 2147483647
            return seed % bound

        for step in range(400):
            a = next_int(n)
            b = next_int(n)
            merged = label[a] != label[b]
            if merged:
                source = label[b]
                label = [label[a] if l == source else l for l in label]
            self.assertEqual(uf.union(a, b), merged, f"union({a}, {b}) at step {step}")
            x = next_int(n)
            y = next_int(n)
            self.assertEqual(uf.connected(x, y), label[x] == label[y])
        self.assertEqual(uf.count, len(set(label)))
        for i in range(n):
            self.assertEqual(uf.size_of(i), label.count(label[i]))

    def test_handles_a_chain_of_50000_unions_without_deep_recursion(self):
        n = 50_000
        uf = UnionFind(n)
        for i in range(n - 1, 0, -1):
            uf.union(i, i - 1)
        self.assertEqual(uf.count, 1)
        self.assertEqual(uf.size_of(0), n)
        self.assertTrue(uf.connected(0, n - 1))
        for i in range(0, n, 997):
            self.assertEqual(uf.find(i), uf.find(0))


if __name__ == "__main__":
    unittest.main()

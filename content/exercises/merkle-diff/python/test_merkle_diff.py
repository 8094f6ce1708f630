import hashlib
import re
import unittest

from merkle_diff import MerkleTree, diff_leaves, leaf_hash, node_hash


def sha256(*parts):
    return hashlib.sha256(b"".join(parts)).hexdigest()


def blocks(n, prefix="block"):
    return [f"{prefix}-{i}" for i in range(n)]


class MerkleDiffTest(unittest.TestCase):
    def test_leaf_hash_is_sha256_of_a_zero_byte_followed_by_the_utf8_data(self):
        self.assertEqual(leaf_hash("hello"), sha256(b"\x00", "hello".encode("utf-8")))
        self.assertEqual(leaf_hash(""), sha256(b"\x00"))
        self.assertEqual(leaf_hash("ünïcödé"), sha256(b"\x00", "ünïcödé".encode("utf-8")))
        self.assertRegex(leaf_hash("x"), re.compile(r"^[0-9a-f]{64}$"))

    def test_node_hash_is_sha256_of_a_one_byte_followed_by_both_raw_child_digests(self):
        left = leaf_hash("a")
        right = leaf_hash("b")
        self.assertEqual(node_hash(left, right), sha256(b"\x01", bytes.fromhex(left), bytes.fromhex(right)))
        self.assertNotEqual(node_hash(left, right), node_hash(right, left))

    def test_the_root_of_a_single_leaf_is_its_leaf_hash(self):
        tree = MerkleTree(["only"])
        self.assertEqual(tree.root, leaf_hash("only"))
        self.assertEqual(tree.leaf_count, 1)
        self.assertEqual(tree.levels, [[leaf_hash("only")]])

    def test_hashes_pairs_level_by_level_up_to_the_root(self):
        a, b, c, d = map(leaf_hash, ["a", "b", "c", "d"])
        tree = MerkleTree(["a", "b", "c", "d"])
        ab = node_hash(a, b)
        cd = node_hash(c, d)
        self.assertEqual(tree.levels, [[a, b, c, d], [ab, cd], [node_hash(ab, cd)]])
        self.assertEqual(tree.root, node_hash(ab, cd))

    def test_carries_a_lone_last_node_up_unchanged_instead_of_duplicating_it(self):
        a, b, c, d, e = map(leaf_hash, ["a", "b", "c", "d", "e"])
        three = MerkleTree(["a", "b", "c"])
        self.assertEqual(three.levels, [[a, b, c], [node_hash(a, b), c], [node_hash(node_hash(a, b), c)]])
        five = MerkleTree(["a", "b", "c", "d", "e"])
        abcd = node_hash(node_hash(a, b), node_hash(c, d))
        self.assertEqual(
            five.levels,
            [[a, b, c, d, e], [node_hash(a, b), node_hash(c, d), e], [abcd, e], [node_hash(abcd, e)]],
        )

    def test_rejects_an_empty_list_of_leaves_with_value_error(self):
        with self.assertRaises(ValueError):
            MerkleTree([])

    def test_the_root_depends_on_every_leaf_and_on_their_order(self):
        base = MerkleTree(blocks(7))
        self.assertEqual(MerkleTree(blocks(7)).root, base.root)
        for i in range(7):
            changed = blocks(7)
            changed[i] += "!"
            self.assertNotEqual(MerkleTree(changed).root, base.root, f"changing leaf {i}")
        swapped = blocks(7)
        swapped[2], swapped[3] = swapped[3], swapped[2]
        self.assertNotEqual(MerkleTree(swapped).root, base.root)

    def test_identical_trees_have_no_differing_leaves_and_cost_a_single_comparison(self):
        result = diff_leaves(MerkleTree(blocks(100)), MerkleTree(blocks(100)))
        self.assertEqual((result.leaves, result.comparisons), ([], 1))

    def test_finds_a_single_changed_leaf(self):
        a = MerkleTree(["alice:10", "bob:20", "carol:30", "dave:40"])
        b = MerkleTree(["alice:10", "bob:25", "carol:30", "dave:40"])
        # root, then both children of the root, then both leaves under the differing child
        result = diff_leaves(a, b)
        self.assertEqual((result.leaves, result.comparisons), ([1], 5))
        self.assertEqual(diff_leaves(b, a).leaves, [1])

    def test_lists_several_changed_leaves_in_ascending_order_including_a_carried_up_last_leaf(self):
        original = blocks(13)
        changed = list(original)
        for i in [12, 0, 7, 5]:
            changed[i] = f"changed-{i}"
        self.assertEqual(diff_leaves(MerkleTree(original), MerkleTree(changed)).leaves, [0, 5, 7, 12])

    def test_lists_every_leaf_when_all_of_them_differ(self):
        result = diff_leaves(MerkleTree(blocks(9, "x")), MerkleTree(blocks(9, "y")))
        self.assertEqual(result.leaves, list(range(9)))

    def test_skips_subtrees_whose_hashes_match(self):
        original = blocks(1024)
        one_change = list(original)
        one_change[700] = "tampered"
        single = diff_leaves(MerkleTree(original), MerkleTree(one_change))
        self.assertEqual(single.leaves, [700])
        self.assertLessEqual(single.comparisons, 21, "comparisons for one changed leaf of 1024")
        two_changes = list(one_change)
        two_changes[3] = "tampered too"
        double = diff_leaves(MerkleTree(original), MerkleTree(two_changes))
        self.assertEqual(double.leaves, [3, 700])
        self.assertLessEqual(double.comparisons, 41, "comparisons for two changed leaves of 1024")

    def test_matches_a_leaf_by_leaf_comparison_on_random_edits(self):
        seed = 12

        def next_int(n):
            nonlocal seed
            seed = (seed * 48271) % 2147483647
            return seed % n

        for round_number in range(20):
            size = 1 + next_int(60)
            original = blocks(size)
            edited = list(original)
            for k in range(next_int(5), 0, -1):
                edited[next_int(size)] = f"edit-{round_number}-{k}"
            expected = [i for i, (x, y) in enumerate(zip(original, edited)) if x != y]
            self.assertEqual(diff_leaves(MerkleTree(original), MerkleTree(edited)).leaves, expected, f"round {round_number}")

    def test_rejects_trees_with_different_numbers_of_leaves_with_value_error(self):
        with self.assertRaises(ValueError):
            diff_leaves(MerkleTree(blocks(4)), MerkleTree(blocks(5)))


if __name__ == "__main__":
    unittest.main()

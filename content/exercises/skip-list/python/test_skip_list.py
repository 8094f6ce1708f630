import math
import unittest

from skip_list import SkipList, mulberry32


def level_drawer(seed, max_level):
    """The levels the documented rule draws from mulberry32(seed)."""
    random = mulberry32(seed)

    def draw():
        level = 1
        while level < max_level and random() < 0.5:
            level += 1
        return level

    return draw


def scrambled_keys(n):
    """Distinct keys in a scrambled order: (i * 37) mod 1000 for i = 0 … n - 1."""
    return [(i * 37) % 1000 for i in range(n)]


class SkipListTest(unittest.TestCase):
    def test_an_empty_list_finds_nothing(self):
        skip = SkipList()
        self.assertIsNone(skip.search(1))
        self.assertEqual(len(skip), 0)
        self.assertEqual(skip.range(-math.inf, math.inf), [])
        self.assertFalse(skip.delete(1))

    def test_search_finds_the_value_stored_by_insert(self):
        skip = SkipList(3)
        skip.insert(5, "five")
        skip.insert(1, "one")
        skip.insert(9, "nine")
        self.assertEqual(skip.search(1), "one")
        self.assertEqual(skip.search(5), "five")
        self.assertEqual(skip.search(9), "nine")
        self.assertIsNone(skip.search(4))
        self.assertEqual(len(skip), 3)

    def test_inserting_an_existing_key_replaces_its_value_without_growing_the_size(self):
        skip = SkipList(3)
        skip.insert(5, "old")
        skip.insert(5, "new")
        self.assertEqual(skip.search(5), "new")
        self.assertEqual(len(skip), 1)

    def test_delete_removes_a_key_and_reports_whether_it_was_present(self):
        skip = SkipList(11)
        for key in [4, 8, 15, 16, 23, 42]:
            skip.insert(key, key * 10)
        self.assertTrue(skip.delete(15))
        self.assertFalse(skip.delete(15))
        self.assertFalse(skip.delete(7))
        self.assertIsNone(skip.search(15))
        self.assertEqual(skip.search(16), 160)
        self.assertEqual(len(skip), 5)
        self.assertEqual([key for key, _ in skip.range(-math.inf, math.inf)], [4, 8, 16, 23, 42])

    def test_keeps_keys_in_ascending_order_whatever_the_insertion_order(self):
        skip = SkipList(5)
        keys = scrambled_keys(300)
        for key in keys:
            skip.insert(key, -key)
        self.assertEqual(skip.range(-math.inf, math.inf), [(key, -key) for key in sorted(keys)])

    def test_range_returns_the_pairs_between_the_bounds_inclusively(self):
        skip = SkipList(8)
        for key in [10, 20, 30, 40, 50]:
            skip.insert(key, f"v{key}")
        self.assertEqual(skip.range(20, 40), [(20, "v20"), (30, "v30"), (40, "v40")])
        self.assertEqual(skip.range(15, 35), [(20, "v20"), (30, "v30")])
        self.assertEqual(skip.range(50, 50), [(50, "v50")])
        self.assertEqual(skip.range(-5, 10), [(10, "v10")])

    def test_range_is_empty_when_the_bounds_are_reversed_or_enclose_no_key(self):
        skip = SkipList(8)
        for key in [10, 20, 30]:
            skip.insert(key, f"v{key}")
        self.assertEqual(skip.range(30, 10), [])
        self.assertEqual(skip.range(11, 19), [])
        self.assertEqual(skip.range(31, 100), [])

    def test_draws_each_new_keys_level_from_the_seeded_generator(self):
        skip = SkipList(7)
        draw = level_drawer(7, 16)
        keys = scrambled_keys(200)
        expected = {}
        for key in keys:
            skip.insert(key, key)
            expected[key] = draw()
        for key in keys:
            self.assertEqual(skip.level_of(key), expected[key], f"level of {key}")
        self.assertGreater(max(expected.values()), 3, "some nodes should be tall")

    def test_updating_a_key_keeps_its_level_and_consumes_no_random_draw(self):
        skip = SkipList(99)
        draw = level_drawer(99, 16)
        skip.insert(1, "a")
        level_of_1 = draw()
        skip.insert(1, "b")
        skip.insert(2, "c")
        level_of_2 = draw()
        self.assertEqual(skip.level_of(1), level_of_1)
        self.assertEqual(skip.level_of(2), level_of_2)
        self.assertEqual(skip.search(1), "b")

    def test_levels_never_exceed_max_level(self):
        skip = SkipList(2024, 3)
        draw = level_drawer(2024, 3)
        keys = scrambled_keys(400)
        for key in keys:
            skip.insert(key, key)
            self.assertEqual(skip.level_of(key), draw(), f"level of {key}")
        levels = [skip.level_of(key) for key in keys]
        self.assertEqual(max(levels), 3)
        self.assertEqual(min(levels), 1)

    def test_level_of_returns_0_for_a_key_that_is_absent_or_deleted(self):
        skip = SkipList(1)
        self.assertEqual(skip.level_of(3), 0)
        skip.insert(3, 3)
        self.assertGreaterEqual(skip.level_of(3), 1)
        skip.delete(3)
        self.assertEqual(skip.level_of(3), 0)

    def test_matches_a_sorted_map_over_many_random_inserts_deletes_and_searches(self):
        skip = SkipList(31337)
        model = {}
        random = mulberry32(555)
        for step in range(4000):
            key = math.floor(random() * 300)
            action = random()
            if action < 0.5:
                skip.insert(key, step)
                model[key] = step
            elif action < 0.8:
                self.assertEqual(skip.delete(key), model.pop(key, None) is not None, f"delete({key}) at step {step}")
            else:
                self.assertEqual(skip.search(key), model.get(key), f"search({key}) at step {step}")
        self.assertEqual(len(skip), len(model))
        expected = sorted(model.items())
        self.assertEqual(skip.range(-math.inf, math.inf), expected)
        self.assertEqual(skip.range(100, 199), [(k, v) for k, v in expected if 100 <= k <= 199])

    def test_rejects_a_max_level_that_is_not_a_positive_integer_with_value_error(self):
        for bad in [0, -2, 2.5]:
            with self.assertRaises(ValueError, msg=repr(bad)):
                SkipList(1, bad)


if __name__ == "__main__":
    unittest.main()

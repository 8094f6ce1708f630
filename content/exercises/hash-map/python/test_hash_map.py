import unittest

from hash_map import HashMap, fnv1a32


def colliding_keys(count, capacity, home=None):
    """``count`` keys of the form "key-<n>" sharing one home slot in a table of ``capacity`` slots."""
    groups = {}
    n = 0
    while True:
        key = f"key-{n}"
        n += 1
        slot = fnv1a32(key) & (capacity - 1)
        if home is not None and slot != home:
            continue
        groups.setdefault(slot, []).append(key)
        if len(groups[slot]) == count:
            return slot, groups[slot]


class HashMapTest(unittest.TestCase):
    def test_an_empty_map_has_no_keys_and_capacity_8_by_default(self):
        m = HashMap()
        self.assertEqual(len(m), 0)
        self.assertEqual(m.capacity, 8)
        self.assertEqual(m.tombstones, 0)
        self.assertIsNone(m.get("x"))
        self.assertFalse(m.has("x"))
        self.assertEqual(m.keys(), [])

    def test_set_stores_values_and_set_on_an_existing_key_only_replaces_the_value(self):
        m = HashMap()
        m.set("apple", 1)
        m.set("pear", 2)
        m.set("apple", 10)
        self.assertEqual(m.get("apple"), 10)
        self.assertEqual(m.get("pear"), 2)
        self.assertTrue(m.has("pear"))
        self.assertEqual(len(m), 2)

    def test_places_keys_at_their_fnv1a_home_slot_and_probes_linearly_on_collisions(self):
        m = HashMap(16)
        home, keys = colliding_keys(3, 16)
        for i, key in enumerate(keys):
            m.set(key, i)
        self.assertEqual([m.slot_of(key) for key in keys], [home, (home + 1) & 15, (home + 2) & 15])
        self.assertEqual(m.slot_of("not-there"), -1)
        for key in ["ключ", "🔑", "plain"]:
            alone = HashMap(16)
            alone.set(key, 1)
            self.assertEqual(alone.slot_of(key), fnv1a32(key) & 15, f"home slot of {key}")

    def test_linear_probing_wraps_from_the_last_slot_to_slot_0(self):
        m = HashMap(8)
        _, keys = colliding_keys(2, 8, 7)
        m.set(keys[0], 0)
        m.set(keys[1], 1)
        self.assertEqual(m.slot_of(keys[0]), 7)
        self.assertEqual(m.slot_of(keys[1]), 0)
        self.assertEqual(m.get(keys[1]), 1)

    def test_delete_leaves_a_tombstone_so_keys_further_along_the_probe_path_stay_reachable(self):
        m = HashMap(8)
        home, keys = colliding_keys(3, 8)
        a, b, c = keys
        for key in keys:
            m.set(key, key.upper())
        self.assertTrue(m.delete(b))
        self.assertEqual(m.tombstones, 1)
        self.assertEqual(len(m), 2)
        self.assertFalse(m.has(b))
        self.assertEqual(m.get(c), c.upper())
        self.assertEqual(m.slot_of(c), (home + 2) & 7)
        self.assertEqual(m.get(a), a.upper())

    def test_a_new_key_reuses_the_first_tombstone_on_its_path_but_an_existing_key_is_never_duplicated(self):
        m = HashMap(8)
        home, keys = colliding_keys(4, 8)
        a, b, c, d = keys
        m.set(a, 1)
        m.set(b, 2)
        m.set(c, 3)
        m.delete(a)
        m.set(c, 30)  # c lives past the tombstone: update it in place
        self.assertEqual(len(m), 2)
        self.assertEqual(m.slot_of(c), (home + 2) & 7)
        self.assertEqual(m.tombstones, 1)
        m.set(d, 4)  # a new key takes the tombstone left by a
        self.assertEqual(m.slot_of(d), home)
        self.assertEqual(m.tombstones, 0)
        m.delete(c)
        self.assertIsNone(m.get(c), "no stale copy of c may survive")
        self.assertEqual([m.get(b), m.get(d), len(m)], [2, 4, 2])

    def test_delete_returns_false_for_a_key_that_is_absent_or_already_deleted(self):
        m = HashMap()
        m.set("a", 1)
        self.assertFalse(m.delete("b"))
        self.assertTrue(m.delete("a"))
        self.assertFalse(m.delete("a"))
        self.assertEqual(len(m), 0)
        self.assertEqual(m.tombstones, 1)

    def test_doubles_the_capacity_when_live_entries_would_exceed_75_percent_of_the_slots(self):
        m = HashMap(8)
        for i in range(6):
            m.set(f"k{i}", i)
        self.assertEqual(m.capacity, 8)
        m.set("k6", 6)
        self.assertEqual(m.capacity, 16)
        for i in range(7, 12):
            m.set(f"k{i}", i)
        self.assertEqual(m.capacity, 16)
        m.set("k12", 12)
        self.assertEqual(m.capacity, 32)
        for i in range(13):
            self.assertEqual(m.get(f"k{i}"), i)
        self.assertEqual(len(m), 13)

    def test_rebuilds_at_the_same_capacity_when_tombstones_rather_than_live_entries_fill_the_table(self):
        m = HashMap(8)
        for i in range(6):
            m.set(f"k{i}", i)
        m.delete("k0")
        self.assertEqual(m.tombstones, 1)
        m.set("fresh", 99)
        self.assertEqual(m.capacity, 8)
        self.assertEqual(m.tombstones, 0)
        self.assertEqual(len(m), 6)
        for i in range(1, 6):
            self.assertEqual(m.get(f"k{i}"), i)
        self.assertEqual(m.get("fresh"), 99)

    def test_endless_insert_and_delete_churn_neither_grows_the_table_nor_lets_tombstones_pile_up(self):
        m = HashMap(8)
        for i in range(1000):
            m.set(f"churn-{i}", i)
            self.assertEqual(m.get(f"churn-{i}"), i)
            m.delete(f"churn-{i}")
            self.assertLessEqual(len(m) + m.tombstones, 6, f"load at step {i}")
        self.assertEqual(m.capacity, 8)
        self.assertEqual(len(m), 0)
        self.assertIsNone(m.get("churn-5"))

    def test_keys_lists_the_live_keys_in_slot_order(self):
        m = HashMap(16)
        for key in ["a", "b", "c", "d", "e"]:
            m.set(key, 0)
        m.delete("c")
        keys = m.keys()
        self.assertEqual(sorted(keys), ["a", "b", "d", "e"])
        slots = [m.slot_of(key) for key in keys]
        self.assertEqual(slots, sorted(slots))

    def test_holds_thousands_of_keys_and_sizes_the_table_by_the_load_factor(self):
        m = HashMap()
        for i in range(5000):
            m.set(f"user:{i}", i * 2)
        self.assertEqual(len(m), 5000)
        self.assertEqual(m.capacity, 8192)
        for i in range(0, 5000, 7):
            self.assertEqual(m.get(f"user:{i}"), i * 2)
        self.assertIsNone(m.get("user:5000"))

    def test_matches_a_built_in_dict_over_a_long_sequence_of_sets_gets_and_deletes(self):
        m = HashMap(2)
        model = {}
        seed = 77

        def next_int(n):
            nonlocal seed
            seed = (seed * 48271) % 2147483647
            return seed % n

        for step in range(4000):
            key = f"k{next_int(60)}"
            op = next_int(3)
            if op == 0:
                m.set(key, step)
                model[key] = step
            elif op == 1:
                self.assertEqual(m.delete(key), model.pop(key, None) is not None, f"delete({key}) at step {step}")
            else:
                self.assertEqual(m.get(key), model.get(key), f"get({key}) at step {step}")
            self.assertEqual(len(m), len(model))
            self.assertLessEqual(len(m) + m.tombstones, 0.75 * m.capacity)
        self.assertEqual(sorted(m.keys()), sorted(model))

    def test_rejects_an_initial_capacity_that_is_not_a_positive_power_of_two_with_value_error(self):
        for bad in [0, -8, 6, 12, 1.5]:
            with self.assertRaises(ValueError, msg=f"capacity {bad}"):
                HashMap(bad)
        self.assertEqual(HashMap(1).capacity, 1)


if __name__ == "__main__":
    unittest.main()

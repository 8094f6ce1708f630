import unittest

from lru_cache import LRUCache


class LRUCacheTest(unittest.TestCase):
    def test_returns_none_for_a_key_that_was_never_stored(self):
        cache = LRUCache(2)
        self.assertIsNone(cache.get("missing"))
        self.assertEqual(len(cache), 0)

    def test_returns_the_value_stored_by_put(self):
        cache = LRUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        self.assertEqual(cache.get("a"), 1)
        self.assertEqual(cache.get("b"), 2)
        self.assertEqual(len(cache), 2)

    def test_evicts_the_least_recently_used_key_when_a_new_key_exceeds_the_capacity(self):
        cache = LRUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.put("c", 3)
        self.assertIsNone(cache.get("a"))
        self.assertEqual(cache.get("b"), 2)
        self.assertEqual(cache.get("c"), 3)

    def test_a_get_refreshes_recency_so_the_read_key_survives_the_next_eviction(self):
        cache = LRUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        self.assertEqual(cache.get("a"), 1)
        cache.put("c", 3)
        self.assertIsNone(cache.get("b"))
        self.assertEqual(cache.get("a"), 1)
        self.assertEqual(cache.get("c"), 3)

    def test_a_get_of_a_missing_key_does_not_change_the_eviction_order(self):
        cache = LRUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        self.assertIsNone(cache.get("zzz"))
        cache.put("c", 3)
        self.assertEqual(cache.keys(), ["b", "c"])
        self.assertEqual(len(cache), 2)

    def test_put_on_an_existing_key_replaces_its_value_without_growing_the_size(self):
        cache = LRUCache(3)
        cache.put("a", 1)
        cache.put("a", 10)
        self.assertEqual(cache.get("a"), 10)
        self.assertEqual(len(cache), 1)

    def test_put_on_an_existing_key_refreshes_its_recency(self):
        cache = LRUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.put("a", 11)
        cache.put("c", 3)
        self.assertIsNone(cache.get("b"))
        self.assertEqual(cache.get("a"), 11)
        self.assertEqual(cache.get("c"), 3)

    def test_updating_an_existing_key_in_a_full_cache_evicts_nothing(self):
        cache = LRUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.put("b", 20)
        self.assertEqual(len(cache), 2)
        self.assertEqual(cache.get("a"), 1)
        self.assertEqual(cache.get("b"), 20)

    def test_a_cache_of_capacity_1_keeps_only_the_most_recent_key(self):
        cache = LRUCache(1)
        cache.put("a", 1)
        self.assertEqual(cache.get("a"), 1)
        cache.put("b", 2)
        self.assertIsNone(cache.get("a"))
        self.assertEqual(cache.get("b"), 2)
        cache.put("b", 3)
        self.assertEqual(cache.get("b"), 3)
        self.assertEqual(len(cache), 1)

    def test_the_size_never_exceeds_the_capacity(self):
        cache = LRUCache(5)
        for i in range(100):
            cache.put(i, i * i)
            self.assertLessEqual(len(cache), 5)
        self.assertEqual(len(cache), 5)
        self.assertEqual(cache.keys(), [95, 96, 97, 98, 99])

    def test_keys_lists_keys_from_least_to_most_recently_used_without_changing_recency(self):
        cache = LRUCache(3)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.put("c", 3)
        cache.get("a")
        self.assertEqual(cache.keys(), ["b", "c", "a"])
        self.assertEqual(cache.keys(), ["b", "c", "a"])
        cache.put("d", 4)
        self.assertEqual(cache.keys(), ["c", "a", "d"])

    def test_matches_a_reference_model_over_a_long_sequence_of_mixed_operations(self):
        capacity = 8
        cache = LRUCache(capacity)
        # Reference model: a list ordered from least to most recently used.
        model = []
        seed = 12345

        def next_int(n):
            nonlocal seed
            seed = (seed * 48271) % 2147483647
            return seed % n

        for step in range(3000):
            key = next_int(20)
            at = next((i for i, (k, _) in enumerate(model) if k == key), -1)
            if next_int(2) == 0:
                expected = None if at == -1 else model[at][1]
                if at != -1:
                    model.append(model.pop(at))
                self.assertEqual(cache.get(key), expected, f"get({key}) at step {step}")
            else:
                if at != -1:
                    model.pop(at)
                elif len(model) == capacity:
                    model.pop(0)
                model.append((key, step))
                cache.put(key, step)
            self.assertEqual(len(cache), len(model))
        self.assertEqual(cache.keys(), [k for k, _ in model])

    def test_rejects_a_capacity_that_is_zero_or_negative_with_value_error(self):
        with self.assertRaises(ValueError):
            LRUCache(0)
        with self.assertRaises(ValueError):
            LRUCache(-3)

    def test_rejects_a_capacity_that_is_not_an_integer_with_value_error(self):
        with self.assertRaises(ValueError):
            LRUCache(2.5)
        with self.assertRaises(ValueError):
            LRUCache(float("nan"))


if __name__ == "__main__":
    unittest.main()

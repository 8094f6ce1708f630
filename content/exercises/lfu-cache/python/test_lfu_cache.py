import unittest

from lfu_cache import LFUCache


class LFUCacheTest(unittest.TestCase):
    def test_returns_none_for_a_missing_key_and_counts_nothing(self):
        cache = LFUCache(2)
        self.assertIsNone(cache.get("missing"))
        self.assertEqual(cache.frequency("missing"), 0)
        self.assertEqual(len(cache), 0)

    def test_returns_stored_values_and_starts_new_keys_at_frequency_1(self):
        cache = LFUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        self.assertEqual(cache.frequency("a"), 1)
        self.assertEqual(cache.get("a"), 1)
        self.assertEqual(cache.get("b"), 2)
        self.assertEqual(len(cache), 2)

    def test_each_get_hit_and_each_put_of_an_existing_key_adds_one_use(self):
        cache = LFUCache(2)
        cache.put("a", 1)
        cache.get("a")
        cache.get("a")
        cache.put("a", 5)
        self.assertEqual(cache.frequency("a"), 4)
        self.assertEqual(cache.frequency("a"), 4, "frequency() itself is not a use")
        self.assertEqual(cache.get("a"), 5)

    def test_evicts_the_key_with_the_lowest_frequency(self):
        cache = LFUCache(3)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.put("c", 3)
        cache.get("a")
        cache.get("c")
        cache.put("d", 4)
        self.assertIsNone(cache.get("b"))
        self.assertEqual(cache.get("a"), 1)
        self.assertEqual(cache.get("c"), 3)
        self.assertEqual(cache.get("d"), 4)

    def test_breaks_a_frequency_tie_by_evicting_the_least_recently_used_key(self):
        cache = LFUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.get("b")
        cache.get("a")
        # a and b both have frequency 2; b's last use is older than a's, although a was inserted first.
        cache.put("c", 3)
        self.assertIsNone(cache.get("b"))
        self.assertEqual(cache.get("a"), 1)
        self.assertEqual(cache.get("c"), 3)

    def test_a_newly_inserted_key_is_the_first_candidate_for_the_next_eviction(self):
        cache = LFUCache(2)
        cache.put("a", 1)
        for _ in range(3):
            cache.get("a")
        cache.put("b", 2)
        for _ in range(3):
            cache.get("b")
        cache.put("c", 3)  # a and b have frequency 4; a was used longer ago
        self.assertEqual(cache.frequency("a"), 0)
        self.assertEqual(cache.frequency("c"), 1)
        cache.put("d", 4)  # c (frequency 1) must go, not b
        self.assertEqual(cache.frequency("c"), 0)
        self.assertEqual(cache.get("b"), 2)
        self.assertEqual(cache.get("d"), 4)

    def test_put_on_an_existing_key_in_a_full_cache_replaces_the_value_and_evicts_nothing(self):
        cache = LFUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.put("b", 20)
        self.assertEqual(len(cache), 2)
        self.assertEqual(cache.get("a"), 1)
        self.assertEqual(cache.get("b"), 20)

    def test_an_evicted_key_that_comes_back_starts_again_at_frequency_1(self):
        cache = LFUCache(1)
        cache.put("a", 1)
        cache.get("a")
        cache.get("a")
        cache.put("b", 2)
        self.assertEqual(cache.frequency("a"), 0)
        cache.put("a", 10)
        self.assertEqual(cache.frequency("a"), 1)
        self.assertEqual(cache.get("a"), 10)

    def test_a_cache_of_capacity_1_always_replaces_its_single_entry(self):
        cache = LFUCache(1)
        cache.put("a", 1)
        for _ in range(5):
            cache.get("a")
        cache.put("b", 2)
        self.assertIsNone(cache.get("a"))
        self.assertEqual(cache.get("b"), 2)
        self.assertEqual(len(cache), 1)

    def test_the_size_never_exceeds_the_capacity(self):
        cache = LFUCache(4)
        for i in range(50):
            cache.put(i, i)
            if i % 3 == 0:
                cache.get(i)
            self.assertLessEqual(len(cache), 4)
        self.assertEqual(len(cache), 4)

    def test_matches_a_reference_model_over_a_long_sequence_of_mixed_operations(self):
        capacity = 6
        cache = LFUCache(capacity)
        model = {}  # key -> {"value", "frequency", "last_use"}
        seed = 2024

        def next_int(n):
            nonlocal seed
            seed = (seed * 48271) % 2147483647
            return seed % n

        for step in range(3000):
            key = next_int(15)
            entry = model.get(key)
            if next_int(3) == 0:
                if entry is not None:
                    entry["frequency"] += 1
                    entry["last_use"] = step
                expected = None if entry is None else entry["value"]
                self.assertEqual(cache.get(key), expected, f"get({key}) at step {step}")
            else:
                if entry is not None:
                    entry.update(value=step, frequency=entry["frequency"] + 1, last_use=step)
                else:
                    if len(model) == capacity:
                        victim = min(model, key=lambda k: (model[k]["frequency"], model[k]["last_use"]))
                        del model[victim]
                    model[key] = {"value": step, "frequency": 1, "last_use": step}
                cache.put(key, step)
            self.assertEqual(len(cache), len(model))
        for key in range(15):
            expected = model[key]["frequency"] if key in model else 0
            self.assertEqual(cache.frequency(key), expected, f"frequency({key})")

    def test_rejects_a_capacity_that_is_not_a_positive_integer_with_value_error(self):
        for bad in [0, -1, 1.5]:
            with self.assertRaises(ValueError, msg=repr(bad)):
                LFUCache(bad)


if __name__ == "__main__":
    unittest.main()

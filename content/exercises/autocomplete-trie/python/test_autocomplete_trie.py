import math
import unittest

from autocomplete_trie import AutocompleteTrie


def trie_of(entries):
    trie = AutocompleteTrie()
    for word, weight in entries:
        trie.insert(word, weight)
    return trie


class AutocompleteTrieTest(unittest.TestCase):
    def test_an_empty_trie_suggests_nothing(self):
        trie = AutocompleteTrie()
        self.assertEqual(trie.suggest("", 5), [])
        self.assertEqual(trie.suggest("a", 5), [])
        self.assertEqual(len(trie), 0)
        self.assertEqual(trie.node_count, 0)
        self.assertFalse(trie.has("a"))

    def test_suggests_the_words_that_start_with_the_prefix_highest_weight_first(self):
        trie = trie_of([("car", 50), ("cart", 80), ("cat", 20), ("dog", 99), ("carbon", 65)])
        self.assertEqual(trie.suggest("car", 10), ["cart", "carbon", "car"])
        self.assertEqual(trie.suggest("ca", 10), ["cart", "carbon", "car", "cat"])
        self.assertEqual(trie.suggest("d", 10), ["dog"])

    def test_orders_words_with_equal_weights_alphabetically(self):
        trie = trie_of([("beta", 5), ("bravo", 5), ("banana", 5), ("bark", 7)])
        self.assertEqual(trie.suggest("b", 10), ["bark", "banana", "beta", "bravo"])

    def test_returns_at_most_k_suggestions(self):
        trie = trie_of([("sun", 1), ("sunday", 4), ("sunny", 3), ("sunset", 2)])
        self.assertEqual(trie.suggest("sun", 2), ["sunday", "sunny"])
        self.assertEqual(trie.suggest("sun", 1), ["sunday"])
        self.assertEqual(trie.suggest("sun", 0), [])
        self.assertEqual(trie.suggest("sun", 100), ["sunday", "sunny", "sunset", "sun"])

    def test_includes_the_prefix_itself_when_it_is_a_word(self):
        trie = trie_of([("go", 10), ("gopher", 3), ("golang", 5)])
        self.assertEqual(trie.suggest("go", 3), ["go", "golang", "gopher"])
        self.assertEqual(trie.suggest("gopher", 3), ["gopher"])

    def test_returns_nothing_for_a_prefix_that_no_word_starts_with(self):
        trie = trie_of([("apple", 1), ("apply", 2)])
        self.assertEqual(trie.suggest("b", 5), [])
        self.assertEqual(trie.suggest("applesauce", 5), [])
        self.assertEqual(trie.suggest("Apple", 5), [], "matching is case-sensitive")

    def test_an_empty_prefix_ranks_every_word(self):
        trie = trie_of([("x", 1), ("yy", 3), ("zzz", 2)])
        self.assertEqual(trie.suggest("", 10), ["yy", "zzz", "x"])
        self.assertEqual(trie.suggest("", 1), ["yy"])

    def test_finds_the_best_completion_even_when_it_lies_deep_in_the_subtree(self):
        trie = trie_of([("a", 1), ("ab", 2), ("abc", 3), ("ad", 4), ("abcdefghij", 100), ("b", 1000)])
        self.assertEqual(trie.suggest("a", 1), ["abcdefghij"])
        self.assertEqual(trie.suggest("a", 2), ["abcdefghij", "ad"])

    def test_inserting_an_existing_word_replaces_its_weight_without_adding_it_twice(self):
        trie = trie_of([("java", 10), ("javascript", 20)])
        trie.insert("java", 30)
        self.assertEqual(len(trie), 2)
        self.assertEqual(trie.weight_of("java"), 30)
        self.assertEqual(trie.suggest("java", 5), ["java", "javascript"])
        trie.insert("java", 0)
        self.assertEqual(trie.suggest("java", 5), ["javascript", "java"])

    def test_words_share_the_nodes_of_their_common_prefixes(self):
        trie = trie_of([("car", 1), ("cart", 1), ("care", 1)])
        self.assertEqual(trie.node_count, 5)
        trie.insert("cat", 1)
        self.assertEqual(trie.node_count, 6)
        trie.insert("car", 9)
        self.assertEqual(trie.node_count, 6)
        self.assertEqual(len(trie), 4)

    def test_remove_deletes_a_word_keeps_words_sharing_its_prefix_and_prunes_unused_nodes(self):
        trie = trie_of([("car", 1), ("cart", 2), ("care", 3)])
        self.assertTrue(trie.remove("cart"))
        self.assertEqual(trie.node_count, 4)
        self.assertTrue(trie.remove("car"))
        self.assertEqual(trie.node_count, 4, "care still needs c, a, r, e")
        self.assertFalse(trie.has("car"))
        self.assertTrue(trie.has("care"))
        self.assertEqual(trie.suggest("car", 5), ["care"])
        trie.insert("car", 1)
        self.assertTrue(trie.remove("care"))
        self.assertEqual(trie.node_count, 3, "car still needs c, a, r")
        self.assertEqual(trie.suggest("c", 5), ["car"])
        self.assertTrue(trie.remove("car"))
        self.assertEqual(trie.node_count, 0)
        self.assertEqual(len(trie), 0)
        self.assertEqual(trie.suggest("", 5), [])

    def test_remove_returns_false_for_an_absent_word_or_a_prefix_that_is_not_a_word(self):
        trie = trie_of([("card", 1)])
        self.assertFalse(trie.remove("car"))
        self.assertFalse(trie.remove("cards"))
        self.assertFalse(trie.remove("dog"))
        self.assertEqual(len(trie), 1)
        self.assertEqual(trie.node_count, 4)
        self.assertFalse(trie.has("car"))
        self.assertIsNone(trie.weight_of("car"))

    def test_matches_a_brute_force_ranking_over_many_generated_words(self):
        trie = AutocompleteTrie()
        model = {}
        seed = 4242

        def next_int(n):
            nonlocal seed
            seed = (seed * 48271) % 2147483647
            return seed % n

        for _ in range(600):
            length = 1 + next_int(6)
            word = "".join("abc"[next_int(3)] for _ in range(length))
            weight = next_int(20)
            trie.insert(word, weight)
            model[word] = weight
        for prefix in ["", "a", "b", "ab", "ca", "abc", "cccc", "bacab"]:
            ranked = sorted((w for w in model if w.startswith(prefix)), key=lambda w: (-model[w], w))
            self.assertEqual(trie.suggest(prefix, 7), ranked[:7], f'prefix "{prefix}"')
        self.assertEqual(len(trie), len(model))

    def test_rejects_an_empty_word_an_invalid_weight_or_an_invalid_k_with_value_error(self):
        trie = AutocompleteTrie()
        for word, weight in [("", 1), ("word", -1), ("word", math.nan), ("word", math.inf)]:
            with self.assertRaises(ValueError, msg=f"insert({word!r}, {weight!r})"):
                trie.insert(word, weight)
        for k in [-1, 1.5]:
            with self.assertRaises(ValueError, msg=f"k={k!r}"):
                trie.suggest("w", k)
        self.assertEqual(len(trie), 0)


if __name__ == "__main__":
    unittest.main()

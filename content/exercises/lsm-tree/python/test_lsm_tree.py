import unittest

from lsm_tree import LSMTree


class LSMTreeTest(unittest.TestCase):
    def test_get_returns_the_latest_value_written_to_the_memtable(self):
        db = LSMTree(10)
        db.put("a", "1")
        db.put("a", "2")
        self.assertEqual(db.get("a"), "2")
        self.assertEqual(db.memtable_size(), 1)
        self.assertEqual(db.runs(), [])

    def test_get_returns_none_for_a_key_that_was_never_written(self):
        db = LSMTree(2)
        self.assertIsNone(db.get("missing"))
        db.put("a", "1")
        db.put("b", "2")
        self.assertIsNone(db.get("missing"))

    def test_flush_turns_the_memtable_into_a_run_sorted_by_key_and_empties_the_memtable(self):
        db = LSMTree(10)
        db.put("m", "1")
        db.put("c", "2")
        db.put("x", "3")
        db.put("a", "4")
        db.flush()
        self.assertEqual(db.runs(), [[("a", "4"), ("c", "2"), ("m", "1"), ("x", "3")]])
        self.assertEqual(db.memtable_size(), 0)
        self.assertEqual(db.get("m"), "1")

    def test_the_memtable_flushes_automatically_once_it_holds_memtable_limit_distinct_keys(self):
        db = LSMTree(3)
        db.put("b", "1")
        db.put("a", "1")
        db.put("b", "2")  # overwrites in place: still 2 distinct keys
        self.assertEqual(db.memtable_size(), 2)
        self.assertEqual(db.runs(), [])
        db.put("c", "1")
        self.assertEqual(db.memtable_size(), 0)
        self.assertEqual(db.runs(), [[("a", "1"), ("b", "2"), ("c", "1")]])

    def test_flushing_an_empty_memtable_creates_no_run(self):
        db = LSMTree(5)
        db.flush()
        self.assertEqual(db.runs(), [])
        db.put("a", "1")
        db.flush()
        db.flush()
        self.assertEqual(len(db.runs()), 1)

    def test_reads_return_the_newest_version_across_the_memtable_and_the_runs(self):
        db = LSMTree(100)
        db.put("k", "v1")
        db.flush()
        db.put("k", "v2")
        db.flush()
        db.put("other", "x")
        db.flush()
        self.assertEqual(db.get("k"), "v2")
        db.put("k", "v3")
        self.assertEqual(db.get("k"), "v3")
        db.flush()
        self.assertEqual(db.get("k"), "v3")
        self.assertEqual(len(db.runs()), 4)

    def test_runs_are_listed_newest_first_and_later_writes_never_change_them(self):
        db = LSMTree(100)
        db.put("a", "old")
        db.flush()
        db.put("a", "new")
        db.flush()
        db.put("a", "newest")
        db.delete("b")
        self.assertEqual(db.runs(), [[("a", "new")], [("a", "old")]])
        copy = db.runs()
        copy[0].append(("z", "tampered"))
        self.assertEqual(db.runs(), [[("a", "new")], [("a", "old")]])

    def test_delete_writes_a_tombstone_that_hides_the_value_in_an_older_run(self):
        db = LSMTree(100)
        db.put("a", "1")
        db.put("b", "2")
        db.flush()
        db.delete("a")
        self.assertIsNone(db.get("a"))
        db.flush()
        self.assertEqual(db.runs()[0], [("a", None)])
        self.assertIsNone(db.get("a"))
        self.assertEqual(db.get("b"), "2")

    def test_a_put_after_a_delete_brings_the_key_back(self):
        db = LSMTree(100)
        db.put("a", "1")
        db.flush()
        db.delete("a")
        db.flush()
        db.put("a", "2")
        self.assertEqual(db.get("a"), "2")
        db.flush()
        self.assertEqual(db.get("a"), "2")

    def test_scan_returns_live_keys_in_the_half_open_range_with_their_newest_values(self):
        db = LSMTree(100)
        db.put("a", "1")
        db.put("b", "1")
        db.put("c", "1")
        db.put("d", "1")
        db.flush()
        db.put("b", "2")
        db.delete("c")
        db.flush()
        db.put("bb", "3")
        db.put("a", "3")
        self.assertEqual(db.scan("b", "d"), [("b", "2"), ("bb", "3")])
        self.assertEqual(db.scan("a", "z"), [("a", "3"), ("b", "2"), ("bb", "3"), ("d", "1")])
        self.assertEqual(db.scan("x", "z"), [])

    def test_compaction_merges_all_runs_into_one_keeping_only_the_newest_version_of_each_key(self):
        db = LSMTree(100)
        db.put("a", "1")
        db.put("c", "1")
        db.flush()
        db.put("a", "2")
        db.put("b", "2")
        db.flush()
        db.put("c", "3")
        db.flush()
        db.compact()
        self.assertEqual(db.runs(), [[("a", "2"), ("b", "2"), ("c", "3")]])
        self.assertEqual(db.get("a"), "2")
        self.assertEqual(db.get("c"), "3")

    def test_compaction_drops_tombstones_together_with_the_values_they_hid(self):
        db = LSMTree(100)
        db.put("a", "1")
        db.put("b", "1")
        db.flush()
        db.delete("a")
        db.flush()
        db.compact()
        self.assertEqual(db.runs(), [[("b", "1")]])
        self.assertIsNone(db.get("a"))
        db.delete("b")
        db.flush()
        db.compact()
        self.assertEqual(db.runs(), [])
        self.assertIsNone(db.get("b"))

    def test_compaction_leaves_the_memtable_alone_so_a_tombstone_there_still_hides_the_key(self):
        db = LSMTree(100)
        db.put("a", "1")
        db.flush()
        db.delete("a")
        db.compact()
        self.assertEqual(db.runs(), [[("a", "1")]])
        self.assertEqual(db.memtable_size(), 1)
        self.assertIsNone(db.get("a"))
        self.assertEqual(db.scan("a", "b"), [])

    def test_rejects_a_memtable_limit_that_is_not_a_positive_integer(self):
        with self.assertRaises(ValueError):
            LSMTree(0)
        with self.assertRaises(ValueError):
            LSMTree(-3)
        with self.assertRaises(ValueError):
            LSMTree(1.5)


if __name__ == "__main__":
    unittest.main()

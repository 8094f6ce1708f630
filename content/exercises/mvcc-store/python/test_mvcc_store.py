import unittest

from mvcc_store import MVCCStore, TransactionClosedError, WriteConflictError


def commit_writes(store, writes):
    """Commit the given writes in one transaction (None deletes)."""
    tx = store.begin()
    for key, value in writes.items():
        if value is None:
            tx.delete(key)
        else:
            tx.put(key, value)
    tx.commit()


class MVCCStoreTest(unittest.TestCase):
    def test_a_committed_write_is_visible_to_transactions_that_begin_afterwards(self):
        store = MVCCStore()
        self.assertIsNone(store.get("a"))
        commit_writes(store, {"a": "1"})
        self.assertEqual(store.get("a"), "1")
        reader = store.begin()
        self.assertEqual(reader.get("a"), "1")
        self.assertIsNone(reader.get("missing"))

    def test_a_transaction_reads_its_own_uncommitted_writes_and_nobody_else_does(self):
        store = MVCCStore()
        commit_writes(store, {"a": "1"})
        writer = store.begin()
        other = store.begin()
        writer.put("a", "2")
        writer.put("b", "new")
        writer.put("a", "3")
        self.assertEqual(writer.get("a"), "3")
        self.assertEqual(writer.get("b"), "new")
        self.assertEqual(other.get("a"), "1")
        self.assertIsNone(other.get("b"))
        self.assertEqual(store.get("a"), "1")
        writer.delete("a")
        self.assertIsNone(writer.get("a"))
        self.assertEqual(store.get("a"), "1")

    def test_a_snapshot_does_not_see_commits_made_after_it_began_even_of_new_keys(self):
        store = MVCCStore()
        commit_writes(store, {"a": "1"})
        reader = store.begin()
        commit_writes(store, {"a": "2", "b": "born later"})
        self.assertEqual(reader.get("a"), "1")
        self.assertIsNone(reader.get("b"))
        self.assertEqual(store.begin().get("a"), "2")
        self.assertEqual(store.begin().get("b"), "born later")

    def test_a_delete_adds_a_version_so_older_snapshots_still_see_the_old_value(self):
        store = MVCCStore()
        commit_writes(store, {"a": "1"})
        before = store.begin()
        commit_writes(store, {"a": None})
        self.assertEqual(before.get("a"), "1")
        self.assertIsNone(store.begin().get("a"))
        self.assertIsNone(store.get("a"))
        self.assertEqual(store.version_count("a"), 2)

    def test_when_two_transactions_write_the_same_key_the_first_committer_wins(self):
        store = MVCCStore()
        commit_writes(store, {"balance": "100"})
        t1 = store.begin()
        t2 = store.begin()
        t1.put("balance", "90")
        t2.put("balance", "80")
        t1.commit()
        with self.assertRaises(WriteConflictError):
            t2.commit()
        self.assertEqual(store.get("balance"), "90")

    def test_a_transaction_that_loses_a_conflict_applies_none_of_its_writes(self):
        store = MVCCStore()
        commit_writes(store, {"x": "0", "y": "0"})
        t1 = store.begin()
        t2 = store.begin()
        t1.put("x", "t1")
        t2.put("y", "t2")
        t2.put("z", "t2")
        t2.put("x", "t2")
        t1.commit()
        with self.assertRaises(WriteConflictError):
            t2.commit()
        self.assertEqual(store.get("x"), "t1")
        self.assertEqual(store.get("y"), "0")
        self.assertIsNone(store.get("z"))
        self.assertEqual(store.version_count("z"), 0)

    def test_a_blind_write_or_delete_conflicts_with_a_newer_committed_version_it_never_read(self):
        store = MVCCStore()
        commit_writes(store, {"a": "1", "b": "1"})
        blind_put = store.begin()
        blind_delete = store.begin()
        commit_writes(store, {"a": "2", "b": "2"})
        blind_put.put("a", "3")
        blind_delete.delete("b")
        with self.assertRaises(WriteConflictError):
            blind_put.commit()
        with self.assertRaises(WriteConflictError):
            blind_delete.commit()
        self.assertEqual(store.get("a"), "2")
        self.assertEqual(store.get("b"), "2")

    def test_a_version_committed_before_the_snapshot_is_not_a_conflict(self):
        store = MVCCStore()
        commit_writes(store, {"a": "1"})
        commit_writes(store, {"a": "2"})
        tx = store.begin()
        tx.put("a", "3")
        tx.commit()
        self.assertEqual(store.get("a"), "3")
        self.assertEqual(store.version_count("a"), 3)

    def test_concurrent_writes_to_different_keys_both_commit_so_write_skew_is_possible(self):
        store = MVCCStore()
        commit_writes(store, {"alice_on_call": "yes", "bob_on_call": "yes"})
        alice = store.begin()
        bob = store.begin()
        # Each checks that the other is still on call, then goes off call.
        self.assertEqual(alice.get("bob_on_call"), "yes")
        self.assertEqual(bob.get("alice_on_call"), "yes")
        alice.put("alice_on_call", "no")
        bob.put("bob_on_call", "no")
        alice.commit()
        bob.commit()
        self.assertEqual(store.get("alice_on_call"), "no")
        self.assertEqual(store.get("bob_on_call"), "no")

    def test_a_transaction_that_only_read_never_conflicts(self):
        store = MVCCStore()
        commit_writes(store, {"a": "1"})
        reader = store.begin()
        self.assertEqual(reader.get("a"), "1")
        commit_writes(store, {"a": "2"})
        self.assertEqual(reader.get("a"), "1")
        reader.commit()
        self.assertEqual(store.get("a"), "2")

    def test_a_finished_transaction_rejects_every_further_call_and_aborted_writes_never_appear(self):
        store = MVCCStore()
        aborted = store.begin()
        aborted.put("a", "ghost")
        aborted.abort()
        self.assertIsNone(store.get("a"))
        self.assertEqual(store.version_count("a"), 0)
        committed = store.begin()
        committed.put("b", "1")
        committed.commit()
        loser = store.begin()
        commit_writes(store, {"b": "2"})
        loser.put("b", "3")
        with self.assertRaises(WriteConflictError):
            loser.commit()
        for tx in (aborted, committed, loser):
            with self.assertRaises(TransactionClosedError):
                tx.get("a")
            with self.assertRaises(TransactionClosedError):
                tx.put("a", "x")
            with self.assertRaises(TransactionClosedError):
                tx.delete("a")
            with self.assertRaises(TransactionClosedError):
                tx.commit()
            with self.assertRaises(TransactionClosedError):
                tx.abort()
        self.assertIsNone(store.get("a"))
        self.assertEqual(store.get("b"), "2")

    def test_vacuum_keeps_the_versions_active_snapshots_still_need_and_removes_the_rest(self):
        store = MVCCStore()
        commit_writes(store, {"a": "1"})
        commit_writes(store, {"a": "2", "b": "x"})
        reader = store.begin()
        commit_writes(store, {"a": "3"})
        commit_writes(store, {"b": None})
        commit_writes(store, {"a": "4"})
        self.assertEqual(store.version_count("a"), 4)
        self.assertEqual(store.version_count("b"), 2)

        self.assertEqual(store.vacuum(), 1)  # only a = "1" is invisible to everyone
        self.assertEqual(store.version_count("a"), 3)
        self.assertEqual(store.version_count("b"), 2)
        self.assertEqual(reader.get("a"), "2")
        self.assertEqual(reader.get("b"), "x")

        reader.commit()
        self.assertEqual(store.vacuum(), 4)  # a = "2", "3"; b = "x" and its delete
        self.assertEqual(store.version_count("a"), 1)
        self.assertEqual(store.version_count("b"), 0)
        self.assertEqual(store.get("a"), "4")
        self.assertIsNone(store.get("b"))
        self.assertEqual(store.vacuum(), 0)


    def test_a_transaction_that_lost_a_conflict_or_aborted_no_longer_holds_back_vacuum(self):
        store = MVCCStore()
        commit_writes(store, {"a": "1"})
        loser = store.begin()
        quitter = store.begin()
        commit_writes(store, {"a": "2"})
        loser.put("a", "3")
        with self.assertRaises(WriteConflictError):
            loser.commit()
        quitter.abort()
        self.assertEqual(store.vacuum(), 1)  # no snapshot is active: only a = "2" is kept
        self.assertEqual(store.version_count("a"), 1)
        self.assertEqual(store.get("a"), "2")


if __name__ == "__main__":
    unittest.main()

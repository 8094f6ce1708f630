import unittest

from optimistic_locking import ConflictError, NotFoundError, VersionedStore, update_with_retry


class OptimisticLockingTest(unittest.TestCase):
    def test_insert_stores_a_new_record_at_version_1(self):
        store = VersionedStore()
        self.assertEqual(store.insert("acc-1", {"owner": "ada", "balance": 10}), ({"owner": "ada", "balance": 10}, 1))
        self.assertEqual(store.get("acc-1"), ({"owner": "ada", "balance": 10}, 1))
        self.assertEqual(store.get("acc-1").version, 1)
        self.assertIsNone(store.get("acc-2"))

    def test_inserting_an_id_that_already_exists_is_a_conflict_against_version_0(self):
        store = VersionedStore()
        store.insert("acc-1", {"owner": "ada", "balance": 10})
        store.update("acc-1", 1, {"owner": "ada", "balance": 20})
        with self.assertRaises(ConflictError) as caught:
            store.insert("acc-1", {"owner": "eve", "balance": 0})
        self.assertEqual(caught.exception.expected_version, 0)
        self.assertEqual(caught.exception.actual_version, 2)
        self.assertEqual(store.get("acc-1"), ({"owner": "ada", "balance": 20}, 2))

    def test_an_update_with_the_current_version_stores_the_value_and_bumps_the_version(self):
        store = VersionedStore()
        store.insert("acc-1", {"owner": "ada", "balance": 10})
        self.assertEqual(store.update("acc-1", 1, {"owner": "ada", "balance": 15}), ({"owner": "ada", "balance": 15}, 2))
        self.assertEqual(store.update("acc-1", 2, {"owner": "ada", "balance": 5}).version, 3)
        self.assertEqual(store.get("acc-1"), ({"owner": "ada", "balance": 5}, 3))

    def test_an_update_with_a_stale_version_throws_conflict_error_and_changes_nothing(self):
        store = VersionedStore()
        store.insert("acc-1", {"owner": "ada", "balance": 10})
        store.update("acc-1", 1, {"owner": "ada", "balance": 15})
        with self.assertRaises(ConflictError) as caught:
            store.update("acc-1", 1, {"owner": "ada", "balance": 999})
        self.assertEqual(caught.exception.id, "acc-1")
        self.assertEqual(caught.exception.expected_version, 1)
        self.assertEqual(caught.exception.actual_version, 2)
        with self.assertRaises(ConflictError):
            store.update("acc-1", 3, {"owner": "ada", "balance": 999})
        self.assertEqual(store.get("acc-1"), ({"owner": "ada", "balance": 15}, 2))

    def test_of_two_writers_that_read_the_same_version_only_the_first_ones_update_succeeds(self):
        store = VersionedStore()
        store.insert("acc-1", {"owner": "ada", "balance": 100})
        alice = store.get("acc-1")
        bob = store.get("acc-1")
        store.update("acc-1", alice.version, {**alice.value, "balance": alice.value["balance"] - 30})
        with self.assertRaises(ConflictError):
            store.update("acc-1", bob.version, {**bob.value, "balance": bob.value["balance"] - 50})
        self.assertEqual(store.get("acc-1"), ({"owner": "ada", "balance": 70}, 2))

    def test_updating_or_deleting_a_missing_record_throws_not_found_error(self):
        store = VersionedStore()
        with self.assertRaises(NotFoundError):
            store.update("ghost", 1, {"owner": "x", "balance": 0})
        with self.assertRaises(NotFoundError):
            store.delete("ghost", 1)
        self.assertIsNone(store.get("ghost"))

    def test_delete_needs_the_current_version_too(self):
        store = VersionedStore()
        store.insert("acc-1", {"owner": "ada", "balance": 10})
        store.update("acc-1", 1, {"owner": "ada", "balance": 11})
        with self.assertRaises(ConflictError):
            store.delete("acc-1", 1)
        self.assertEqual(store.get("acc-1").version, 2)
        store.delete("acc-1", 2)
        self.assertIsNone(store.get("acc-1"))
        with self.assertRaises(NotFoundError):
            store.delete("acc-1", 2)

    def test_the_store_keeps_its_own_copies_so_callers_cannot_change_a_record_behind_its_back(self):
        store = VersionedStore()
        original = {"owner": "ada", "balance": 10}
        store.insert("acc-1", original)
        original["balance"] = 1_000_000
        read = store.get("acc-1")
        read.value["balance"] = -1
        self.assertEqual(store.get("acc-1"), ({"owner": "ada", "balance": 10}, 1))
        following = {"owner": "ada", "balance": 20}
        store.update("acc-1", 1, following)
        following["balance"] = 0
        self.assertEqual(store.get("acc-1"), ({"owner": "ada", "balance": 20}, 2))

    def test_update_with_retry_applies_the_change_in_one_attempt_when_nobody_interferes(self):
        store = VersionedStore()
        store.insert("acc-1", {"owner": "ada", "balance": 10})
        calls = []

        def add_five(account):
            calls.append(1)
            return {**account, "balance": account["balance"] + 5}

        self.assertEqual(update_with_retry(store, "acc-1", add_five), ({"owner": "ada", "balance": 15}, 2))
        self.assertEqual(len(calls), 1)

    def test_update_with_retry_rereads_after_a_conflict_so_no_update_is_lost(self):
        store = VersionedStore()
        store.insert("acc-1", {"owner": "ada", "balance": 100})
        calls = []

        def double(account):
            calls.append(1)
            if len(calls) <= 2:
                # A competing writer sneaks in between our read and our write.
                theirs = store.get("acc-1")
                store.update("acc-1", theirs.version, {**theirs.value, "balance": theirs.value["balance"] + 1})
            return {**account, "balance": account["balance"] * 2}

        result = update_with_retry(store, "acc-1", double, 3)
        self.assertEqual(len(calls), 3)
        self.assertEqual(result, ({"owner": "ada", "balance": 204}, 4))
        self.assertEqual(store.get("acc-1"), result)

    def test_update_with_retry_gives_up_after_max_attempts_and_rethrows_the_conflict(self):
        store = VersionedStore()
        store.insert("acc-1", {"owner": "ada", "balance": 0})
        calls = []

        def always_beaten(account):
            calls.append(1)
            theirs = store.get("acc-1")
            store.update("acc-1", theirs.version, {**theirs.value, "balance": theirs.value["balance"] + 1})
            return {**account, "balance": -1}

        with self.assertRaises(ConflictError):
            update_with_retry(store, "acc-1", always_beaten, 4)
        self.assertEqual(len(calls), 4)
        self.assertEqual(store.get("acc-1"), ({"owner": "ada", "balance": 4}, 5))

    def test_update_with_retry_makes_three_attempts_when_max_attempts_is_not_given(self):
        store = VersionedStore()
        store.insert("acc-1", {"owner": "ada", "balance": 0})
        calls = []

        def always_beaten(account):
            calls.append(1)
            theirs = store.get("acc-1")
            store.update("acc-1", theirs.version, {**theirs.value, "balance": theirs.value["balance"] + 1})
            return {**account, "balance": -1}

        with self.assertRaises(ConflictError):
            update_with_retry(store, "acc-1", always_beaten)
        self.assertEqual(len(calls), 3)
        self.assertEqual(store.get("acc-1"), ({"owner": "ada", "balance": 3}, 4))

    def test_update_with_retry_does_not_retry_errors_that_are_not_conflicts(self):
        store = VersionedStore()
        store.insert("acc-1", {"owner": "ada", "balance": 10})

        class InsufficientFunds(Exception):
            pass

        calls = []

        def refuse(account):
            calls.append(1)
            raise InsufficientFunds("balance too low")

        with self.assertRaises(InsufficientFunds):
            update_with_retry(store, "acc-1", refuse)
        self.assertEqual(len(calls), 1)
        missing_calls = []

        def identity(account):
            missing_calls.append(1)
            return account

        with self.assertRaises(NotFoundError):
            update_with_retry(store, "missing", identity)
        self.assertEqual(len(missing_calls), 0)
        self.assertEqual(store.get("acc-1"), ({"owner": "ada", "balance": 10}, 1))

    def test_update_with_retry_rejects_a_max_attempts_that_is_not_a_positive_integer(self):
        store = VersionedStore()
        store.insert("acc-1", {"owner": "ada", "balance": 10})
        with self.assertRaises(ValueError):
            update_with_retry(store, "acc-1", lambda a: a, 0)
        with self.assertRaises(ValueError):
            update_with_retry(store, "acc-1", lambda a: a, 1.5)
        self.assertEqual(store.get("acc-1").version, 1)


if __name__ == "__main__":
    unittest.main()

import unittest

from fencing_token_lock import FencedStorage, Lease, LockService, StaleTokenError


class FakeClock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


class FencingTokenLockTest(unittest.TestCase):
    def setUp(self):
        self.time = FakeClock(1_000)
        self.locks = LockService(self.time)

    def test_grants_the_first_lease_with_token_1_expiring_lease_ms_later(self):
        self.assertEqual(
            self.locks.acquire("invoice-7", "A", 500),
            Lease(resource="invoice-7", owner="A", token=1, expires_at=1_500),
        )

    def test_refuses_a_held_lock_to_everyone_the_holder_included_until_the_lease_expires(self):
        self.locks.acquire("invoice-7", "A", 500)
        self.assertIsNone(self.locks.acquire("invoice-7", "B", 500))
        self.assertIsNone(self.locks.acquire("invoice-7", "A", 500))
        self.time.now = 1_499
        self.assertIsNone(self.locks.acquire("invoice-7", "B", 500))
        self.time.now = 1_500
        self.assertEqual(self.locks.acquire("invoice-7", "B", 500).owner, "B")

    def test_issues_strictly_increasing_tokens_across_releases_expiries_and_renewals(self):
        first = self.locks.acquire("r", "A", 100)
        self.locks.renew("r", first.token, 100)
        self.locks.release("r", first.token)
        second = self.locks.acquire("r", "B", 100)
        self.time.now += 100  # expires
        third = self.locks.acquire("r", "C", 100)
        self.assertEqual([first.token, second.token, third.token], [1, 2, 3])

    def test_locks_resources_independently_while_sharing_one_token_counter(self):
        x = self.locks.acquire("x", "A", 100)
        y = self.locks.acquire("y", "B", 100)
        self.assertIsNone(self.locks.acquire("x", "C", 100))
        self.assertEqual([x.token, y.token], [1, 2])
        self.assertTrue(self.locks.release("x", x.token))
        self.assertEqual(self.locks.acquire("x", "C", 100).token, 3)
        self.assertIsNone(self.locks.acquire("y", "C", 100))

    def test_frees_the_lock_when_the_holder_releases_it_with_its_token(self):
        lease = self.locks.acquire("r", "A", 10_000)
        self.assertTrue(self.locks.release("r", lease.token))
        self.assertEqual(self.locks.acquire("r", "B", 100).owner, "B")

    def test_refuses_a_release_with_a_stale_token_and_keeps_the_new_holders_lock(self):
        a = self.locks.acquire("r", "A", 100)
        self.time.now += 150
        self.assertFalse(self.locks.release("r", a.token))  # expired: nothing to release
        b = self.locks.acquire("r", "B", 100)
        self.assertFalse(self.locks.release("r", a.token))
        self.assertIsNone(self.locks.acquire("r", "C", 100))
        self.assertFalse(self.locks.release("r", 999))
        self.assertTrue(self.locks.release("r", b.token))
        self.assertFalse(self.locks.release("r", b.token))

    def test_renews_a_valid_lease_with_the_same_token_but_not_once_it_has_expired(self):
        lease = self.locks.acquire("r", "A", 100)
        self.time.now = 1_050
        self.assertEqual(self.locks.renew("r", lease.token, 300), Lease("r", "A", 1, 1_350))
        self.time.now = 1_349
        self.assertIsNone(self.locks.acquire("r", "B", 100))
        self.time.now = 1_350
        self.assertIsNone(self.locks.renew("r", lease.token, 300))
        b = self.locks.acquire("r", "B", 100)
        self.assertIsNone(self.locks.renew("r", lease.token, 300))
        self.assertEqual(self.locks.renew("r", b.token, 300).expires_at, 1_650)

    def test_stores_writes_carrying_the_newest_token_including_repeated_writes_with_the_same_token(self):
        storage = FencedStorage()
        self.assertIsNone(storage.read("k"))
        storage.write("k", "v1", 1)
        storage.write("k", "v2", 1)
        storage.write("k", "v3", 4)
        self.assertEqual(storage.read("k"), "v3")

    def test_rejects_a_write_with_a_token_lower_than_the_highest_seen_and_keeps_the_newer_value(self):
        storage = FencedStorage()
        storage.write("k", "from token 5", 5)
        with self.assertRaises(StaleTokenError) as raised:
            storage.write("k", "from token 4", 4)
        self.assertEqual((raised.exception.token, raised.exception.highest_seen), (4, 5))
        self.assertEqual(storage.read("k"), "from token 5")
        storage.write("k", "from token 6", 6)
        with self.assertRaises(StaleTokenError):
            storage.write("k", "from token 5 again", 5)
        self.assertEqual(storage.read("k"), "from token 6")

    def test_fences_off_a_client_that_wakes_up_after_its_lease_expired(self):
        storage = FencedStorage()
        a = self.locks.acquire("invoice-7", "A", 1_000)
        storage.write("invoice-7", "A's draft", a.token)
        self.time.now += 1_500  # A is paused, its lease runs out
        b = self.locks.acquire("invoice-7", "B", 1_000)
        storage.write("invoice-7", "B's total", b.token)
        with self.assertRaises(StaleTokenError):
            storage.write("invoice-7", "A's total", a.token)
        self.assertEqual(storage.read("invoice-7"), "B's total")
        self.assertIsNone(self.locks.renew("invoice-7", a.token, 1_000))

    def test_tracks_the_highest_token_separately_for_each_key(self):
        storage = FencedStorage()
        storage.write("x", "x5", 5)
        storage.write("y", "y3", 3)
        self.assertEqual(storage.read("y"), "y3")
        with self.assertRaises(StaleTokenError):
            storage.write("x", "x3", 3)

    def test_accepts_an_old_token_until_the_storage_has_seen_a_newer_one_for_that_key(self):
        storage = FencedStorage()
        a = self.locks.acquire("r", "A", 100)
        self.time.now += 200
        self.locks.acquire("r", "B", 100)  # B holds the lock but has not written yet
        storage.write("r", "A's late write", a.token)
        self.assertEqual(storage.read("r"), "A's late write")

    def test_rejects_lease_durations_that_are_not_positive_with_value_error(self):
        with self.assertRaises(ValueError):
            self.locks.acquire("r", "A", 0)
        with self.assertRaises(ValueError):
            self.locks.acquire("r", "A", -5)
        lease = self.locks.acquire("r", "A", 100)
        with self.assertRaises(ValueError):
            self.locks.renew("r", lease.token, 0)


if __name__ == "__main__":
    unittest.main()

import asyncio
import math
import unittest

from single_flight_cache import SingleFlightCache


class FakeClock:
    """A clock the test moves by hand (milliseconds)."""

    def __init__(self, start: float = 0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


class ControlledLoader:
    """A loader the test controls: every call is recorded and answered by hand."""

    def __init__(self) -> None:
        self.keys = []
        self.results = []

    def __call__(self, key):
        future = asyncio.get_running_loop().create_future()
        self.keys.append(key)
        self.results.append(future)
        return future


class CountingLoader:
    """A loader that answers at once with a value derived from the key and a call counter."""

    def __init__(self) -> None:
        self.keys = []

    async def __call__(self, key):
        self.keys.append(key)
        return f"{key}#{len(self.keys)}"


async def let_tasks_run():
    """Give every ready task a chance to run (no time passes)."""
    for _ in range(10):
        await asyncio.sleep(0)


def start(coroutine):
    return asyncio.ensure_future(coroutine)


async def cached(test, coroutine):
    """The result of a get that should be served from the cache.

    Fails (instead of waiting forever on a load nobody answers) if the get is still pending.
    """
    task = start(coroutine)
    await let_tasks_run()
    test.assertTrue(task.done(), "get is waiting for a new load instead of serving the cached value")
    return task.result()


class SingleFlightCacheTest(unittest.IsolatedAsyncioTestCase):
    async def test_a_miss_loads_the_value_through_the_loader(self):
        loader = CountingLoader()
        cache = SingleFlightCache(loader, 1000, FakeClock())
        self.assertEqual(await cache.get("user:1"), "user:1#1")
        self.assertEqual(loader.keys, ["user:1"])

    async def test_concurrent_gets_for_the_same_missing_key_share_a_single_load(self):
        loader = ControlledLoader()
        cache = SingleFlightCache(loader, 1000, FakeClock())
        waiters = [start(cache.get("hot")) for _ in range(3)]
        await let_tasks_run()
        self.assertEqual(len(loader.keys), 1)
        loader.results[0].set_result("value")
        self.assertEqual(await asyncio.gather(*waiters), ["value", "value", "value"])
        self.assertEqual(await cached(self, cache.get("hot")), "value")
        self.assertEqual(len(loader.keys), 1)

    async def test_different_keys_load_independently_and_at_the_same_time(self):
        loader = ControlledLoader()
        cache = SingleFlightCache(loader, 1000, FakeClock())
        a = start(cache.get("a"))
        b = start(cache.get("b"))
        await let_tasks_run()
        self.assertEqual(loader.keys, ["a", "b"])
        loader.results[1].set_result("B")
        self.assertEqual(await b, "B")
        loader.results[0].set_result("A")
        self.assertEqual(await a, "A")

    async def test_a_fresh_cached_value_is_served_without_calling_the_loader_whatever_the_value(self):
        clock = FakeClock()
        values = {"zero": 0, "empty": "", "nothing": None}
        keys = []

        async def loader(key):
            keys.append(key)
            return values[key]

        cache = SingleFlightCache(loader, 1000, clock)
        for key in ["zero", "empty", "nothing"]:
            self.assertEqual(await cache.get(key), values[key])
            clock.now += 300
            self.assertEqual(await cache.get(key), values[key])
        self.assertEqual(keys, ["zero", "empty", "nothing"])

    async def test_a_value_expires_ttl_milliseconds_after_its_load_completed(self):
        clock = FakeClock()
        loader = ControlledLoader()
        cache = SingleFlightCache(loader, 1000, clock)
        first = start(cache.get("k"))
        await let_tasks_run()
        clock.now = 500  # the load completes at 500, so the value is fresh until 1500
        loader.results[0].set_result("v1")
        self.assertEqual(await first, "v1")
        clock.now = 1499
        self.assertEqual(await cached(self, cache.get("k")), "v1")
        self.assertEqual(len(loader.keys), 1)
        clock.now = 1500
        reload = start(cache.get("k"))
        await let_tasks_run()
        self.assertEqual(len(loader.keys), 2)
        loader.results[1].set_result("v2")
        self.assertEqual(await reload, "v2")

    async def test_concurrent_gets_after_expiry_share_one_reload(self):
        clock = FakeClock()
        loader = ControlledLoader()
        cache = SingleFlightCache(loader, 100, clock)
        first = start(cache.get("k"))
        await let_tasks_run()
        loader.results[0].set_result("old")
        await first
        clock.now = 100
        waiters = [start(cache.get("k")) for _ in range(3)]
        await let_tasks_run()
        self.assertEqual(len(loader.keys), 2)
        loader.results[1].set_result("new")
        self.assertEqual(await asyncio.gather(*waiters), ["new", "new", "new"])

    async def test_a_failed_load_rejects_every_waiter_and_is_not_cached(self):
        loader = ControlledLoader()
        cache = SingleFlightCache(loader, 1000, FakeClock())
        waiters = [start(cache.get("k")), start(cache.get("k"))]
        await let_tasks_run()
        loader.results[0].set_exception(ConnectionError("database down"))
        for waiter in waiters:
            with self.assertRaisesRegex(ConnectionError, "database down"):
                await waiter
        retry = start(cache.get("k"))
        await let_tasks_run()
        self.assertEqual(len(loader.keys), 2)
        loader.results[1].set_result("recovered")
        self.assertEqual(await retry, "recovered")

    async def test_a_loader_that_throws_before_returning_an_awaitable_does_not_leave_the_key_stuck(self):
        calls = []

        def loader(key):
            calls.append(key)
            if len(calls) == 1:
                raise ConnectionError("bad connection string")

            async def load():
                return f"{key} loaded"

            return load()

        cache = SingleFlightCache(loader, 1000, FakeClock())
        with self.assertRaisesRegex(ConnectionError, "bad connection string"):
            await cache.get("k")
        self.assertEqual(await cache.get("k"), "k loaded")
        self.assertEqual(len(calls), 2)

    async def test_invalidate_drops_the_cached_value_so_the_next_get_reloads(self):
        loader = CountingLoader()
        cache = SingleFlightCache(loader, 60_000, FakeClock())
        self.assertEqual(await cache.get("k"), "k#1")
        cache.invalidate("k")
        self.assertEqual(await cache.get("k"), "k#2")
        self.assertEqual(await cache.get("k"), "k#2")
        cache.invalidate("never-loaded")
        self.assertEqual(loader.keys, ["k", "k"])

    async def test_invalidate_during_a_load_answers_its_waiters_but_neither_caches_nor_reuses_the_stale_result(self):
        loader = ControlledLoader()
        cache = SingleFlightCache(loader, 60_000, FakeClock())
        stale = start(cache.get("k"))
        await let_tasks_run()
        cache.invalidate("k")
        fresh = start(cache.get("k"))
        await let_tasks_run()
        self.assertEqual(len(loader.keys), 2)
        loader.results[0].set_result("stale")
        self.assertEqual(await stale, "stale")
        loader.results[1].set_result("fresh")
        self.assertEqual(await fresh, "fresh")
        self.assertEqual(await cached(self, cache.get("k")), "fresh")
        self.assertEqual(len(loader.keys), 2)

    async def test_a_stale_load_that_finishes_last_does_not_overwrite_the_fresh_value(self):
        loader = ControlledLoader()
        cache = SingleFlightCache(loader, 60_000, FakeClock())
        stale = start(cache.get("k"))
        await let_tasks_run()
        cache.invalidate("k")
        fresh = start(cache.get("k"))
        await let_tasks_run()
        loader.results[1].set_result("fresh")
        self.assertEqual(await fresh, "fresh")
        loader.results[0].set_result("stale")
        self.assertEqual(await stale, "stale")
        self.assertEqual(await cached(self, cache.get("k")), "fresh")
        self.assertEqual(len(loader.keys), 2)

    async def test_rejects_a_ttl_that_is_not_a_positive_finite_number(self):
        loader = CountingLoader()
        clock = FakeClock()
        with self.assertRaises(ValueError):
            SingleFlightCache(loader, 0, clock)
        with self.assertRaises(ValueError):
            SingleFlightCache(loader, -5, clock)
        with self.assertRaises(ValueError):
            SingleFlightCache(loader, math.nan, clock)
        with self.assertRaises(ValueError):
            SingleFlightCache(loader, math.inf, clock)


if __name__ == "__main__":
    unittest.main()

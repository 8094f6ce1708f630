import asyncio
import unittest

from idempotency_store import IdempotencyConflictError, IdempotencyStore, canonical_json


async def flush():
    """Let every ready task and callback run."""
    for _ in range(10):
        await asyncio.sleep(0)


class Counting:
    """An async handler that counts its calls and returns ``value``."""

    def __init__(self, value):
        self.value = value
        self.calls = 0

    async def __call__(self):
        self.calls += 1
        return self.value


class Gated:
    """An async handler that waits until the test opens (or fails) its gate."""

    def __init__(self):
        self.future = asyncio.get_running_loop().create_future()
        self.calls = 0

    async def __call__(self):
        self.calls += 1
        return await self.future


class FakeClock:
    def __init__(self):
        self.now = 0

    def __call__(self):
        return self.now


class IdempotencyStoreTest(unittest.IsolatedAsyncioTestCase):
    async def test_runs_the_handler_once_and_returns_its_result(self):
        store = IdempotencyStore()
        charge = Counting("ch_1")
        self.assertEqual(await store.execute("key-1", {"amount": 500}, charge), "ch_1")
        self.assertEqual(charge.calls, 1)

    async def test_returns_the_stored_result_for_a_repeated_key_and_payload_without_running_the_handler_again(self):
        store = IdempotencyStore()
        first, second = Counting("ch_1"), Counting("ch_2")
        await store.execute("key-1", {"amount": 500}, first)
        self.assertEqual(await store.execute("key-1", {"amount": 500}, second), "ch_1")
        self.assertEqual(await store.execute("key-1", {"amount": 500}, second), "ch_1")
        self.assertEqual(first.calls, 1)
        self.assertEqual(second.calls, 0)

    async def test_makes_a_concurrent_duplicate_wait_for_the_running_execution_and_share_its_result(self):
        store = IdempotencyStore()
        handler = Gated()
        first = asyncio.ensure_future(store.execute("key-1", {"amount": 500}, handler))
        duplicate = asyncio.ensure_future(store.execute("key-1", {"amount": 500}, handler))
        await flush()
        self.assertFalse(duplicate.done(), "the duplicate must wait for the first execution")
        handler.future.set_result("ch_1")
        self.assertEqual(await asyncio.gather(first, duplicate), ["ch_1", "ch_1"])
        self.assertEqual(handler.calls, 1)

    async def test_rejects_the_same_key_with_a_different_payload_after_the_first_call_finished(self):
        store = IdempotencyStore()
        await store.execute("key-1", {"amount": 500}, Counting("ch_1"))
        other = Counting("ch_2")
        with self.assertRaises(IdempotencyConflictError) as raised:
            await store.execute("key-1", {"amount": 900}, other)
        self.assertEqual(raised.exception.key, "key-1")
        self.assertEqual(other.calls, 0)

    async def test_rejects_a_different_payload_while_the_first_call_is_still_running_without_disturbing_it(self):
        store = IdempotencyStore()
        handler = Gated()
        first = asyncio.ensure_future(store.execute("key-1", {"amount": 500}, handler))
        await flush()
        with self.assertRaises(IdempotencyConflictError):
            await store.execute("key-1", {"amount": 900}, Counting("ch_2"))
        handler.future.set_result("ch_1")
        self.assertEqual(await first, "ch_1")

    async def test_compares_payloads_by_content_ignoring_object_identity_and_key_order(self):
        store = IdempotencyStore()
        await store.execute("key-1", {"amount": 500, "currency": "EUR", "meta": {"a": 1, "b": 2}}, Counting("ch_1"))
        second = Counting("ch_2")
        result = await store.execute("key-1", {"meta": {"b": 2, "a": 1}, "currency": "EUR", "amount": 500}, second)
        self.assertEqual(result, "ch_1")
        self.assertEqual(second.calls, 0)

    async def test_keeps_different_keys_independent(self):
        store = IdempotencyStore()
        self.assertEqual(await store.execute("key-1", {"amount": 500}, Counting("ch_1")), "ch_1")
        self.assertEqual(await store.execute("key-2", {"amount": 500}, Counting("ch_2")), "ch_2")
        self.assertEqual(await store.execute("key-1", {"amount": 500}, Counting("ch_3")), "ch_1")

    async def test_forgets_a_failed_execution_so_the_next_call_runs_the_handler_again(self):
        store = IdempotencyStore()

        async def failing():
            raise TimeoutError("provider timeout")

        with self.assertRaisesRegex(TimeoutError, "provider timeout"):
            await store.execute("key-1", {"amount": 500}, failing)
        retry = Counting("ch_1")
        self.assertEqual(await store.execute("key-1", {"amount": 500}, retry), "ch_1")
        self.assertEqual(retry.calls, 1)

    async def test_gives_every_concurrent_duplicate_of_a_failing_execution_the_same_error(self):
        store = IdempotencyStore()
        handler = Gated()
        failure = ConnectionError("provider down")
        first = asyncio.ensure_future(store.execute("key-1", {"amount": 500}, handler))
        duplicate = asyncio.ensure_future(store.execute("key-1", {"amount": 500}, Counting("never")))
        await flush()
        handler.future.set_exception(failure)
        outcomes = await asyncio.gather(first, duplicate, return_exceptions=True)
        self.assertEqual(len(outcomes), 2)
        self.assertIs(outcomes[0], failure)
        self.assertIs(outcomes[1], failure)

    async def test_expires_a_stored_result_ttl_ms_after_the_handler_finished(self):
        clock = FakeClock()
        store = IdempotencyStore(clock=clock, ttl_ms=1_000)
        handler = Gated()
        first = asyncio.ensure_future(store.execute("key-1", {"amount": 500}, handler))
        await flush()
        clock.now = 400  # the handler takes a while
        handler.future.set_result("ch_1")
        await first
        clock.now = 1_399
        self.assertEqual(await store.execute("key-1", {"amount": 500}, Counting("ch_2")), "ch_1")
        clock.now = 1_400
        self.assertEqual(await store.execute("key-1", {"amount": 900}, Counting("ch_3")), "ch_3")

    async def test_keeps_results_forever_when_no_ttl_is_set(self):
        clock = FakeClock()
        store = IdempotencyStore(clock=clock)
        await store.execute("key-1", {"amount": 500}, Counting("ch_1"))
        clock.now = 1e12
        self.assertEqual(await store.execute("key-1", {"amount": 500}, Counting("ch_2")), "ch_1")

    async def test_stores_falsy_results_such_as_0_none_and_the_empty_string(self):
        store = IdempotencyStore()
        for key, value in (("zero", 0), ("none", None), ("empty", "")):
            await store.execute(key, {}, Counting(value))
            again = Counting("recomputed")
            self.assertEqual(await store.execute(key, {}, again), value)
            self.assertEqual(again.calls, 0)

    async def test_canonical_json_sorts_object_keys_at_every_level_and_keeps_array_order(self):
        self.assertEqual(canonical_json({"b": 1, "a": [3, {"d": 1, "c": 2}]}), '{"a":[3,{"c":2,"d":1}],"b":1}')
        self.assertEqual(canonical_json([2, 1, "x", None, True]), '[2,1,"x",null,true]')
        self.assertEqual(canonical_json({}), "{}")
        self.assertNotEqual(canonical_json({"a": [1, 2]}), canonical_json({"a": [2, 1]}))

    async def test_rejects_a_ttl_that_is_not_positive_with_value_error(self):
        with self.assertRaises(ValueError):
            IdempotencyStore(ttl_ms=0)
        with self.assertRaises(ValueError):
            IdempotencyStore(ttl_ms=-1)


if __name__ == "__main__":
    unittest.main()

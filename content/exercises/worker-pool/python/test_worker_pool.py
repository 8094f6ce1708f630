import asyncio
import unittest

from worker_pool import run_pool


async def flush():
    """Let every ready task and callback run."""
    for _ in range(10):
        await asyncio.sleep(0)


async def settled(pool):
    """The pool's result once it has finished; fails instead of waiting forever if it is still running."""
    await flush()
    if not pool.done():
        raise AssertionError("the pool is still running: it should have finished by now")
    return await pool


class Controlled:
    """A worker whose tasks the test finishes or fails by index, recording concurrency along the way."""

    def __init__(self):
        self.started = []
        self.calls = []
        self.cancelled = []
        self.futures = {}
        self.active = 0
        self.max_active = 0

    async def __call__(self, item, index):
        self.started.append(index)
        self.calls.append((item, index))
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        future = asyncio.get_running_loop().create_future()
        self.futures[index] = future
        try:
            return await future
        except asyncio.CancelledError:
            self.cancelled.append(index)
            raise
        finally:
            self.active -= 1

    def finish(self, index, value):
        self.futures[index].set_result(value)

    def fail(self, index, error):
        self.futures[index].set_exception(error)


def letters(n):
    return [chr(97 + i) for i in range(n)]


class WorkerPoolTest(unittest.IsolatedAsyncioTestCase):
    async def test_returns_results_in_input_order_even_when_tasks_finish_out_of_order(self):
        c = Controlled()
        pool = asyncio.ensure_future(run_pool(letters(4), 2, c))
        await flush()
        c.finish(1, "B")
        await flush()
        c.finish(0, "A")
        await flush()
        c.finish(3, "D")
        await flush()
        c.finish(2, "C")
        self.assertEqual(await settled(pool), ["A", "B", "C", "D"])

    async def test_never_runs_more_than_concurrency_tasks_at_once_and_runs_that_many(self):
        c = Controlled()
        pool = asyncio.ensure_future(run_pool(letters(10), 3, c))
        for i in range(10):
            await flush()
            self.assertLessEqual(c.active, 3, f"{c.active} tasks running")
            c.finish(i, letters(10)[i])
        self.assertEqual(await settled(pool), letters(10))
        self.assertEqual(c.max_active, 3)

    async def test_starts_the_next_item_as_soon_as_any_running_task_finishes(self):
        c = Controlled()
        pool = asyncio.ensure_future(run_pool(letters(4), 2, c))
        await flush()
        self.assertEqual(c.started, [0, 1])
        c.finish(1, "b")  # item 0 is still running
        await flush()
        self.assertEqual(c.started, [0, 1, 2])
        c.finish(2, "c")
        await flush()
        self.assertEqual(c.started, [0, 1, 2, 3])
        c.finish(0, "a")
        c.finish(3, "d")
        await settled(pool)

    async def test_starts_items_in_input_order_and_passes_each_item_with_its_index(self):
        c = Controlled()
        pool = asyncio.ensure_future(run_pool(["x", "y", "z"], 1, c))
        for i in range(3):
            await flush()
            c.finish(i, "done")
        await settled(pool)
        self.assertEqual(c.calls, [("x", 0), ("y", 1), ("z", 2)])

    async def test_resolves_to_an_empty_list_without_calling_the_worker_when_there_are_no_items(self):
        calls = []

        async def worker(item, index):
            calls.append(index)
            return 1

        self.assertEqual(await run_pool([], 3, worker), [])
        self.assertEqual(calls, [])

    async def test_runs_every_item_at_once_when_concurrency_exceeds_the_number_of_items(self):
        c = Controlled()
        pool = asyncio.ensure_future(run_pool(letters(3), 10, c))
        await flush()
        self.assertEqual(c.started, [0, 1, 2])
        c.finish(2, "c")
        c.finish(0, "a")
        c.finish(1, "b")
        self.assertEqual(await settled(pool), ["a", "b", "c"])

    async def test_runs_tasks_strictly_one_after_another_with_concurrency_1(self):
        c = Controlled()
        pool = asyncio.ensure_future(run_pool(letters(3), 1, c))
        await flush()
        self.assertEqual(c.started, [0])
        c.finish(0, "a")
        await flush()
        self.assertEqual(c.started, [0, 1])
        c.finish(1, "b")
        await flush()
        c.finish(2, "c")
        self.assertEqual(await settled(pool), ["a", "b", "c"])
        self.assertEqual(c.max_active, 1)

    async def test_raises_the_first_failure_and_starts_no_further_items(self):
        c = Controlled()
        failure = ConnectionError("upstream 500")
        pool = asyncio.ensure_future(run_pool(letters(5), 2, c))
        await flush()
        c.fail(0, failure)
        with self.assertRaises(ConnectionError) as raised:
            await settled(pool)
        self.assertIs(raised.exception, failure)
        await flush()
        self.assertEqual(c.started, [0, 1])

    async def test_cancels_the_tasks_still_running_when_one_fails(self):
        c = Controlled()
        pool = asyncio.ensure_future(run_pool(letters(3), 2, c))
        await flush()
        self.assertEqual(c.cancelled, [])
        c.fail(0, ValueError("boom"))
        with self.assertRaisesRegex(ValueError, "boom"):
            await settled(pool)
        self.assertEqual(c.cancelled, [1])

    async def test_cancelling_the_pool_cancels_running_tasks_and_starts_nothing_more(self):
        c = Controlled()
        pool = asyncio.ensure_future(run_pool(letters(5), 2, c))
        await flush()
        pool.cancel()
        with self.assertRaises(asyncio.CancelledError):
            await settled(pool)
        self.assertEqual(sorted(c.cancelled), [0, 1])
        await flush()
        self.assertEqual(c.started, [0, 1])

    async def test_treats_a_worker_that_raises_when_called_like_a_failed_task(self):
        failure = TypeError("bad item")
        pending = []

        def worker(item, index):
            if item == "b":
                raise failure
            future = asyncio.get_running_loop().create_future()
            pending.append(future)
            return future

        with self.assertRaises(TypeError) as raised:
            await settled(asyncio.ensure_future(run_pool(letters(3), 2, worker)))
        self.assertIs(raised.exception, failure)

    async def test_rejects_a_concurrency_that_is_not_a_positive_integer_with_value_error(self):
        calls = []

        async def worker(item, index):
            calls.append(index)

        for bad in (0, -1, 1.5):
            with self.assertRaises(ValueError):
                await run_pool(letters(2), bad, worker)
        self.assertEqual(calls, [])


if __name__ == "__main__":
    unittest.main()

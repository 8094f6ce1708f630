"""A bounded worker pool over coroutines."""

from typing import Awaitable, Callable, Iterable, List, TypeVar

T = TypeVar("T")
R = TypeVar("R")


async def run_pool(items: Iterable[T], concurrency: int, worker: Callable[[T, int], Awaitable[R]]) -> List[R]:
    """Run ``worker(item, index)`` for every item with at most ``concurrency`` running at once.

    Items start in input order, the next one as soon as any worker finishes; the results are
    returned in input order.

    - The first failure (an exception from the awaitable, or from calling ``worker``) is raised at
      once; no further items start and the running workers are cancelled.
    - Cancelling the task that awaits ``run_pool`` cancels the running workers and starts no
      further items.
    - Raises ``ValueError``, without calling the worker, if concurrency is not an int >= 1.
    """
    raise NotImplementedError

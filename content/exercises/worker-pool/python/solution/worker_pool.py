"""A bounded worker pool over coroutines."""

import asyncio
from typing import Awaitable, Callable, Iterable, List, Optional, TypeVar

T = TypeVar("T")
R = TypeVar("R")


async def run_pool(items: Iterable[T], concurrency: int, worker: Callable[[T, int], Awaitable[R]]) -> List[R]:
    if not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int >= 1, got {concurrency!r}")
    todo = list(items)
    results: List[Optional[R]] = [None] * len(todo)
    next_index = 0

    async def lane() -> None:
        # Each lane is one "goroutine" taking the next item whenever it is free.
        nonlocal next_index
        while next_index < len(todo):
            index = next_index
            next_index += 1
            results[index] = await worker(todo[index], index)

    lanes = [asyncio.ensure_future(lane()) for _ in range(min(concurrency, len(todo)))]
    try:
        await asyncio.gather(*lanes)
    except BaseException:
        # A failure or our own cancellation: stop every lane before letting the error out.
        for task in lanes:
            task.cancel()
        await asyncio.gather(*lanes, return_exceptions=True)
        raise
    return results  # type: ignore[return-value]

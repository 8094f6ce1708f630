/** Options for {@link runPool}. */
export interface PoolOptions {
  /** Aborting it rejects the pool with `signal.reason` and aborts the running workers. */
  signal?: AbortSignal;
}

/**
 * Runs `worker(item, index, signal)` for every item with at most `concurrency` running at once,
 * starting items in input order and the next one as soon as any worker finishes.
 * Resolves with the results in input order.
 *
 * - The first failure (rejection or synchronous throw) rejects the pool with that error, starts no
 *   further items and aborts the `signal` given to the running workers.
 * - Aborting `options.signal` does the same with `signal.reason`; an already-aborted signal rejects
 *   without calling the worker.
 * - Rejects with RangeError, without calling the worker, if concurrency is not an integer >= 1.
 */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T, index: number, signal: AbortSignal) => Promise<R>,
  options: PoolOptions = {},
): Promise<R[]> {
  throw new Error("not implemented");
}

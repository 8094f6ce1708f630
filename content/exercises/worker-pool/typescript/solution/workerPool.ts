/** Options for {@link runPool}. */
export interface PoolOptions {
  /** Aborting it rejects the pool with `signal.reason` and aborts the running workers. */
  signal?: AbortSignal;
}

export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T, index: number, signal: AbortSignal) => Promise<R>,
  options: PoolOptions = {},
): Promise<R[]> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be an integer >= 1, got ${concurrency}`);
  }
  const external = options.signal;
  external?.throwIfAborted();
  if (items.length === 0) return [];

  const workers = new AbortController();
  const results = new Array<R>(items.length);

  return new Promise<R[]>((resolve, reject) => {
    let nextIndex = 0;
    let running = 0;
    let settled = false;

    const onExternalAbort = () => fail(external!.reason);
    external?.addEventListener("abort", onExternalAbort, { once: true });

    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      external?.removeEventListener("abort", onExternalAbort);
      workers.abort(error);
      reject(error);
    };

    const startMore = () => {
      while (!settled && running < concurrency && nextIndex < items.length) {
        const index = nextIndex++;
        running += 1;
        let task: Promise<R>;
        try {
          task = Promise.resolve(worker(items[index], index, workers.signal));
        } catch (error) {
          task = Promise.reject(error); // a synchronous throw is a failure like any other
        }
        task.then((value) => {
          running -= 1;
          results[index] = value;
          if (settled) return;
          if (nextIndex === items.length && running === 0) {
            settled = true;
            external?.removeEventListener("abort", onExternalAbort);
            resolve(results);
          } else {
            startMore();
          }
        }, fail);
      }
    };

    startMore();
  });
}

import { test } from "node:test";
import assert from "node:assert/strict";
import { runPool } from "./workerPool";

/** Lets every pending promise callback and I/O callback run. */
async function flush(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/** The pool's promise once it has settled; fails instead of waiting forever if it is still pending. */
async function settled<T>(pool: Promise<T>): Promise<T> {
  let done = false;
  pool.then(
    () => (done = true),
    () => (done = true),
  );
  await flush();
  assert.ok(done, "the pool is still pending: it should have settled by now");
  return pool;
}

/** A worker whose tasks the test finishes or fails by index, recording concurrency along the way. */
function controlledWorker<R = string>() {
  const started: number[] = [];
  const calls: [string, number][] = [];
  const signals: AbortSignal[] = [];
  const settle = new Map<number, { resolve: (value: R) => void; reject: (error: unknown) => void }>();
  const stats = { active: 0, maxActive: 0 };
  const worker = (item: string, index: number, signal: AbortSignal) =>
    new Promise<R>((resolve, reject) => {
      started.push(index);
      calls.push([item, index]);
      signals[index] = signal;
      stats.active += 1;
      stats.maxActive = Math.max(stats.maxActive, stats.active);
      const done = () => {
        stats.active -= 1;
      };
      settle.set(index, {
        resolve: (value) => {
          done();
          resolve(value);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      });
    });
  return {
    worker,
    started,
    calls,
    signals,
    stats,
    finish: (index: number, value: R) => settle.get(index)!.resolve(value),
    fail: (index: number, error: unknown) => settle.get(index)!.reject(error),
  };
}

const letters = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));

test("returns results in input order even when tasks finish out of order", async () => {
  const c = controlledWorker();
  const pool = runPool(letters(4), 2, c.worker);
  await flush();
  c.finish(1, "B");
  await flush();
  c.finish(0, "A");
  await flush();
  c.finish(3, "D");
  await flush();
  c.finish(2, "C");
  assert.deepEqual(await settled(pool), ["A", "B", "C", "D"]);
});

test("never runs more than concurrency tasks at once, and runs that many", async () => {
  const c = controlledWorker();
  const pool = runPool(letters(10), 3, c.worker);
  for (let i = 0; i < 10; i++) {
    await flush();
    assert.ok(c.stats.active <= 3, `${c.stats.active} tasks running`);
    c.finish(i, letters(10)[i]);
  }
  assert.deepEqual(await settled(pool), letters(10));
  assert.equal(c.stats.maxActive, 3);
});

test("starts the next item as soon as any running task finishes", async () => {
  const c = controlledWorker();
  const pool = runPool(letters(4), 2, c.worker);
  await flush();
  assert.deepEqual(c.started, [0, 1]);
  c.finish(1, "b"); // item 0 is still running
  await flush();
  assert.deepEqual(c.started, [0, 1, 2]);
  c.finish(2, "c");
  await flush();
  assert.deepEqual(c.started, [0, 1, 2, 3]);
  c.finish(0, "a");
  c.finish(3, "d");
  await settled(pool);
});

test("starts items in input order and passes each item with its index", async () => {
  const c = controlledWorker();
  const pool = runPool(["x", "y", "z"], 1, c.worker);
  for (let i = 0; i < 3; i++) {
    await flush();
    c.finish(i, "done");
  }
  await settled(pool);
  assert.deepEqual(c.calls, [
    ["x", 0],
    ["y", 1],
    ["z", 2],
  ]);
});

test("resolves to an empty array without calling the worker when there are no items", async () => {
  let calls = 0;
  const results = await runPool([], 3, async () => {
    calls += 1;
    return 1;
  });
  assert.deepEqual(results, []);
  assert.equal(calls, 0);
});

test("runs every item at once when concurrency exceeds the number of items", async () => {
  const c = controlledWorker();
  const pool = runPool(letters(3), 10, c.worker);
  await flush();
  assert.deepEqual(c.started, [0, 1, 2]);
  c.finish(2, "c");
  c.finish(0, "a");
  c.finish(1, "b");
  assert.deepEqual(await settled(pool), ["a", "b", "c"]);
});

test("runs tasks strictly one after another with concurrency 1", async () => {
  const c = controlledWorker();
  const pool = runPool(letters(3), 1, c.worker);
  await flush();
  assert.deepEqual(c.started, [0]);
  c.finish(0, "a");
  await flush();
  assert.deepEqual(c.started, [0, 1]);
  c.finish(1, "b");
  await flush();
  c.finish(2, "c");
  assert.deepEqual(await settled(pool), ["a", "b", "c"]);
  assert.equal(c.stats.maxActive, 1);
});

test("rejects with the first failure and starts no further items", async () => {
  const c = controlledWorker();
  const failure = new Error("upstream 500");
  const pool = runPool(letters(5), 2, c.worker);
  await flush();
  c.fail(0, failure);
  await assert.rejects(settled(pool), (error: unknown) => error === failure);
  c.finish(1, "b");
  await flush();
  assert.deepEqual(c.started, [0, 1]);
});

test("aborts the signal of tasks still running when one fails", async () => {
  const c = controlledWorker();
  const pool = runPool(letters(3), 2, c.worker);
  await flush();
  assert.equal(c.signals[1].aborted, false);
  c.fail(0, new Error("boom"));
  await assert.rejects(settled(pool), /boom/);
  assert.equal(c.signals[1].aborted, true);
});

test("rejects with the abort reason when the caller aborts, starting nothing more and aborting running tasks", async () => {
  const c = controlledWorker();
  const controller = new AbortController();
  const reason = new Error("user navigated away");
  const pool = runPool(letters(5), 2, c.worker, { signal: controller.signal });
  await flush();
  controller.abort(reason);
  await assert.rejects(settled(pool), (error: unknown) => error === reason);
  assert.equal(c.signals[0].aborted, true);
  assert.equal(c.signals[1].aborted, true);
  c.finish(0, "a");
  await flush();
  assert.deepEqual(c.started, [0, 1]);

  let calls = 0;
  const alreadyAborted = new AbortController();
  alreadyAborted.abort(reason);
  await assert.rejects(
    settled(runPool(letters(2), 2, async () => ++calls, { signal: alreadyAborted.signal })),
    (error: unknown) => error === reason,
  );
  assert.equal(calls, 0);
});

test("treats a worker that throws synchronously like a failed task", async () => {
  const failure = new TypeError("bad item");
  const pool = runPool(letters(3), 2, (item) => {
    if (item === "b") throw failure;
    return new Promise<string>(() => {});
  });
  await assert.rejects(settled(pool), (error: unknown) => error === failure);
});

test("rejects a concurrency that is not a positive integer with RangeError", async () => {
  let calls = 0;
  const worker = async () => ++calls;
  await assert.rejects(runPool(letters(2), 0, worker), RangeError);
  await assert.rejects(runPool(letters(2), -1, worker), RangeError);
  await assert.rejects(runPool(letters(2), 1.5, worker), RangeError);
  assert.equal(calls, 0);
});

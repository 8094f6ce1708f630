import { test } from "node:test";
import assert from "node:assert/strict";
import { SingleFlightCache } from "./singleFlightCache";

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A loader the test controls: every call is recorded and answered by hand. */
function controlledLoader<T>() {
  const calls: Array<{ key: string; result: Deferred<T> }> = [];
  const loader = (key: string): Promise<T> => {
    const result = deferred<T>();
    calls.push({ key, result });
    return result.promise;
  };
  return { calls, loader };
}

/** A loader that answers at once with a value derived from the key and a call counter. */
function countingLoader() {
  const calls: string[] = [];
  const loader = async (key: string): Promise<string> => {
    calls.push(key);
    return `${key}#${calls.length}`;
  };
  return { calls, loader };
}

function fakeClock(start = 0) {
  const clock = { now: start, read: () => clock.now };
  return clock;
}

test("a miss loads the value through the loader", async () => {
  const { calls, loader } = countingLoader();
  const cache = new SingleFlightCache(loader, 1000, fakeClock().read);
  assert.equal(await cache.get("user:1"), "user:1#1");
  assert.deepEqual(calls, ["user:1"]);
});

test("concurrent gets for the same missing key share a single load", async () => {
  const { calls, loader } = controlledLoader<string>();
  const cache = new SingleFlightCache(loader, 1000, fakeClock().read);
  const waiters = [cache.get("hot"), cache.get("hot"), cache.get("hot")];
  assert.equal(calls.length, 1);
  calls[0].result.resolve("value");
  assert.deepEqual(await Promise.all(waiters), ["value", "value", "value"]);
  const cached = cache.get("hot");
  assert.equal(calls.length, 1);
  assert.equal(await cached, "value");
});

test("different keys load independently and at the same time", async () => {
  const { calls, loader } = controlledLoader<string>();
  const cache = new SingleFlightCache(loader, 1000, fakeClock().read);
  const a = cache.get("a");
  const b = cache.get("b");
  assert.deepEqual(calls.map((call) => call.key), ["a", "b"]);
  calls[1].result.resolve("B");
  assert.equal(await b, "B");
  calls[0].result.resolve("A");
  assert.equal(await a, "A");
});

test("a fresh cached value is served without calling the loader, whatever the value", async () => {
  const clock = fakeClock();
  const values: Record<string, unknown> = { zero: 0, empty: "", nothing: null };
  const calls: string[] = [];
  const cache = new SingleFlightCache<unknown>(async (key) => {
    calls.push(key);
    return values[key];
  }, 1000, clock.read);
  for (const key of ["zero", "empty", "nothing"]) {
    assert.equal(await cache.get(key), values[key]);
    clock.now += 300;
    assert.equal(await cache.get(key), values[key]);
  }
  assert.deepEqual(calls, ["zero", "empty", "nothing"]);
});

test("a value expires ttl milliseconds after its load completed", async () => {
  const clock = fakeClock();
  const { calls, loader } = controlledLoader<string>();
  const cache = new SingleFlightCache(loader, 1000, clock.read);
  const first = cache.get("k");
  clock.now = 500; // the load completes at 500, so the value is fresh until 1500
  calls[0].result.resolve("v1");
  assert.equal(await first, "v1");
  clock.now = 1499;
  const cached = cache.get("k");
  assert.equal(calls.length, 1);
  assert.equal(await cached, "v1");
  clock.now = 1500;
  const reload = cache.get("k");
  assert.equal(calls.length, 2);
  calls[1].result.resolve("v2");
  assert.equal(await reload, "v2");
});

test("concurrent gets after expiry share one reload", async () => {
  const clock = fakeClock();
  const { calls, loader } = controlledLoader<string>();
  const cache = new SingleFlightCache(loader, 100, clock.read);
  const first = cache.get("k");
  calls[0].result.resolve("old");
  await first;
  clock.now = 100;
  const waiters = [cache.get("k"), cache.get("k"), cache.get("k")];
  assert.equal(calls.length, 2);
  calls[1].result.resolve("new");
  assert.deepEqual(await Promise.all(waiters), ["new", "new", "new"]);
});

test("a failed load rejects every waiter and is not cached", async () => {
  const { calls, loader } = controlledLoader<string>();
  const cache = new SingleFlightCache(loader, 1000, fakeClock().read);
  const waiters = [cache.get("k"), cache.get("k")];
  calls[0].result.reject(new Error("database down"));
  for (const waiter of waiters) await assert.rejects(waiter, /database down/);
  const retry = cache.get("k");
  assert.equal(calls.length, 2);
  calls[1].result.resolve("recovered");
  assert.equal(await retry, "recovered");
});

test("a loader that throws before returning a promise rejects and does not leave the key stuck", async () => {
  let calls = 0;
  const cache = new SingleFlightCache<string>((key) => {
    calls++;
    if (calls === 1) throw new Error("bad connection string");
    return Promise.resolve(`${key} loaded`);
  }, 1000, fakeClock().read);
  let pending: Promise<string> | undefined;
  assert.doesNotThrow(() => {
    pending = cache.get("k");
  });
  await assert.rejects(pending!, /bad connection string/);
  assert.equal(await cache.get("k"), "k loaded");
  assert.equal(calls, 2);
});

test("invalidate drops the cached value so the next get reloads", async () => {
  const { calls, loader } = countingLoader();
  const cache = new SingleFlightCache(loader, 60_000, fakeClock().read);
  assert.equal(await cache.get("k"), "k#1");
  cache.invalidate("k");
  assert.equal(await cache.get("k"), "k#2");
  assert.equal(await cache.get("k"), "k#2");
  cache.invalidate("never-loaded");
  assert.deepEqual(calls, ["k", "k"]);
});

test("invalidate during a load answers its waiters but neither caches nor reuses the stale result", async () => {
  const { calls, loader } = controlledLoader<string>();
  const cache = new SingleFlightCache(loader, 60_000, fakeClock().read);
  const stale = cache.get("k");
  cache.invalidate("k");
  const fresh = cache.get("k");
  assert.equal(calls.length, 2);
  calls[0].result.resolve("stale");
  assert.equal(await stale, "stale");
  calls[1].result.resolve("fresh");
  assert.equal(await fresh, "fresh");
  const cached = cache.get("k");
  assert.equal(calls.length, 2);
  assert.equal(await cached, "fresh");
});

test("a stale load that finishes last does not overwrite the fresh value", async () => {
  const { calls, loader } = controlledLoader<string>();
  const cache = new SingleFlightCache(loader, 60_000, fakeClock().read);
  const stale = cache.get("k");
  cache.invalidate("k");
  const fresh = cache.get("k");
  calls[1].result.resolve("fresh");
  assert.equal(await fresh, "fresh");
  calls[0].result.resolve("stale");
  assert.equal(await stale, "stale");
  const cached = cache.get("k");
  assert.equal(calls.length, 2);
  assert.equal(await cached, "fresh");
});

test("rejects a ttl that is not a positive finite number", () => {
  const { loader } = countingLoader();
  const clock = fakeClock();
  assert.throws(() => new SingleFlightCache(loader, 0, clock.read), RangeError);
  assert.throws(() => new SingleFlightCache(loader, -5, clock.read), RangeError);
  assert.throws(() => new SingleFlightCache(loader, Number.NaN, clock.read), RangeError);
  assert.throws(() => new SingleFlightCache(loader, Number.POSITIVE_INFINITY, clock.read), RangeError);
});

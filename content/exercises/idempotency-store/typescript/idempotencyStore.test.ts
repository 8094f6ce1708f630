import { test } from "node:test";
import assert from "node:assert/strict";
import { IdempotencyConflictError, IdempotencyStore, canonicalJson } from "./idempotencyStore";

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run. */
async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** A handler that counts its calls and returns `value`. */
function counting<T>(value: T) {
  const handler = async () => {
    handler.calls += 1;
    return value;
  };
  handler.calls = 0;
  return handler;
}

test("runs the handler once and returns its result", async () => {
  const store = new IdempotencyStore<string>();
  const charge = counting("ch_1");
  assert.equal(await store.execute("key-1", { amount: 500 }, charge), "ch_1");
  assert.equal(charge.calls, 1);
});

test("returns the stored result for a repeated key and payload without running the handler again", async () => {
  const store = new IdempotencyStore<string>();
  const first = counting("ch_1");
  const second = counting("ch_2");
  await store.execute("key-1", { amount: 500 }, first);
  assert.equal(await store.execute("key-1", { amount: 500 }, second), "ch_1");
  assert.equal(await store.execute("key-1", { amount: 500 }, second), "ch_1");
  assert.equal(first.calls, 1);
  assert.equal(second.calls, 0);
});

test("makes a concurrent duplicate wait for the running execution and share its result", async () => {
  const store = new IdempotencyStore<string>();
  const gate = deferred<string>();
  let calls = 0;
  const handler = () => {
    calls += 1;
    return gate.promise;
  };
  const first = store.execute("key-1", { amount: 500 }, handler);
  const duplicate = store.execute("key-1", { amount: 500 }, handler);
  let duplicateSettled = false;
  duplicate.then(() => (duplicateSettled = true));
  await flush();
  assert.equal(duplicateSettled, false, "the duplicate must wait for the first execution");
  gate.resolve("ch_1");
  assert.deepEqual(await Promise.all([first, duplicate]), ["ch_1", "ch_1"]);
  assert.equal(calls, 1);
});

test("rejects the same key with a different payload after the first call finished", async () => {
  const store = new IdempotencyStore<string>();
  await store.execute("key-1", { amount: 500 }, counting("ch_1"));
  const other = counting("ch_2");
  await assert.rejects(
    store.execute("key-1", { amount: 900 }, other),
    (error: unknown) => error instanceof IdempotencyConflictError && error.key === "key-1",
  );
  assert.equal(other.calls, 0);
});

test("rejects a different payload while the first call is still running without disturbing it", async () => {
  const store = new IdempotencyStore<string>();
  const gate = deferred<string>();
  const first = store.execute("key-1", { amount: 500 }, () => gate.promise);
  await assert.rejects(store.execute("key-1", { amount: 900 }, counting("ch_2")), IdempotencyConflictError);
  gate.resolve("ch_1");
  assert.equal(await first, "ch_1");
});

test("compares payloads by content, ignoring object identity and key order", async () => {
  const store = new IdempotencyStore<string>();
  await store.execute("key-1", { amount: 500, currency: "EUR", meta: { a: 1, b: 2 } }, counting("ch_1"));
  const second = counting("ch_2");
  const result = await store.execute("key-1", { meta: { b: 2, a: 1 }, currency: "EUR", amount: 500 }, second);
  assert.equal(result, "ch_1");
  assert.equal(second.calls, 0);
});

test("keeps different keys independent", async () => {
  const store = new IdempotencyStore<string>();
  assert.equal(await store.execute("key-1", { amount: 500 }, counting("ch_1")), "ch_1");
  assert.equal(await store.execute("key-2", { amount: 500 }, counting("ch_2")), "ch_2");
  assert.equal(await store.execute("key-1", { amount: 500 }, counting("ch_3")), "ch_1");
});

test("forgets a failed execution so the next call runs the handler again", async () => {
  const store = new IdempotencyStore<string>();
  await assert.rejects(
    store.execute("key-1", { amount: 500 }, async () => {
      throw new Error("provider timeout");
    }),
    /provider timeout/,
  );
  const retry = counting("ch_1");
  assert.equal(await store.execute("key-1", { amount: 500 }, retry), "ch_1");
  assert.equal(retry.calls, 1);
});

test("gives every concurrent duplicate of a failing execution the same error", async () => {
  const store = new IdempotencyStore<string>();
  const gate = deferred<string>();
  const failure = new Error("provider down");
  const first = store.execute("key-1", { amount: 500 }, () => gate.promise);
  const duplicate = store.execute("key-1", { amount: 500 }, counting("never"));
  gate.reject(failure);
  const outcomes = await Promise.allSettled([first, duplicate]);
  assert.deepEqual(
    outcomes.map((o) => (o.status === "rejected" ? o.reason : o.value)),
    [failure, failure],
  );
});

test("expires a stored result ttlMs after the handler finished", async () => {
  const time = { now: 0 };
  const store = new IdempotencyStore<string>({ clock: () => time.now, ttlMs: 1_000 });
  const gate = deferred<string>();
  const first = store.execute("key-1", { amount: 500 }, () => gate.promise);
  time.now = 400; // the handler takes a while
  gate.resolve("ch_1");
  await first;
  time.now = 1_399;
  assert.equal(await store.execute("key-1", { amount: 500 }, counting("ch_2")), "ch_1");
  time.now = 1_400;
  assert.equal(await store.execute("key-1", { amount: 900 }, counting("ch_3")), "ch_3");
});

test("keeps results forever when no ttl is set", async () => {
  const time = { now: 0 };
  const store = new IdempotencyStore<string>({ clock: () => time.now });
  await store.execute("key-1", { amount: 500 }, counting("ch_1"));
  time.now = 1e12;
  assert.equal(await store.execute("key-1", { amount: 500 }, counting("ch_2")), "ch_1");
});

test("stores falsy results such as 0, null and the empty string", async () => {
  const store = new IdempotencyStore<number | string | null>();
  for (const [key, value] of [["zero", 0], ["null", null], ["empty", ""]] as const) {
    await store.execute(key, {}, counting(value));
    const again = counting<number | string | null>("recomputed");
    assert.equal(await store.execute(key, {}, again), value);
    assert.equal(again.calls, 0);
  }
});

test("canonicalJson sorts object keys at every level and keeps array order", () => {
  assert.equal(canonicalJson({ b: 1, a: [3, { d: 1, c: 2 }] }), '{"a":[3,{"c":2,"d":1}],"b":1}');
  assert.equal(canonicalJson([2, 1, "x", null, true]), '[2,1,"x",null,true]');
  assert.equal(canonicalJson({}), "{}");
  assert.notEqual(canonicalJson({ a: [1, 2] }), canonicalJson({ a: [2, 1] }));
});

test("rejects a ttl that is not positive with RangeError", () => {
  assert.throws(() => new IdempotencyStore({ ttlMs: 0 }), RangeError);
  assert.throws(() => new IdempotencyStore({ ttlMs: -1 }), RangeError);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { backoffDelay, mulberry32, retry, type RetryOptions } from "./retryBackoff";

class TransientError extends Error {}
class FatalError extends Error {}

/** A fake sleep that records each delay and returns without waiting. */
function recordingSleep() {
  const delays: number[] = [];
  const sleep = async (ms: number) => {
    delays.push(ms);
  };
  return { delays, sleep };
}

/** An operation that fails `failures` times with TransientError, then returns "done". */
function flaky(failures: number) {
  const attempts: number[] = [];
  const operation = async (attempt: number) => {
    attempts.push(attempt);
    if (attempts.length <= failures) throw new TransientError(`failure ${attempts.length}`);
    return "done";
  };
  return { attempts, operation };
}

function options(overrides: Partial<RetryOptions> = {}): RetryOptions {
  return {
    maxAttempts: 5,
    baseDelayMs: 100,
    maxDelayMs: 1_000,
    random: mulberry32(42),
    sleep: async () => {},
    ...overrides,
  };
}

test("doubles the delay ceiling with every attempt", () => {
  const almostOne = () => 0.999999;
  const delays = [1, 2, 3, 4, 5].map((n) => backoffDelay(n, 100, 10_000, almostOne));
  assert.deepEqual(delays, [99, 199, 399, 799, 1599]);
});

test("never lets the ceiling exceed maxDelayMs", () => {
  assert.equal(backoffDelay(10, 100, 1_000, () => 0.5), 500);
  assert.equal(backoffDelay(4, 100, 1_000, () => 0.999999), 799);
  assert.equal(backoffDelay(5, 100, 1_000, () => 0.999999), 999);
});

test("keeps the ceiling at maxDelayMs for very large attempt numbers", () => {
  assert.equal(backoffDelay(33, 100, 1_000, () => 0.5), 500);
  assert.equal(backoffDelay(40, 100, 1_000, () => 0.5), 500);
  assert.equal(backoffDelay(2_000, 100, 1_000, () => 0.5), 500);
});

test("uses full jitter over the whole range from zero to the ceiling", () => {
  assert.equal(backoffDelay(3, 100, 1_000, () => 0), 0);
  const random = mulberry32(7);
  assert.deepEqual(
    [1, 2, 3, 4].map((n) => backoffDelay(n, 50, 10_000, random)),
    [0, 6, 195, 279],
  );
});

test("rejects attempt numbers below 1 with RangeError", () => {
  assert.throws(() => backoffDelay(0, 100, 1_000, () => 0.5), RangeError);
  assert.throws(() => backoffDelay(1.5, 100, 1_000, () => 0.5), RangeError);
});

test("returns the first successful result without sleeping", async () => {
  const { delays, sleep } = recordingSleep();
  const { attempts, operation } = flaky(0);
  assert.equal(await retry(operation, options({ sleep })), "done");
  assert.deepEqual(attempts, [1]);
  assert.deepEqual(delays, []);
});

test("retries until the operation succeeds, passing 1-based attempt numbers", async () => {
  const { attempts, operation } = flaky(3);
  assert.equal(await retry(operation, options()), "done");
  assert.deepEqual(attempts, [1, 2, 3, 4]);
});

test("finishes a seeded full-jitter sleep before each retry", async () => {
  const events: string[] = [];
  const sleep = async (ms: number) => {
    events.push(`sleep ${ms}`);
    await Promise.resolve();
    await Promise.resolve();
    events.push("woke");
  };
  const operation = async (attempt: number) => {
    events.push(`attempt ${attempt}`);
    if (attempt < 5) throw new TransientError("flaky");
    return "done";
  };
  await retry(operation, options({ maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, random: mulberry32(42), sleep }));
  assert.deepEqual(events, [
    "attempt 1", "sleep 60", "woke",
    "attempt 2", "sleep 89", "woke",
    "attempt 3", "sleep 340", "woke",
    "attempt 4", "sleep 535", "woke",
    "attempt 5",
  ]);
});

test("gives up after maxAttempts and rethrows the last attempt's error", async () => {
  const { delays, sleep } = recordingSleep();
  const { attempts, operation } = flaky(100);
  await assert.rejects(retry(operation, options({ maxAttempts: 3, sleep })), (error: unknown) => {
    return error instanceof TransientError && error.message === "failure 3";
  });
  assert.deepEqual(attempts, [1, 2, 3]);
  assert.equal(delays.length, 2);
});

test("rethrows a non-retryable error immediately without sleeping", async () => {
  const { delays, sleep } = recordingSleep();
  let calls = 0;
  const operation = async () => {
    calls += 1;
    throw new FatalError("card declined");
  };
  const isRetryable = (error: unknown) => !(error instanceof FatalError);
  await assert.rejects(retry(operation, options({ sleep, isRetryable })), FatalError);
  assert.equal(calls, 1);
  assert.deepEqual(delays, []);
});

test("asks isRetryable about each error and stops at the first one it rejects", async () => {
  const { delays, sleep } = recordingSleep();
  const seen: unknown[] = [];
  const errors = [new TransientError("503"), new TransientError("503"), new FatalError("400"), new TransientError("503")];
  let calls = 0;
  const operation = async () => {
    throw errors[calls++];
  };
  const isRetryable = (error: unknown) => {
    seen.push(error);
    return error instanceof TransientError;
  };
  await assert.rejects(retry(operation, options({ maxAttempts: 10, sleep, isRetryable })), FatalError);
  assert.equal(calls, 3);
  assert.deepEqual(seen, errors.slice(0, 3));
  assert.equal(delays.length, 2);
});

test("calls the operation once and never sleeps when maxAttempts is 1", async () => {
  const { delays, sleep } = recordingSleep();
  const { attempts, operation } = flaky(1);
  await assert.rejects(retry(operation, options({ maxAttempts: 1, sleep })), TransientError);
  assert.deepEqual(attempts, [1]);
  assert.deepEqual(delays, []);
});

test("rejects invalid options with RangeError before calling the operation", async () => {
  const { attempts, operation } = flaky(0);
  await assert.rejects(retry(operation, options({ maxAttempts: 0 })), RangeError);
  await assert.rejects(retry(operation, options({ maxAttempts: 2.5 })), RangeError);
  await assert.rejects(retry(operation, options({ baseDelayMs: -1 })), RangeError);
  await assert.rejects(retry(operation, options({ baseDelayMs: 500, maxDelayMs: 100 })), RangeError);
  assert.deepEqual(attempts, []);
});

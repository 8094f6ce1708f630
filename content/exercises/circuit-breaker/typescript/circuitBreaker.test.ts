import { test } from "node:test";
import assert from "node:assert/strict";
import { CircuitBreaker, CircuitOpenError } from "./circuitBreaker";

function setup(failureThreshold: number, resetTimeoutMs: number, successThreshold?: number) {
  const time = { now: 0 };
  const breaker = new CircuitBreaker({ failureThreshold, resetTimeoutMs, successThreshold, clock: () => time.now });
  return { time, breaker };
}

const ok = () => "ok";
const boom = () => {
  throw new Error("dependency down");
};

/** Calls a failing operation and swallows its error. */
function fail(breaker: CircuitBreaker, times = 1): void {
  for (let i = 0; i < times; i++) {
    assert.throws(() => breaker.call(boom), /dependency down/);
  }
}

test("starts closed and returns the operation's result", () => {
  const { breaker } = setup(3, 1000);
  assert.equal(breaker.state, "closed");
  assert.equal(breaker.call(() => 42), 42);
  assert.equal(breaker.state, "closed");
});

test("rethrows the operation's own error and stays closed below the threshold", () => {
  const { breaker } = setup(3, 1000);
  const failure = new Error("timeout talking to payments");
  let caught: unknown;
  try {
    breaker.call(() => {
      throw failure;
    });
  } catch (error) {
    caught = error;
  }
  assert.equal(caught, failure);
  fail(breaker);
  assert.equal(breaker.state, "closed");
});

test("opens after failureThreshold consecutive failures", () => {
  const { breaker } = setup(3, 1000);
  fail(breaker, 2);
  assert.equal(breaker.state, "closed");
  fail(breaker);
  assert.equal(breaker.state, "open");
});

test("resets the consecutive failure count after a success", () => {
  const { breaker } = setup(3, 1000);
  fail(breaker, 2);
  breaker.call(ok);
  fail(breaker, 2);
  assert.equal(breaker.state, "closed");
  fail(breaker);
  assert.equal(breaker.state, "open");
});

test("fails fast with CircuitOpenError while open without running the operation", () => {
  const { time, breaker } = setup(2, 1000);
  time.now = 5_000;
  fail(breaker, 2);
  time.now = 5_400;
  let runs = 0;
  assert.throws(
    () => breaker.call(() => ++runs),
    (error: unknown) => error instanceof CircuitOpenError && error.retryAfterMs === 600,
  );
  assert.equal(runs, 0);
});

test("stays open until the reset timeout has fully elapsed, then reports half-open", () => {
  const { time, breaker } = setup(1, 1000);
  time.now = 10_000;
  fail(breaker);
  time.now = 10_999;
  assert.equal(breaker.state, "open");
  assert.throws(() => breaker.call(ok), CircuitOpenError);
  time.now = 11_000;
  assert.equal(breaker.state, "half-open");
});

test("closes after a successful trial call in half-open", () => {
  const { time, breaker } = setup(2, 1000);
  fail(breaker, 2);
  time.now = 1_000;
  let runs = 0;
  assert.equal(breaker.call(() => ++runs), 1);
  assert.equal(breaker.state, "closed");
});

test("reopens after a failed trial call and restarts the reset timeout", () => {
  const { time, breaker } = setup(3, 1000);
  fail(breaker, 3);
  time.now = 1_500;
  assert.equal(breaker.state, "half-open");
  fail(breaker);
  assert.equal(breaker.state, "open");
  time.now = 2_499;
  assert.throws(
    () => breaker.call(ok),
    (error: unknown) => error instanceof CircuitOpenError && error.retryAfterMs === 1,
  );
  time.now = 2_500;
  assert.equal(breaker.state, "half-open");
});

test("needs successThreshold consecutive successes in half-open before closing", () => {
  const { time, breaker } = setup(1, 100, 2);
  fail(breaker);
  time.now = 100;
  breaker.call(ok);
  assert.equal(breaker.state, "half-open");
  breaker.call(ok);
  assert.equal(breaker.state, "closed");

  fail(breaker);
  time.now = 300;
  breaker.call(ok);
  fail(breaker); // a failure between trial successes reopens the circuit
  assert.equal(breaker.state, "open");
  time.now = 400;
  breaker.call(ok); // the success before the failure no longer counts
  assert.equal(breaker.state, "half-open");
  breaker.call(ok);
  assert.equal(breaker.state, "closed");
});

test("counts failures from zero again after closing", () => {
  const { time, breaker } = setup(3, 1000);
  fail(breaker, 3);
  time.now = 1_000;
  breaker.call(ok);
  assert.equal(breaker.state, "closed");
  fail(breaker, 2);
  assert.equal(breaker.state, "closed");
  fail(breaker);
  assert.equal(breaker.state, "open");
});

test("opens on the first failure when failureThreshold is 1", () => {
  const { breaker } = setup(1, 1000);
  fail(breaker);
  assert.equal(breaker.state, "open");
});

test("rejects invalid thresholds and timeouts with RangeError", () => {
  const clock = () => 0;
  assert.throws(() => new CircuitBreaker({ failureThreshold: 0, resetTimeoutMs: 1000, clock }), RangeError);
  assert.throws(() => new CircuitBreaker({ failureThreshold: 1.5, resetTimeoutMs: 1000, clock }), RangeError);
  assert.throws(() => new CircuitBreaker({ failureThreshold: 3, resetTimeoutMs: 0, clock }), RangeError);
  assert.throws(
    () => new CircuitBreaker({ failureThreshold: 3, resetTimeoutMs: 1000, successThreshold: 0, clock }),
    RangeError,
  );
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { TokenBucket } from "./tokenBucket";

/** A clock the test moves by hand. */
function fakeClock(start = 0) {
  const clock = { now: start, read: () => clock.now };
  return clock;
}

test("a new bucket starts full and allows a burst of capacity requests", () => {
  const clock = fakeClock();
  const bucket = new TokenBucket(3, 1, clock.read);
  assert.equal(bucket.tryConsume(), true);
  assert.equal(bucket.tryConsume(), true);
  assert.equal(bucket.tryConsume(), true);
  assert.equal(bucket.tryConsume(), false);
});

test("a rejected request removes no tokens", () => {
  const clock = fakeClock();
  const bucket = new TokenBucket(2, 1, clock.read);
  assert.equal(bucket.tryConsume(2), true);
  clock.now += 500; // half a token
  assert.equal(bucket.tryConsume(), false);
  assert.equal(bucket.tryConsume(), false);
  clock.now += 500; // the half token earned before is still there
  assert.equal(bucket.tryConsume(), true);
});

test("refills at the configured rate per second", () => {
  const clock = fakeClock(10_000);
  const bucket = new TokenBucket(10, 2, clock.read);
  assert.equal(bucket.tryConsume(10), true);
  clock.now += 1000;
  assert.equal(bucket.available(), 2);
  assert.equal(bucket.tryConsume(), true);
  assert.equal(bucket.tryConsume(), true);
  assert.equal(bucket.tryConsume(), false);
});

test("partial refills accumulate instead of being rounded away", () => {
  const clock = fakeClock();
  const bucket = new TokenBucket(1, 2, clock.read);
  assert.equal(bucket.tryConsume(), true);
  clock.now += 250;
  assert.equal(bucket.available(), 0.5);
  assert.equal(bucket.tryConsume(), false);
  clock.now += 250;
  assert.equal(bucket.tryConsume(), true);
});

test("never holds more than capacity however long it sits idle", () => {
  const clock = fakeClock();
  const bucket = new TokenBucket(4, 10, clock.read);
  assert.equal(bucket.tryConsume(), true);
  clock.now += 60 * 60 * 1000;
  assert.equal(bucket.available(), 4);
  assert.equal(bucket.tryConsume(4), true);
  assert.equal(bucket.tryConsume(), false);
});

test("a request may cost more than one token", () => {
  const clock = fakeClock();
  const bucket = new TokenBucket(5, 1, clock.read);
  assert.equal(bucket.tryConsume(3), true);
  assert.equal(bucket.available(), 2);
  assert.equal(bucket.tryConsume(3), false);
  assert.equal(bucket.available(), 2);
  clock.now += 1000;
  assert.equal(bucket.tryConsume(3), true);
  assert.equal(bucket.available(), 0);
});

test("a request costing exactly capacity succeeds on a full bucket", () => {
  const clock = fakeClock();
  const bucket = new TokenBucket(1, 1, clock.read);
  assert.equal(bucket.tryConsume(1), true);
  assert.equal(bucket.tryConsume(1), false);
  clock.now += 999;
  assert.equal(bucket.tryConsume(1), false);
  clock.now += 1;
  assert.equal(bucket.tryConsume(1), true);
});

test("a clock that goes backwards neither adds nor removes tokens", () => {
  const clock = fakeClock(1000);
  const bucket = new TokenBucket(3, 2, clock.read);
  assert.equal(bucket.tryConsume(), true);
  clock.now = 500;
  assert.equal(bucket.available(), 2);
  assert.equal(bucket.tryConsume(2), true);
  assert.equal(bucket.tryConsume(), false);
  clock.now = 1000; // back to the latest reading: that time was already counted
  assert.equal(bucket.available(), 0);
  clock.now = 1500;
  assert.equal(bucket.available(), 1);
});

test("retryAfterMs reports the wait until enough tokens have refilled", () => {
  const clock = fakeClock();
  const bucket = new TokenBucket(4, 2, clock.read);
  assert.equal(bucket.retryAfterMs(), 0);
  assert.equal(bucket.tryConsume(4), true);
  assert.equal(bucket.retryAfterMs(), 500);
  assert.equal(bucket.retryAfterMs(3), 1500);
  clock.now += 100; // 0.2 tokens; 0.8 missing at 2 per second is 400 ms
  assert.equal(bucket.retryAfterMs(), 400);
  assert.equal(bucket.available(), 0.2);
});

test("retryAfterMs rounds up to a whole millisecond", () => {
  const clock = fakeClock();
  const bucket = new TokenBucket(1, 3, clock.read);
  assert.equal(bucket.tryConsume(), true);
  assert.equal(bucket.retryAfterMs(), 334); // 1000 / 3 = 333.33…
});

test("rejects a capacity or refill rate that is not a positive finite number", () => {
  const clock = fakeClock();
  assert.throws(() => new TokenBucket(0, 1, clock.read), RangeError);
  assert.throws(() => new TokenBucket(-1, 1, clock.read), RangeError);
  assert.throws(() => new TokenBucket(5, 0, clock.read), RangeError);
  assert.throws(() => new TokenBucket(5, Number.NaN, clock.read), RangeError);
  assert.throws(() => new TokenBucket(Number.POSITIVE_INFINITY, 1, clock.read), RangeError);
});

test("rejects a cost that is not positive or exceeds capacity", () => {
  const clock = fakeClock();
  const bucket = new TokenBucket(3, 1, clock.read);
  assert.throws(() => bucket.tryConsume(0), RangeError);
  assert.throws(() => bucket.tryConsume(-1), RangeError);
  assert.throws(() => bucket.tryConsume(4), RangeError);
  assert.throws(() => bucket.retryAfterMs(4), RangeError);
  assert.equal(bucket.available(), 3);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { SlidingLogLimiter, SlidingWindowCounterLimiter } from "./slidingWindowLimiter";

/** A clock the test moves by hand. */
function fakeClock(start = 0) {
  const clock = { now: start, read: () => clock.now };
  return clock;
}

/** Calls tryAcquire n times and returns how many were allowed. */
function acquireMany(limiter: { tryAcquire(key: string): boolean }, key: string, n: number): number {
  let allowed = 0;
  for (let i = 0; i < n; i++) if (limiter.tryAcquire(key)) allowed++;
  return allowed;
}

test("sliding log allows up to the limit within a window and then rejects", () => {
  const clock = fakeClock();
  const limiter = new SlidingLogLimiter(3, 1000, clock.read);
  assert.equal(limiter.tryAcquire("a"), true);
  assert.equal(limiter.tryAcquire("a"), true);
  assert.equal(limiter.tryAcquire("a"), true);
  assert.equal(limiter.tryAcquire("a"), false);
  clock.now = 999;
  assert.equal(limiter.tryAcquire("a"), false);
});

test("sliding log stops counting a request exactly one window later", () => {
  const clock = fakeClock();
  const limiter = new SlidingLogLimiter(1, 1000, clock.read);
  assert.equal(limiter.tryAcquire("a"), true);
  clock.now = 999;
  assert.equal(limiter.tryAcquire("a"), false);
  clock.now = 1000;
  assert.equal(limiter.tryAcquire("a"), true);
});

test("sliding log holds a burst straddling a fixed-window boundary to the limit", () => {
  const clock = fakeClock(990);
  const limiter = new SlidingLogLimiter(10, 1000, clock.read);
  assert.equal(acquireMany(limiter, "a", 10), 10);
  clock.now = 1010; // a fixed window would have reset at 1000
  assert.equal(acquireMany(limiter, "a", 10), 0);
  clock.now = 1989;
  assert.equal(limiter.tryAcquire("a"), false);
  clock.now = 1990;
  assert.equal(acquireMany(limiter, "a", 12), 10);
});

test("sliding log frees slots one at a time as old requests expire", () => {
  const clock = fakeClock();
  const limiter = new SlidingLogLimiter(3, 1000, clock.read);
  assert.equal(limiter.tryAcquire("a"), true);
  clock.now = 300;
  assert.equal(limiter.tryAcquire("a"), true);
  clock.now = 600;
  assert.equal(limiter.tryAcquire("a"), true);
  clock.now = 1000;
  assert.equal(limiter.tryAcquire("a"), true);
  assert.equal(limiter.tryAcquire("a"), false);
  clock.now = 1299;
  assert.equal(limiter.tryAcquire("a"), false);
  clock.now = 1300;
  assert.equal(limiter.tryAcquire("a"), true);
});

test("sliding log does not record rejected requests", () => {
  const clock = fakeClock();
  const limiter = new SlidingLogLimiter(2, 1000, clock.read);
  assert.equal(acquireMany(limiter, "a", 2), 2);
  clock.now = 500;
  assert.equal(acquireMany(limiter, "a", 3), 0);
  clock.now = 1000;
  assert.equal(acquireMany(limiter, "a", 3), 2);
});

test("each key has its own budget", () => {
  const clock = fakeClock();
  const log = new SlidingLogLimiter(2, 1000, clock.read);
  const counter = new SlidingWindowCounterLimiter(2, 1000, clock.read);
  assert.equal(acquireMany(log, "alice", 5), 2);
  assert.equal(acquireMany(log, "bob", 5), 2);
  assert.equal(acquireMany(counter, "alice", 5), 2);
  assert.equal(acquireMany(counter, "bob", 5), 2);
  assert.equal(counter.estimate("carol"), 0);
});

test("sliding window counter allows up to the limit in a fresh window and then rejects", () => {
  const clock = fakeClock(200);
  const limiter = new SlidingWindowCounterLimiter(3, 1000, clock.read);
  assert.equal(acquireMany(limiter, "a", 3), 3);
  assert.equal(limiter.tryAcquire("a"), false);
  clock.now = 999;
  assert.equal(limiter.tryAcquire("a"), false);
  assert.equal(limiter.estimate("a"), 3);
});

test("sliding window counter weights the previous window by how much of it still overlaps", () => {
  const clock = fakeClock(990);
  const limiter = new SlidingWindowCounterLimiter(10, 1000, clock.read);
  assert.equal(acquireMany(limiter, "a", 10), 10);
  clock.now = 1010; // 99% of the previous window still overlaps: 10 * 0.99 = 9.9
  assert.equal(limiter.estimate("a"), 9.9);
  assert.equal(acquireMany(limiter, "a", 10), 1);
  clock.now = 1500; // 10 * 0.5 + 1 = 6
  assert.equal(limiter.estimate("a"), 6);
  assert.equal(acquireMany(limiter, "a", 10), 4);
  clock.now = 2000; // the window 1000..1999 (5 requests) is now the previous one, fully overlapping
  assert.equal(limiter.estimate("a"), 5);
});

test("sliding window counter forgets a window that ended more than one window ago", () => {
  const clock = fakeClock(500);
  const limiter = new SlidingWindowCounterLimiter(10, 1000, clock.read);
  assert.equal(acquireMany(limiter, "a", 10), 10);
  clock.now = 2100; // the previous window (1000..1999) saw nothing
  assert.equal(limiter.estimate("a"), 0);
  assert.equal(acquireMany(limiter, "a", 12), 10);
});

test("sliding window counter does not count rejected requests", () => {
  const clock = fakeClock();
  const limiter = new SlidingWindowCounterLimiter(2, 1000, clock.read);
  assert.equal(acquireMany(limiter, "a", 2), 2);
  clock.now = 100;
  assert.equal(acquireMany(limiter, "a", 5), 0);
  clock.now = 1500; // 2 * 0.5 + 0 = 1
  assert.equal(limiter.estimate("a"), 1);
  assert.equal(acquireMany(limiter, "a", 5), 1);
});

test("estimate consumes nothing", () => {
  const clock = fakeClock();
  const limiter = new SlidingWindowCounterLimiter(1, 1000, clock.read);
  for (let i = 0; i < 5; i++) assert.equal(limiter.estimate("a"), 0);
  assert.equal(limiter.tryAcquire("a"), true);
  assert.equal(limiter.estimate("a"), 1);
  assert.equal(limiter.tryAcquire("a"), false);
});

test("rejects a limit that is not a positive integer or a window that is not positive", () => {
  const clock = fakeClock();
  for (const Limiter of [SlidingLogLimiter, SlidingWindowCounterLimiter]) {
    assert.throws(() => new Limiter(0, 1000, clock.read), RangeError);
    assert.throws(() => new Limiter(1.5, 1000, clock.read), RangeError);
    assert.throws(() => new Limiter(5, 0, clock.read), RangeError);
    assert.throws(() => new Limiter(5, -10, clock.read), RangeError);
    assert.throws(() => new Limiter(5, Number.NaN, clock.read), RangeError);
  }
});

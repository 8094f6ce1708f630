import { test } from "node:test";
import assert from "node:assert/strict";
import { LeakyBucket } from "./leakyBucket";

/** A clock the test moves by hand. */
function fakeClock(start = 0) {
  const clock = { now: start, read: () => clock.now };
  return clock;
}

test("accepts items up to capacity and rejects the next one", () => {
  const clock = fakeClock();
  const bucket = new LeakyBucket<string>(3, 1, clock.read);
  assert.equal(bucket.offer("a"), true);
  assert.equal(bucket.offer("b"), true);
  assert.equal(bucket.offer("c"), true);
  assert.equal(bucket.offer("d"), false);
  assert.equal(bucket.size(), 3);
});

test("an item leaks one interval after it arrives at an empty bucket", () => {
  const clock = fakeClock(1000);
  const bucket = new LeakyBucket<string>(5, 2, clock.read); // one leak every 500 ms
  assert.equal(bucket.offer("a"), true);
  assert.equal(bucket.nextLeakAt(), 1500);
  clock.now = 1499;
  assert.deepEqual(bucket.drain(), []);
  assert.equal(bucket.size(), 1);
  clock.now = 1500;
  assert.deepEqual(bucket.drain(), [{ item: "a", leakedAt: 1500 }]);
  assert.equal(bucket.size(), 0);
});

test("a burst leaks out in FIFO order at a fixed rate", () => {
  const clock = fakeClock();
  const bucket = new LeakyBucket<string>(5, 4, clock.read); // one leak every 250 ms
  for (const item of ["a", "b", "c"]) assert.equal(bucket.offer(item), true);
  clock.now = 1000;
  assert.deepEqual(bucket.drain(), [
    { item: "a", leakedAt: 250 },
    { item: "b", leakedAt: 500 },
    { item: "c", leakedAt: 750 },
  ]);
});

test("leaking frees room for new items", () => {
  const clock = fakeClock();
  const bucket = new LeakyBucket<string>(2, 2, clock.read);
  assert.equal(bucket.offer("a"), true);
  assert.equal(bucket.offer("b"), true);
  assert.equal(bucket.offer("c"), false);
  clock.now = 500; // "a" has leaked, even though nobody drained it yet
  assert.equal(bucket.size(), 1);
  assert.equal(bucket.offer("d"), true);
  assert.equal(bucket.offer("e"), false);
  clock.now = 2000;
  assert.deepEqual(bucket.drain().map((l) => l.item), ["a", "b", "d"]);
});

test("an idle bucket does not save up leaks for a later burst", () => {
  const clock = fakeClock();
  const bucket = new LeakyBucket<number>(5, 1, clock.read);
  clock.now = 10_000;
  for (const item of [1, 2, 3]) assert.equal(bucket.offer(item), true);
  assert.deepEqual(bucket.drain(), []);
  clock.now = 11_000;
  assert.deepEqual(bucket.drain(), [{ item: 1, leakedAt: 11_000 }]);
  clock.now = 12_500;
  assert.deepEqual(bucket.drain(), [{ item: 2, leakedAt: 12_000 }]);
});

test("an item arriving after the bucket emptied waits a full interval from its arrival", () => {
  const clock = fakeClock();
  const bucket = new LeakyBucket<string>(5, 1, clock.read);
  assert.equal(bucket.offer("a"), true); // leaks at 1000
  clock.now = 1500;
  assert.equal(bucket.offer("b"), true);
  assert.equal(bucket.nextLeakAt(), 2500);
  clock.now = 2499;
  assert.deepEqual(bucket.drain(), [{ item: "a", leakedAt: 1000 }]);
  clock.now = 2500;
  assert.deepEqual(bucket.drain(), [{ item: "b", leakedAt: 2500 }]);
});

test("an item queued behind another leaks one interval after the item ahead of it", () => {
  const clock = fakeClock();
  const bucket = new LeakyBucket<string>(5, 1, clock.read);
  assert.equal(bucket.offer("a"), true); // leaks at 1000
  clock.now = 300;
  assert.equal(bucket.offer("b"), true); // reaches the front at 1000, leaks at 2000
  clock.now = 1999;
  assert.deepEqual(bucket.drain(), [{ item: "a", leakedAt: 1000 }]);
  assert.equal(bucket.nextLeakAt(), 2000);
  clock.now = 2000;
  assert.deepEqual(bucket.drain(), [{ item: "b", leakedAt: 2000 }]);
});

test("a rejected item is dropped and never leaks", () => {
  const clock = fakeClock();
  const bucket = new LeakyBucket<string>(1, 1, clock.read);
  assert.equal(bucket.offer("a"), true);
  assert.equal(bucket.offer("dropped"), false);
  clock.now = 999;
  assert.equal(bucket.offer("dropped too"), false);
  clock.now = 1000;
  assert.equal(bucket.offer("b"), true);
  clock.now = 5000;
  assert.deepEqual(bucket.drain(), [
    { item: "a", leakedAt: 1000 },
    { item: "b", leakedAt: 2000 },
  ]);
});

test("drain returns each leaked item only once", () => {
  const clock = fakeClock();
  const bucket = new LeakyBucket<string>(3, 2, clock.read);
  bucket.offer("a");
  bucket.offer("b");
  clock.now = 600;
  assert.deepEqual(bucket.drain(), [{ item: "a", leakedAt: 500 }]);
  assert.deepEqual(bucket.drain(), []);
  clock.now = 1000;
  assert.deepEqual(bucket.drain(), [{ item: "b", leakedAt: 1000 }]);
  assert.deepEqual(bucket.drain(), []);
});

test("nextLeakAt is null when the bucket is empty", () => {
  const clock = fakeClock();
  const bucket = new LeakyBucket<string>(2, 10, clock.read); // one leak every 100 ms
  assert.equal(bucket.nextLeakAt(), null);
  bucket.offer("a");
  bucket.offer("b");
  assert.equal(bucket.nextLeakAt(), 100);
  clock.now = 150;
  assert.equal(bucket.nextLeakAt(), 200);
  clock.now = 200;
  assert.equal(bucket.nextLeakAt(), null);
  assert.equal(bucket.size(), 0);
});

test("rejects a capacity that is not a positive integer or a leak rate that is not positive", () => {
  const clock = fakeClock();
  assert.throws(() => new LeakyBucket(0, 1, clock.read), RangeError);
  assert.throws(() => new LeakyBucket(2.5, 1, clock.read), RangeError);
  assert.throws(() => new LeakyBucket(2, 0, clock.read), RangeError);
  assert.throws(() => new LeakyBucket(2, -1, clock.read), RangeError);
  assert.throws(() => new LeakyBucket(2, Number.POSITIVE_INFINITY, clock.read), RangeError);
});

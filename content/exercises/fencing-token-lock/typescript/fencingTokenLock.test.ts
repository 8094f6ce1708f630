import { test } from "node:test";
import assert from "node:assert/strict";
import { FencedStorage, LockService, StaleTokenError } from "./fencingTokenLock";

function setup() {
  const time = { now: 1_000 };
  return { time, locks: new LockService(() => time.now) };
}

test("grants the first lease with token 1, expiring leaseMs later", () => {
  const { locks } = setup();
  assert.deepEqual(locks.acquire("invoice-7", "A", 500), {
    resource: "invoice-7",
    owner: "A",
    token: 1,
    expiresAt: 1_500,
  });
});

test("refuses a held lock to everyone, the holder included, until the lease expires", () => {
  const { time, locks } = setup();
  locks.acquire("invoice-7", "A", 500);
  assert.equal(locks.acquire("invoice-7", "B", 500), null);
  assert.equal(locks.acquire("invoice-7", "A", 500), null);
  time.now = 1_499;
  assert.equal(locks.acquire("invoice-7", "B", 500), null);
  time.now = 1_500;
  assert.equal(locks.acquire("invoice-7", "B", 500)?.owner, "B");
});

test("issues strictly increasing tokens across releases, expiries and renewals", () => {
  const { time, locks } = setup();
  const first = locks.acquire("r", "A", 100)!;
  locks.renew("r", first.token, 100);
  locks.release("r", first.token);
  const second = locks.acquire("r", "B", 100)!;
  time.now += 100; // expires
  const third = locks.acquire("r", "C", 100)!;
  assert.deepEqual([first.token, second.token, third.token], [1, 2, 3]);
});

test("locks resources independently while sharing one token counter", () => {
  const { locks } = setup();
  const x = locks.acquire("x", "A", 100)!;
  const y = locks.acquire("y", "B", 100)!;
  assert.equal(locks.acquire("x", "C", 100), null);
  assert.deepEqual([x.token, y.token], [1, 2]);
  assert.equal(locks.release("x", x.token), true);
  assert.equal(locks.acquire("x", "C", 100)?.token, 3);
  assert.equal(locks.acquire("y", "C", 100), null);
});

test("frees the lock when the holder releases it with its token", () => {
  const { locks } = setup();
  const lease = locks.acquire("r", "A", 10_000)!;
  assert.equal(locks.release("r", lease.token), true);
  assert.equal(locks.acquire("r", "B", 100)?.owner, "B");
});

test("refuses a release with a stale token and keeps the new holder's lock", () => {
  const { time, locks } = setup();
  const a = locks.acquire("r", "A", 100)!;
  time.now += 150;
  assert.equal(locks.release("r", a.token), false); // expired: nothing to release
  const b = locks.acquire("r", "B", 100)!;
  assert.equal(locks.release("r", a.token), false);
  assert.equal(locks.acquire("r", "C", 100), null);
  assert.equal(locks.release("r", 999), false);
  assert.equal(locks.release("r", b.token), true);
  assert.equal(locks.release("r", b.token), false);
});

test("renews a valid lease with the same token but not once it has expired", () => {
  const { time, locks } = setup();
  const lease = locks.acquire("r", "A", 100)!;
  time.now = 1_050;
  assert.deepEqual(locks.renew("r", lease.token, 300), { resource: "r", owner: "A", token: 1, expiresAt: 1_350 });
  time.now = 1_349;
  assert.equal(locks.acquire("r", "B", 100), null);
  time.now = 1_350;
  assert.equal(locks.renew("r", lease.token, 300), null);
  const b = locks.acquire("r", "B", 100)!;
  assert.equal(locks.renew("r", lease.token, 300), null);
  assert.equal(locks.renew("r", b.token, 300)?.expiresAt, 1_650);
});

test("stores writes carrying the newest token, including repeated writes with the same token", () => {
  const storage = new FencedStorage();
  assert.equal(storage.read("k"), undefined);
  storage.write("k", "v1", 1);
  storage.write("k", "v2", 1);
  storage.write("k", "v3", 4);
  assert.equal(storage.read("k"), "v3");
});

test("rejects a write with a token lower than the highest seen and keeps the newer value", () => {
  const storage = new FencedStorage();
  storage.write("k", "from token 5", 5);
  assert.throws(
    () => storage.write("k", "from token 4", 4),
    (error: unknown) => error instanceof StaleTokenError && error.token === 4 && error.highestSeen === 5,
  );
  assert.equal(storage.read("k"), "from token 5");
  storage.write("k", "from token 6", 6);
  assert.throws(() => storage.write("k", "from token 5 again", 5), StaleTokenError);
  assert.equal(storage.read("k"), "from token 6");
});

test("fences off a client that wakes up after its lease expired", () => {
  const { time, locks } = setup();
  const storage = new FencedStorage();
  const a = locks.acquire("invoice-7", "A", 1_000)!;
  storage.write("invoice-7", "A's draft", a.token);
  time.now += 1_500; // A is paused, its lease runs out
  const b = locks.acquire("invoice-7", "B", 1_000)!;
  storage.write("invoice-7", "B's total", b.token);
  assert.throws(() => storage.write("invoice-7", "A's total", a.token), StaleTokenError);
  assert.equal(storage.read("invoice-7"), "B's total");
  assert.equal(locks.renew("invoice-7", a.token, 1_000), null);
});

test("tracks the highest token separately for each key", () => {
  const storage = new FencedStorage();
  storage.write("x", "x5", 5);
  storage.write("y", "y3", 3);
  assert.equal(storage.read("y"), "y3");
  assert.throws(() => storage.write("x", "x3", 3), StaleTokenError);
});

test("accepts an old token until the storage has seen a newer one for that key", () => {
  const { time, locks } = setup();
  const storage = new FencedStorage();
  const a = locks.acquire("r", "A", 100)!;
  time.now += 200;
  locks.acquire("r", "B", 100); // B holds the lock but has not written yet
  storage.write("r", "A's late write", a.token);
  assert.equal(storage.read("r"), "A's late write");
});

test("rejects lease durations that are not positive with RangeError", () => {
  const { locks } = setup();
  assert.throws(() => locks.acquire("r", "A", 0), RangeError);
  assert.throws(() => locks.acquire("r", "A", -5), RangeError);
  const lease = locks.acquire("r", "A", 100)!;
  assert.throws(() => locks.renew("r", lease.token, 0), RangeError);
});

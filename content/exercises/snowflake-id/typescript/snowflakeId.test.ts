import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ClockMovedBackwardsError,
  DEFAULT_EPOCH,
  SnowflakeGenerator,
  parseSnowflake,
} from "./snowflakeId";

/** A fake clock the test moves by hand. */
function manualClock(start: number) {
  const clock = { now: start, read: () => clock.now };
  return clock;
}

test("packs the timestamp, worker id and sequence into the 41/10/12 bit layout", () => {
  const gen = new SnowflakeGenerator({ workerId: 3, clock: () => DEFAULT_EPOCH + 5 });
  assert.equal(gen.nextId(), (5n << 22n) | (3n << 12n) | 0n);
  assert.equal(gen.nextId(), 20983809n);

  const now = 1_700_000_000_000;
  const big = new SnowflakeGenerator({ workerId: 1023, clock: () => now });
  assert.equal(big.nextId(), ((BigInt(now) - 1_288_834_974_657n) << 22n) | (1023n << 12n));
});

test("measures the timestamp from a custom epoch when one is given", () => {
  const gen = new SnowflakeGenerator({ workerId: 1, clock: () => 1_000_007, epoch: 1_000_000 });
  assert.equal(gen.nextId(), (7n << 22n) | (1n << 12n));
  assert.deepEqual(parseSnowflake((7n << 22n) | (1n << 12n), 1_000_000), {
    timestamp: 1_000_007,
    workerId: 1,
    sequence: 0,
  });
});

test("numbers ids within the same millisecond with an increasing sequence", () => {
  const gen = new SnowflakeGenerator({ workerId: 7, clock: () => DEFAULT_EPOCH + 100 });
  const sequences = [gen.nextId(), gen.nextId(), gen.nextId()].map((id) => parseSnowflake(id).sequence);
  assert.deepEqual(sequences, [0, 1, 2]);
});

test("restarts the sequence at zero in a new millisecond", () => {
  const clock = manualClock(DEFAULT_EPOCH + 100);
  const gen = new SnowflakeGenerator({ workerId: 7, clock: clock.read });
  gen.nextId();
  gen.nextId();
  gen.nextId();
  clock.now += 1;
  assert.deepEqual(parseSnowflake(gen.nextId()), {
    timestamp: DEFAULT_EPOCH + 101,
    workerId: 7,
    sequence: 0,
  });
});

test("issues strictly increasing ids as time moves on", () => {
  const clock = manualClock(DEFAULT_EPOCH + 1_000);
  const gen = new SnowflakeGenerator({ workerId: 512, clock: clock.read });
  const ids: bigint[] = [];
  for (let i = 0; i < 1_000; i++) {
    if (i % 7 === 0) clock.now += 1 + (i % 3);
    ids.push(gen.nextId());
  }
  for (let i = 1; i < ids.length; i++) {
    assert.ok(ids[i] > ids[i - 1], `id ${i} is not greater than id ${i - 1}`);
  }
});

test("parseSnowflake recovers the timestamp, worker id and sequence of an id", () => {
  const clock = manualClock(1_650_000_000_123);
  const gen = new SnowflakeGenerator({ workerId: 1023, clock: clock.read });
  gen.nextId();
  const second = gen.nextId();
  assert.deepEqual(parseSnowflake(second), { timestamp: 1_650_000_000_123, workerId: 1023, sequence: 1 });
  assert.deepEqual(parseSnowflake(4095n | (5n << 12n) | (9n << 22n)), {
    timestamp: DEFAULT_EPOCH + 9,
    workerId: 5,
    sequence: 4095,
  });
});

test("waits for the next millisecond when all 4096 sequence numbers are used", () => {
  const start = DEFAULT_EPOCH + 1_000;
  let now = start;
  let waiting = false;
  let polls = 0;
  const clock = () => {
    if (waiting) {
      polls += 1;
      if (polls === 3) now = start + 3; // the clock only moves after a few polls
    }
    return now;
  };
  const gen = new SnowflakeGenerator({ workerId: 2, clock });
  const ids = new Set<bigint>();
  for (let i = 0; i < 4096; i++) ids.add(gen.nextId());
  assert.equal(parseSnowflake([...ids][4095]).sequence, 4095);

  waiting = true;
  const next = gen.nextId();
  assert.ok(polls >= 3, "nextId must keep reading the clock until it moves on");
  assert.deepEqual(parseSnowflake(next), { timestamp: start + 3, workerId: 2, sequence: 0 });
  ids.add(next);
  assert.equal(ids.size, 4097);
});

test("rejects a clock that moves backwards with ClockMovedBackwardsError", () => {
  const clock = manualClock(DEFAULT_EPOCH + 500);
  const gen = new SnowflakeGenerator({ workerId: 1, clock: clock.read });
  gen.nextId();
  clock.now -= 1;
  assert.throws(() => gen.nextId(), ClockMovedBackwardsError);
});

test("continues without duplicates once the clock has caught up again", () => {
  const clock = manualClock(DEFAULT_EPOCH + 500);
  const gen = new SnowflakeGenerator({ workerId: 1, clock: clock.read });
  const first = gen.nextId();
  clock.now -= 10;
  assert.throws(() => gen.nextId(), ClockMovedBackwardsError);
  clock.now += 10; // back at the last id's millisecond
  const second = gen.nextId();
  assert.ok(second > first);
  assert.deepEqual(parseSnowflake(second), { timestamp: DEFAULT_EPOCH + 500, workerId: 1, sequence: 1 });
});

test("rejects worker ids outside 0..1023 with RangeError", () => {
  const clock = () => DEFAULT_EPOCH;
  assert.throws(() => new SnowflakeGenerator({ workerId: -1, clock }), RangeError);
  assert.throws(() => new SnowflakeGenerator({ workerId: 1024, clock }), RangeError);
  assert.throws(() => new SnowflakeGenerator({ workerId: 1.5, clock }), RangeError);
  assert.equal(parseSnowflake(new SnowflakeGenerator({ workerId: 0, clock }).nextId()).workerId, 0);
  assert.equal(parseSnowflake(new SnowflakeGenerator({ workerId: 1023, clock }).nextId()).workerId, 1023);
});

test("rejects clock readings before the epoch or beyond 41 bits with RangeError", () => {
  const early = new SnowflakeGenerator({ workerId: 1, clock: () => DEFAULT_EPOCH - 1 });
  assert.throws(() => early.nextId(), RangeError);
  const late = new SnowflakeGenerator({ workerId: 1, clock: () => DEFAULT_EPOCH + 2 ** 41 });
  assert.throws(() => late.nextId(), RangeError);
});

test("keeps the last 41-bit millisecond positive and below 2^63", () => {
  const gen = new SnowflakeGenerator({ workerId: 1023, clock: () => DEFAULT_EPOCH + 2 ** 41 - 1 });
  gen.nextId();
  const id = gen.nextId();
  assert.equal(id, (2n ** 41n - 1n) * 2n ** 22n + 1023n * 4096n + 1n);
  assert.ok(id > 0n && id < 2n ** 63n);
});

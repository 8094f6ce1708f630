import { test } from "node:test";
import assert from "node:assert/strict";
import { PartitionedLog, fnv1a32, type LogRecord } from "./partitionedLog";

function values(records: LogRecord[]): string[] {
  return records.map((record) => record.value);
}

test("a keyed record goes to the partition chosen by fnv1a32 of its key", () => {
  const log = new PartitionedLog(4);
  assert.equal(log.partitionFor("user-1"), 0);
  assert.equal(log.partitionFor("user-2"), 1);
  assert.equal(log.partitionFor("user-3"), 2);
  assert.equal(log.partitionFor("d"), 3);
  for (const key of ["user-1", "order-42", "d", "e"]) {
    assert.equal(log.partitionFor(key), fnv1a32(key) % 4);
    assert.equal(log.append(key, "x").partition, log.partitionFor(key));
  }
  assert.equal(new PartitionedLog(3).partitionFor("user-3"), 2);
});

test("offsets are counted per partition from zero", () => {
  const log = new PartitionedLog(4);
  assert.deepEqual(log.append("user-1", "a"), { partition: 0, offset: 0 });
  assert.deepEqual(log.append("user-2", "b"), { partition: 1, offset: 0 });
  assert.deepEqual(log.append("user-1", "c"), { partition: 0, offset: 1 });
  assert.deepEqual(log.append("order-42", "d"), { partition: 0, offset: 2 });
  assert.equal(log.endOffset(0), 3);
  assert.equal(log.endOffset(1), 1);
  assert.equal(log.endOffset(3), 0);
});

test("records without a key are spread round-robin", () => {
  const log = new PartitionedLog(3);
  const partitions = [];
  for (let i = 0; i < 4; i++) partitions.push(log.append(null, `n${i}`).partition);
  log.append("user-3", "keyed"); // keyed records do not move the round-robin
  partitions.push(log.append(null, "n4").partition);
  assert.deepEqual(partitions, [0, 1, 2, 0, 1]);
});

test("read returns a partition's records in offset order from an offset, up to max", () => {
  const log = new PartitionedLog(2);
  for (let i = 0; i < 5; i++) log.append(null, `v${i}`); // partition 0 gets v0, v2, v4
  assert.deepEqual(log.read(0, 0, 10), [
    { partition: 0, offset: 0, key: null, value: "v0" },
    { partition: 0, offset: 1, key: null, value: "v2" },
    { partition: 0, offset: 2, key: null, value: "v4" },
  ]);
  assert.deepEqual(values(log.read(0, 1, 1)), ["v2"]);
  assert.deepEqual(log.read(0, 3, 10), []);
  assert.deepEqual(log.read(1, 100, 10), []);
});

test("all records of one key keep their append order", () => {
  const log = new PartitionedLog(4);
  const keys = ["a", "b", "c", "d", "e", "f"];
  for (let i = 0; i < 60; i++) log.append(keys[i % keys.length], `${keys[i % keys.length]}${i}`);
  for (const key of keys) {
    const partition = log.partitionFor(key);
    const mine = log.read(partition, 0, 1000).filter((record) => record.key === key);
    const expected = Array.from({ length: 10 }, (_, j) => `${key}${keys.indexOf(key) + 6 * j}`);
    assert.deepEqual(values(mine), expected);
  }
});

test("a consumer of a new group starts at offset zero and polls its partitions in the order given", () => {
  const log = new PartitionedLog(4);
  log.append("user-1", "p0-a");
  log.append("user-2", "p1-a");
  log.append("user-1", "p0-b");
  log.append("user-3", "p2-a");
  const consumer = log.consumer("mailer", [1, 0]);
  assert.deepEqual(values(consumer.poll(10)), ["p1-a", "p0-a", "p0-b"]);
  assert.equal(consumer.position(0), 2);
  assert.equal(consumer.position(1), 1);
  assert.equal(log.committedOffset("mailer", 0), 0);
});

test("poll respects max and picks up where it stopped, including new records", () => {
  const log = new PartitionedLog(1);
  for (const v of ["a", "b", "c"]) log.append("k", v);
  const consumer = log.consumer("g", [0]);
  assert.deepEqual(values(consumer.poll(2)), ["a", "b"]);
  assert.deepEqual(values(consumer.poll(2)), ["c"]);
  assert.deepEqual(consumer.poll(2), []);
  log.append("k", "d");
  assert.deepEqual(values(consumer.poll()), ["d"]);
  for (let i = 0; i < 150; i++) log.append("k", `x${i}`);
  assert.equal(consumer.poll().length, 100); // max defaults to 100
});

test("a new consumer of the group resumes after the last commit, so uncommitted records come again", () => {
  const log = new PartitionedLog(2);
  for (let i = 0; i < 6; i++) log.append(null, `v${i}`); // p0: v0 v2 v4, p1: v1 v3 v5
  const first = log.consumer("billing", [0, 1]);
  assert.deepEqual(values(first.poll(4)), ["v0", "v2", "v4", "v1"]);
  first.commit();
  assert.equal(log.committedOffset("billing", 0), 3);
  assert.equal(log.committedOffset("billing", 1), 1);
  assert.deepEqual(values(first.poll(10)), ["v3", "v5"]); // processed, then the consumer crashes
  const restarted = log.consumer("billing", [0, 1]);
  assert.deepEqual(values(restarted.poll(10)), ["v3", "v5"]);
});

test("each consumer group keeps its own committed offsets", () => {
  const log = new PartitionedLog(1);
  for (const v of ["a", "b", "c"]) log.append(null, v);
  const billing = log.consumer("billing", [0]);
  billing.poll(3);
  billing.commit();
  const analytics = log.consumer("analytics", [0]);
  assert.deepEqual(values(analytics.poll(10)), ["a", "b", "c"]);
  assert.equal(log.committedOffset("billing", 0), 3);
  assert.equal(log.committedOffset("analytics", 0), 0);
});

test("seek replays earlier records without changing the committed offset until commit", () => {
  const log = new PartitionedLog(1);
  for (const v of ["a", "b", "c", "d"]) log.append(null, v);
  const consumer = log.consumer("g", [0]);
  consumer.poll(10);
  consumer.commit();
  consumer.seek(0, 1);
  assert.equal(log.committedOffset("g", 0), 4);
  assert.deepEqual(values(consumer.poll(2)), ["b", "c"]);
  consumer.commit();
  assert.equal(log.committedOffset("g", 0), 3);
  consumer.seek(0, 4); // the end is a valid position
  assert.deepEqual(consumer.poll(), []);
});

test("consumers of one group with different partitions together read everything once", () => {
  const log = new PartitionedLog(4);
  for (let i = 0; i < 20; i++) log.append(`key-${i}`, `v${i}`);
  const left = log.consumer("g", [0, 1]);
  const right = log.consumer("g", [2, 3]);
  const seen = [...values(left.poll(100)), ...values(right.poll(100))].sort();
  assert.deepEqual(seen, Array.from({ length: 20 }, (_, i) => `v${i}`).sort());
  left.commit();
  right.commit(); // commits only its own partitions: the left consumer's commits stay
  assert.deepEqual(
    [0, 1, 2, 3].map((p) => log.committedOffset("g", p)),
    [0, 1, 2, 3].map((p) => log.endOffset(p)),
  );
  assert.throws(() => left.position(2), RangeError);
});

test("rejects unknown partitions, bad offsets and bad sizes", () => {
  assert.throws(() => new PartitionedLog(0), RangeError);
  assert.throws(() => new PartitionedLog(2.5), RangeError);
  const log = new PartitionedLog(2);
  log.append(null, "a");
  assert.throws(() => log.read(2, 0, 1), RangeError);
  assert.throws(() => log.read(0, -1, 1), RangeError);
  assert.throws(() => log.read(0, 0, 0), RangeError);
  assert.throws(() => log.endOffset(-1), RangeError);
  assert.throws(() => log.consumer("g", [0, 5]), RangeError);
  const consumer = log.consumer("g", [0]);
  assert.throws(() => consumer.seek(1, 0), RangeError);
  assert.throws(() => consumer.seek(0, 2), RangeError);
  assert.throws(() => consumer.seek(0, -1), RangeError);
  assert.throws(() => consumer.poll(0), RangeError);
});

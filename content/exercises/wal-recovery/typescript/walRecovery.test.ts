import { test } from "node:test";
import assert from "node:assert/strict";
import { WriteAheadLog, encodeRecord, fnv1a32, recover, type LogRecord } from "./walRecovery";

/** Appends the records and returns the log length after each one (the frame boundaries). */
function appendAll(wal: WriteAheadLog, records: LogRecord[]): number[] {
  return records.map((record) => {
    wal.append(record);
    return wal.contents().length;
  });
}

function transaction(tx: number, changes: Array<[string, string | null]>, end: "commit" | "abort" | null = "commit"): LogRecord[] {
  const records: LogRecord[] = [{ type: "begin", tx }];
  for (const [key, value] of changes) {
    records.push(value === null ? { type: "delete", tx, key } : { type: "put", tx, key, value });
  }
  if (end !== null) records.push({ type: end, tx });
  return records;
}

test("encodeRecord writes a length and checksum header in front of the JSON payload", () => {
  const record: LogRecord = { type: "put", tx: 7, key: "user:1", value: "Ada" };
  const frame = encodeRecord(record);
  const header = new DataView(frame.buffer, frame.byteOffset, 8);
  const payload = frame.subarray(8);
  assert.equal(header.getUint32(0), payload.length);
  assert.equal(header.getUint32(4), fnv1a32(payload));
  assert.deepEqual(JSON.parse(new TextDecoder().decode(payload)), record);
});

test("an empty log recovers to an empty state", () => {
  const result = recover(new Uint8Array(0));
  assert.deepEqual(result.state, new Map());
  assert.deepEqual(result.committed, []);
  assert.equal(result.validLength, 0);
  assert.equal(new WriteAheadLog().contents().length, 0);
});

test("replays committed transactions in commit order", () => {
  const wal = new WriteAheadLog();
  appendAll(wal, transaction(1, [["a", "1"], ["b", "2"]]));
  appendAll(wal, transaction(2, [["a", "10"], ["b", null], ["c", "3"]]));
  const log = wal.contents();
  const result = recover(log);
  assert.deepEqual(result.state, new Map([["a", "10"], ["c", "3"]]));
  assert.deepEqual(result.committed, [1, 2]);
  assert.equal(result.validLength, log.length);
});

test("ignores a transaction that never committed", () => {
  const wal = new WriteAheadLog();
  appendAll(wal, transaction(1, [["a", "1"]]));
  appendAll(wal, transaction(2, [["a", "2"], ["b", "2"]], null));
  const result = recover(wal.contents());
  assert.deepEqual(result.state, new Map([["a", "1"]]));
  assert.deepEqual(result.committed, [1]);
});

test("ignores an aborted transaction", () => {
  const wal = new WriteAheadLog();
  appendAll(wal, transaction(1, [["a", "1"]]));
  appendAll(wal, transaction(2, [["a", null], ["z", "26"]], "abort"));
  const result = recover(wal.contents());
  assert.deepEqual(result.state, new Map([["a", "1"]]));
  assert.deepEqual(result.committed, [1]);
});

test("interleaved transactions take effect at their commit records", () => {
  const wal = new WriteAheadLog();
  appendAll(wal, [
    { type: "begin", tx: 1 },
    { type: "begin", tx: 2 },
    { type: "put", tx: 1, key: "x", value: "from 1" },
    { type: "put", tx: 2, key: "x", value: "from 2" },
    { type: "put", tx: 2, key: "y", value: "from 2" },
    { type: "commit", tx: 2 },
    { type: "put", tx: 1, key: "z", value: "from 1" },
    { type: "commit", tx: 1 },
  ]);
  const result = recover(wal.contents());
  assert.deepEqual(result.state, new Map([["x", "from 1"], ["y", "from 2"], ["z", "from 1"]]));
  assert.deepEqual(result.committed, [2, 1]);
});

test("a commit record torn by the crash leaves its transaction unapplied", () => {
  const wal = new WriteAheadLog();
  const first = appendAll(wal, transaction(1, [["a", "1"]]));
  appendAll(wal, transaction(2, [["a", "2"]]));
  const log = wal.contents();
  const result = recover(log.subarray(0, log.length - 2));
  assert.deepEqual(result.state, new Map([["a", "1"]]));
  assert.deepEqual(result.committed, [1]);
  assert.equal(result.validLength, log.length - encodeRecord({ type: "commit", tx: 2 }).length);
  assert.ok(result.validLength > first[first.length - 1]);
});

test("cutting the log at any byte offset recovers the state of the last whole frame", () => {
  const wal = new WriteAheadLog();
  const boundaries = appendAll(wal, [
    ...transaction(1, [["a", "1"], ["b", "2"]]),
    ...transaction(2, [["a", null], ["c", "3"]]),
  ]);
  const log = wal.contents();
  for (let cut = 0; cut <= log.length; cut++) {
    const whole = boundaries.filter((end) => end <= cut).length;
    const expected =
      whole >= 8 ? new Map([["b", "2"], ["c", "3"]]) : whole >= 4 ? new Map([["a", "1"], ["b", "2"]]) : new Map();
    const result = recover(log.subarray(0, cut));
    assert.deepEqual(result.state, expected, `cut at ${cut}`);
    assert.equal(result.validLength, whole === 0 ? 0 : boundaries[whole - 1], `cut at ${cut}`);
  }
});

test("a frame with a bad checksum ends the valid log even if later frames are intact", () => {
  const wal = new WriteAheadLog();
  const ends = appendAll(wal, transaction(1, [["a", "1"]]));
  appendAll(wal, transaction(2, [["b", "2"]]));
  appendAll(wal, transaction(3, [["c", "3"]]));
  const log = wal.contents();
  const corruptFrameStart = ends[ends.length - 1] + encodeRecord({ type: "begin", tx: 2 }).length;
  const corruptFrameEnd = corruptFrameStart + encodeRecord({ type: "put", tx: 2, key: "b", value: "2" }).length;
  log[corruptFrameEnd - 3] ^= 0x01; // one flipped bit in tx 2's put: the value "2" now reads "3"
  const result = recover(log);
  assert.deepEqual(result.state, new Map([["a", "1"]]));
  assert.deepEqual(result.committed, [1]);
  assert.equal(result.validLength, corruptFrameStart);
});

test("garbage after the last whole frame is ignored", () => {
  const wal = new WriteAheadLog();
  appendAll(wal, transaction(1, [["a", "1"]]));
  const log = wal.contents();
  for (const garbage of [[0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 1], [0, 0, 0, 2, 0, 0, 0, 0, 0x7b, 0x7d], [0, 0, 0]]) {
    const withGarbage = new Uint8Array([...log, ...garbage]);
    const result = recover(withGarbage);
    assert.deepEqual(result.state, new Map([["a", "1"]]));
    assert.equal(result.validLength, log.length);
  }
});

test("a frame with a valid checksum but no valid record ends the valid log", () => {
  const wal = new WriteAheadLog();
  appendAll(wal, transaction(1, [["a", "1"]]));
  const log = wal.contents();
  const later = transaction(2, [["b", "2"]]).flatMap((record) => [...encodeRecord(record)]);
  for (const text of ["{}", "not json", '{"type":"put","tx":1,"key":"b"}', '{"type":"update","tx":1}']) {
    const payload = new TextEncoder().encode(text);
    const header = new DataView(new ArrayBuffer(8));
    header.setUint32(0, payload.length);
    header.setUint32(4, fnv1a32(payload));
    const result = recover(new Uint8Array([...log, ...new Uint8Array(header.buffer), ...payload, ...later]));
    assert.deepEqual(result.state, new Map([["a", "1"]]), text);
    assert.deepEqual(result.committed, [1], text);
    assert.equal(result.validLength, log.length, text);
  }
});

test("reopening a log drops the torn tail so records appended after the crash are recovered", () => {
  const wal = new WriteAheadLog();
  appendAll(wal, transaction(1, [["a", "1"]]));
  appendAll(wal, transaction(2, [["a", "2"]]));
  const crashed = wal.contents().subarray(0, wal.contents().length - 5);
  const reopened = new WriteAheadLog(crashed);
  assert.equal(reopened.contents().length, recover(crashed).validLength);
  appendAll(reopened, transaction(3, [["b", "3"]]));
  const result = recover(reopened.contents());
  assert.deepEqual(result.state, new Map([["a", "1"], ["b", "3"]]));
  assert.deepEqual(result.committed, [1, 3]);
});

test("append rejects a malformed record and leaves the log unchanged", () => {
  const wal = new WriteAheadLog();
  wal.append({ type: "begin", tx: 1 });
  const before = wal.contents();
  const bad = [
    { type: "update", tx: 1, key: "a", value: "1" },
    { type: "put", tx: -1, key: "a", value: "1" },
    { type: "put", tx: 1.5, key: "a", value: "1" },
    { type: "put", tx: 1, key: "a" },
    { type: "delete", tx: 1, key: 42 },
  ] as unknown as LogRecord[];
  for (const record of bad) assert.throws(() => wal.append(record), TypeError);
  assert.deepEqual(wal.contents(), before);
});

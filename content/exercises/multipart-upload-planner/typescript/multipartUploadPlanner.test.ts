import { test } from "node:test";
import assert from "node:assert/strict";
import {
  IncompleteUploadError,
  MAX_OBJECT_SIZE,
  MIB,
  UploadTracker,
  planParts,
  type Part,
} from "./multipartUploadPlanner";

const GIB = 1024 * MIB;

/** Checks that parts are numbered from 1, contiguous, cover totalSize and share one size except the last. */
function assertCovers(parts: Part[], totalSize: number): void {
  let offset = 0;
  parts.forEach((part, i) => {
    assert.equal(part.partNumber, i + 1);
    assert.equal(part.offset, offset);
    if (i < parts.length - 1) assert.equal(part.size, parts[0].size);
    offset += part.size;
  });
  assert.equal(offset, totalSize);
  assert.ok(parts.length <= 10_000, `${parts.length} parts`);
  assert.ok(parts[parts.length - 1].size > 0 || totalSize === 0, "no empty trailing part");
}

function tracker(count: number, maxAttempts = 3): UploadTracker {
  return new UploadTracker(planParts(count * 5 * MIB, 5 * MIB), maxAttempts);
}

const numbers = (parts: Part[]) => parts.map((part) => part.partNumber);

test("plans a single part for a file smaller than the minimum part size", () => {
  assert.deepEqual(planParts(MIB), [{ partNumber: 1, offset: 0, size: MIB }]);
});

test("splits a file into parts of the chosen size with a smaller last part", () => {
  assert.deepEqual(planParts(20 * MIB + 1, 8 * MIB), [
    { partNumber: 1, offset: 0, size: 8 * MIB },
    { partNumber: 2, offset: 8 * MIB, size: 8 * MIB },
    { partNumber: 3, offset: 16 * MIB, size: 4 * MIB + 1 },
  ]);
});

test("adds no empty part when the size is an exact multiple of the part size", () => {
  assert.deepEqual(planParts(16 * MIB, 8 * MIB), [
    { partNumber: 1, offset: 0, size: 8 * MIB },
    { partNumber: 2, offset: 8 * MIB, size: 8 * MIB },
  ]);
});

test("plans one empty part for an empty file", () => {
  assert.deepEqual(planParts(0), [{ partNumber: 1, offset: 0, size: 0 }]);
});

test("grows the part size to whole MiB so that no more than 10,000 parts are needed", () => {
  const parts = planParts(100 * GIB, 8 * MIB); // 8 MiB parts would need 12,800
  assert.equal(parts.length, 9_310);
  assert.equal(parts[0].size, 11 * MIB);
  assert.deepEqual(parts[parts.length - 1], { partNumber: 9_310, offset: 9_309 * 11 * MIB, size: MIB });
});

test("allows exactly 10,000 parts", () => {
  const parts = planParts(10_000 * 5 * MIB, 5 * MIB);
  assert.equal(parts.length, 10_000);
  assert.equal(parts[9_999].size, 5 * MIB);
  const odd = planParts(10_000 * (5 * MIB + 1), 5 * MIB + 1); // a size that is not whole MiB is kept too
  assert.equal(odd.length, 10_000);
  assert.equal(odd[0].size, 5 * MIB + 1);
});

test("covers every file exactly with contiguous parts of one size", () => {
  for (const [total, partSize] of [
    [5 * MIB, 5 * MIB],
    [123_456_789, 5 * MIB],
    [50 * GIB + 3, 5 * MIB],
    [MAX_OBJECT_SIZE, 5 * GIB],
    [MAX_OBJECT_SIZE, 8 * MIB],
  ]) {
    const parts = planParts(total, partSize);
    assertCovers(parts, total);
    assert.equal(parts[0].size % MIB, 0);
  }
  assert.equal(planParts(MAX_OBJECT_SIZE, 8 * MIB)[0].size, 525 * MIB);
});

test("rejects part sizes outside 5 MiB to 5 GiB and totals outside 0 to 5 TiB with RangeError", () => {
  assert.throws(() => planParts(GIB, 5 * MIB - 1), RangeError);
  assert.throws(() => planParts(GIB, 5 * GIB + 1), RangeError);
  assert.throws(() => planParts(-1), RangeError);
  assert.throws(() => planParts(1.5), RangeError);
  assert.throws(() => planParts(MAX_OBJECT_SIZE + 1), RangeError);
});

test("hands out pending parts lowest number first, up to the limit, never twice while in flight", () => {
  const t = tracker(5);
  assert.deepEqual(numbers(t.nextBatch(2)), [1, 2]);
  assert.deepEqual(numbers(t.nextBatch(2)), [3, 4]);
  assert.deepEqual(numbers(t.nextBatch(10)), [5]);
  assert.deepEqual(t.nextBatch(10), []);
  assert.equal(t.attempts(1), 1);
  assert.equal(t.status(), "in-progress");
});

test("puts a failed part back in line for another attempt", () => {
  const t = tracker(4);
  t.nextBatch(2);
  t.complete(1, '"e1"');
  assert.equal(t.fail(2), true);
  assert.deepEqual(numbers(t.nextBatch(2)), [2, 3]);
  assert.equal(t.attempts(2), 2);
  assert.equal(t.attempts(3), 1);
});

test("fails the upload once a part has failed maxAttempts times", () => {
  const t = tracker(3, 2);
  t.nextBatch(3);
  assert.equal(t.fail(1), true);
  t.nextBatch(3);
  assert.equal(t.fail(1), false);
  assert.equal(t.status(), "failed");
  t.fail(2);
  assert.deepEqual(t.nextBatch(3), []);
  const byDefault = new UploadTracker(planParts(5 * MIB, 5 * MIB)); // maxAttempts defaults to 3
  const outcomes: boolean[] = [];
  for (let i = 0; i < 3; i++) {
    byDefault.nextBatch(1);
    outcomes.push(byDefault.fail(1));
  }
  assert.deepEqual(outcomes, [true, true, false]);
});

test("lists completed parts in part-number order whatever order they finished in", () => {
  const t = tracker(4);
  t.nextBatch(4);
  t.complete(3, '"e3"');
  t.complete(1, '"e1"');
  t.fail(4);
  t.complete(2, '"e2"');
  t.nextBatch(4);
  t.complete(4, '"e4-retry"');
  assert.equal(t.status(), "complete");
  assert.deepEqual(t.completionList(), [
    { partNumber: 1, etag: '"e1"' },
    { partNumber: 2, etag: '"e2"' },
    { partNumber: 3, etag: '"e3"' },
    { partNumber: 4, etag: '"e4-retry"' },
  ]);
});

test("refuses to build the completion list while parts are missing", () => {
  const t = tracker(2);
  t.nextBatch(2);
  t.complete(2, '"e2"');
  assert.throws(() => t.completionList(), IncompleteUploadError);
});

test("rejects unknown part numbers and batch limits below 1 with RangeError", () => {
  const t = tracker(2);
  assert.throws(() => t.complete(3, '"e3"'), RangeError);
  assert.throws(() => t.fail(0), RangeError);
  assert.throws(() => t.attempts(7), RangeError);
  assert.throws(() => t.nextBatch(0), RangeError);
});

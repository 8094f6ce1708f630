import { test } from "node:test";
import assert from "node:assert/strict";
import { VectorClock } from "./vectorClock";

test("reports zero for every node of a new clock", () => {
  const clock = new VectorClock();
  assert.equal(clock.get("a"), 0);
  assert.deepEqual(clock.toJSON(), {});
});

test("increments only the given node and returns a new clock", () => {
  const start = new VectorClock({ a: 2, b: 1 });
  const next = start.increment("a");
  assert.deepEqual(next.toJSON(), { a: 3, b: 1 });
  assert.deepEqual(start.toJSON(), { a: 2, b: 1 });
  assert.deepEqual(next.increment("c").toJSON(), { a: 3, b: 1, c: 1 });
});

test("merges by taking the element-wise maximum over the union of nodes", () => {
  const a = new VectorClock({ a: 3, b: 1 });
  const b = new VectorClock({ b: 4, c: 2 });
  assert.deepEqual(a.merge(b).toJSON(), { a: 3, b: 4, c: 2 });
});

test("merges without changing either input and is commutative and idempotent", () => {
  const a = new VectorClock({ a: 3, b: 1 });
  const b = new VectorClock({ b: 4, c: 2 });
  a.merge(b);
  assert.deepEqual(a.toJSON(), { a: 3, b: 1 });
  assert.deepEqual(b.toJSON(), { b: 4, c: 2 });
  assert.equal(a.merge(b).compare(b.merge(a)), "equal");
  assert.deepEqual(a.merge(a).toJSON(), a.toJSON());
  assert.deepEqual(a.merge(b).merge(b).toJSON(), a.merge(b).toJSON());
});

test("compares clocks with the same counters as equal, treating missing nodes as zero", () => {
  assert.equal(new VectorClock({ a: 1, b: 2 }).compare(new VectorClock({ b: 2, a: 1 })), "equal");
  assert.equal(new VectorClock({ a: 1 }).compare(new VectorClock({ a: 1, b: 0 })), "equal");
  assert.equal(new VectorClock().compare(new VectorClock()), "equal");
});

test("orders a clock before another that dominates it, including nodes it has never seen", () => {
  assert.equal(new VectorClock({ a: 1, b: 2 }).compare(new VectorClock({ a: 1, b: 3 })), "before");
  assert.equal(new VectorClock({ a: 1 }).compare(new VectorClock({ a: 1, b: 1 })), "before");
  assert.equal(new VectorClock().compare(new VectorClock({ z: 1 })), "before");
});

test("orders the dominating clock after the other", () => {
  assert.equal(new VectorClock({ a: 2, b: 3 }).compare(new VectorClock({ a: 1, b: 3 })), "after");
  assert.equal(new VectorClock({ a: 1, b: 1 }).compare(new VectorClock({ a: 1 })), "after");
});

test("reports concurrent clocks when each has a counter larger than the other's", () => {
  assert.equal(new VectorClock({ a: 2, b: 1 }).compare(new VectorClock({ a: 1, b: 2 })), "concurrent");
  assert.equal(new VectorClock({ a: 1 }).compare(new VectorClock({ b: 1 })), "concurrent");
  // Equal sums do not make clocks equal; a larger sum does not make a clock later.
  assert.equal(new VectorClock({ a: 5 }).compare(new VectorClock({ a: 1, b: 1 })), "concurrent");
});

test("tracks causality across a message exchange", () => {
  const empty = new VectorClock();
  const sent = empty.increment("a"); // a sends a message stamped {a: 1}
  const received = empty.increment("b").merge(sent).increment("b"); // b acted, then received it
  const independent = empty.increment("c").increment("c");
  assert.deepEqual(received.toJSON(), { a: 1, b: 2 });
  assert.equal(sent.compare(received), "before");
  assert.equal(received.compare(sent), "after");
  assert.equal(received.compare(independent), "concurrent");
  assert.equal(received.merge(independent).compare(independent), "after");
});

test("exports only non-zero counters as a copy the caller may change", () => {
  const clock = new VectorClock({ a: 1, b: 0 });
  assert.deepEqual(clock.toJSON(), { a: 1 });
  const exported: Record<string, number> = clock.toJSON();
  exported.a = 99;
  exported.z = 5;
  assert.deepEqual(clock.toJSON(), { a: 1 });
  assert.equal(clock.get("z"), 0);
});

test("copies the entries it is built from", () => {
  const entries: Record<string, number> = { a: 1 };
  const clock = new VectorClock(entries);
  entries.a = 7;
  assert.equal(clock.get("a"), 1);
});

test("rejects negative or non-integer counters with RangeError", () => {
  assert.throws(() => new VectorClock({ a: -1 }), RangeError);
  assert.throws(() => new VectorClock({ a: 1.5 }), RangeError);
});

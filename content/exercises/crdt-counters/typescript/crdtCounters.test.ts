import { test } from "node:test";
import assert from "node:assert/strict";
import { GCounter, PNCounter } from "./crdtCounters";

function gCounter(replicaId: string, ...increments: number[]): GCounter {
  const counter = new GCounter(replicaId);
  for (const amount of increments) counter.increment(amount);
  return counter;
}

test("starts a G-Counter at zero", () => {
  assert.equal(new GCounter("a").value(), 0);
  assert.deepEqual(new GCounter("a").state(), {});
  assert.deepEqual(new GCounter("a", { a: 0, b: 0 }).state(), {});
});

test("adds increments to this replica's own entry only", () => {
  const counter = new GCounter("a", { b: 4 });
  counter.increment();
  counter.increment(2);
  assert.deepEqual(counter.state(), { a: 3, b: 4 });
  assert.equal(counter.value(), 7);
});

test("sums the entries of all replicas after a merge and keeps this replica's id", () => {
  const merged = gCounter("a", 2).merge(gCounter("b", 3));
  assert.equal(merged.value(), 5);
  merged.increment();
  assert.deepEqual(merged.state(), { a: 3, b: 3 });
});

test("takes the per-replica maximum so merging the same state twice changes nothing", () => {
  const a = gCounter("a", 2);
  const b = gCounter("b", 3);
  assert.equal(a.merge(b).merge(b).value(), 5);
  assert.equal(a.merge(a).value(), 2);
  const stale = new GCounter("x", { a: 1 }); // an old copy of replica a
  assert.deepEqual(a.merge(stale).state(), { a: 2 });
  const relay = new GCounter("c", { a: 2, c: 1 }); // c already heard the newer count of a
  assert.deepEqual(relay.merge(stale).state(), { a: 2, c: 1 });
});

test("merges commutatively and associatively", () => {
  const a = gCounter("a", 1, 1);
  const b = gCounter("b", 5);
  const c = new GCounter("c", { a: 1, c: 4 });
  assert.deepEqual(a.merge(b).state(), b.merge(a).state());
  assert.deepEqual(a.merge(b).merge(c).state(), a.merge(b.merge(c)).state());
  assert.deepEqual(a.merge(b).merge(c).state(), { a: 2, b: 5, c: 4 });
});

test("leaves both inputs of a merge unchanged", () => {
  const a = gCounter("a", 2);
  const b = gCounter("b", 3);
  a.merge(b).increment(10);
  assert.deepEqual(a.state(), { a: 2 });
  assert.deepEqual(b.state(), { b: 3 });
});

test("converges on every replica whatever the order of gossip", () => {
  const replicas = [gCounter("a", 1, 2), gCounter("b", 4), gCounter("c", 1, 1, 1)];
  const [a, b, c] = replicas;
  const orders = [
    a.merge(b).merge(c),
    c.merge(b).merge(a),
    b.merge(c.merge(a)),
    a.merge(c).merge(a).merge(b).merge(c),
  ];
  for (const merged of orders) assert.equal(merged.value(), 10);
});

test("rejects G-Counter increments that are not positive integers and negative states with RangeError", () => {
  const counter = new GCounter("a");
  assert.throws(() => counter.increment(0), RangeError);
  assert.throws(() => counter.increment(-1), RangeError);
  assert.throws(() => counter.increment(1.5), RangeError);
  assert.throws(() => new GCounter("a", { b: -2 }), RangeError);
  assert.equal(counter.value(), 0);
});

test("computes a PN-Counter's value as increments minus decrements, which may be negative", () => {
  const counter = new PNCounter("a");
  assert.equal(counter.value(), 0);
  counter.increment(3);
  counter.decrement();
  assert.equal(counter.value(), 2);
  counter.decrement(5);
  assert.equal(counter.value(), -3);
});

test("keeps a PN-Counter's increments and decrements in two grow-only maps", () => {
  const counter = new PNCounter("a");
  counter.increment(5);
  counter.decrement(2);
  assert.deepEqual(counter.state(), { p: { a: 5 }, n: { a: 2 } });
});

test("never lets an old copy of a PN-Counter undo a later decrement", () => {
  const a = new PNCounter("a");
  a.increment(5);
  const snapshot = new PNCounter("x", a.state());
  a.decrement(2);
  assert.equal(a.merge(snapshot).value(), 3);
  assert.equal(snapshot.merge(a).value(), 3);
});

test("converges PN-Counter replicas that exchange states in either direction", () => {
  const a = new PNCounter("a");
  const b = new PNCounter("b");
  a.increment(10);
  a.decrement(3);
  b.increment(1);
  b.decrement(5);
  const ab = a.merge(b);
  const ba = b.merge(a);
  assert.equal(ab.value(), 3);
  assert.equal(ba.value(), 3);
  assert.deepEqual(ab.state(), ba.state());
  assert.equal(ab.merge(b).merge(a).value(), 3);
});

test("rejects PN-Counter amounts that are not positive integers with RangeError", () => {
  const counter = new PNCounter("a");
  assert.throws(() => counter.decrement(-2), RangeError);
  assert.throws(() => counter.decrement(0), RangeError);
  assert.throws(() => counter.increment(-2), RangeError);
  assert.throws(() => new PNCounter("a", { p: {}, n: { a: -1 } }), RangeError);
  assert.equal(counter.value(), 0);
});

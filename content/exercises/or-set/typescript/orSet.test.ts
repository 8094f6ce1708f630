import { test } from "node:test";
import assert from "node:assert/strict";
import { ORSet } from "./orSet";

/** Three replicas with a history of adds, removes and partial merges; rebuilt fresh on each call. */
function replicas(): [ORSet, ORSet, ORSet] {
  const a = new ORSet("a");
  const b = new ORSet("b");
  const c = new ORSet("c");
  a.add("x");
  a.add("y");
  b.merge(a);
  b.remove("x"); // removes a's x
  b.add("z");
  c.add("x"); // an x that b never saw
  c.add("w");
  c.remove("w");
  return [a, b, c];
}

test("starts empty", () => {
  const set = new ORSet("a");
  assert.deepEqual(set.values(), []);
  assert.equal(set.has("x"), false);
});

test("lists added elements once each, sorted", () => {
  const set = new ORSet("a");
  set.add("pear");
  set.add("apple");
  set.add("pear");
  assert.equal(set.has("pear"), true);
  assert.deepEqual(set.values(), ["apple", "pear"]);
});

test("removes an element that was added", () => {
  const set = new ORSet("a");
  set.add("x");
  set.add("y");
  set.remove("x");
  assert.equal(set.has("x"), false);
  assert.deepEqual(set.values(), ["y"]);
});

test("ignores the removal of an element that is not present", () => {
  const set = new ORSet("a");
  set.add("y");
  set.remove("x");
  assert.deepEqual(set.values(), ["y"]);
});

test("removes every observed add of an element added twice", () => {
  const set = new ORSet("a");
  set.add("x");
  set.add("x");
  set.remove("x");
  assert.equal(set.has("x"), false);
});

test("makes an element present again when it is re-added after a remove", () => {
  const set = new ORSet("a");
  set.add("x");
  set.remove("x");
  set.add("x");
  assert.equal(set.has("x"), true);
  assert.deepEqual(set.values(), ["x"]);
});

test("propagates a remove to replicas that merge the remover's state", () => {
  const a = new ORSet("a");
  const b = new ORSet("b");
  a.add("x");
  b.merge(a);
  b.remove("x");
  a.merge(b);
  assert.equal(a.has("x"), false);
  assert.equal(b.has("x"), false);
});

test("lets a concurrent add win over a remove that did not observe it", () => {
  const a = new ORSet("a");
  const b = new ORSet("b");
  a.add("milk");
  b.merge(a);
  b.remove("milk");
  a.add("milk"); // concurrent with b's remove
  a.merge(b);
  b.merge(a);
  assert.deepEqual(a.values(), ["milk"]);
  assert.deepEqual(b.values(), ["milk"]);

  const c = new ORSet("c");
  c.remove("milk"); // c has never seen milk: nothing to remove
  c.merge(a);
  assert.equal(c.has("milk"), true);
});

test("tags adds uniquely across replicas so one replica's remove spares another's add", () => {
  const a = new ORSet("a");
  const b = new ORSet("b");
  a.add("x");
  b.add("x");
  a.remove("x"); // a has only seen its own add
  a.merge(b);
  assert.equal(a.has("x"), true);
});

test("merges commutatively", () => {
  const [a1, b1] = replicas();
  a1.merge(b1);
  const [a2, b2] = replicas();
  b2.merge(a2);
  assert.deepEqual(a1.values(), ["y", "z"]);
  assert.deepEqual(b2.values(), a1.values());
});

test("merges idempotently", () => {
  const [a, b, c] = replicas();
  a.merge(b);
  a.merge(c);
  const once = a.values();
  a.merge(b);
  a.merge(c);
  a.merge(a);
  assert.deepEqual(a.values(), once);
  assert.deepEqual(once, ["x", "y", "z"]);
});

test("converges whatever the grouping and order of merges", () => {
  const [a1, b1, c1] = replicas();
  b1.merge(c1);
  a1.merge(b1); // a + (b + c)
  const [a2, b2, c2] = replicas();
  c2.merge(a2);
  c2.merge(b2); // (c + a) + b
  const [a3, b3, c3] = replicas();
  b3.merge(a3);
  c3.merge(b3);
  b3.merge(c3); // b ends up with everything through c
  assert.deepEqual(a1.values(), ["x", "y", "z"]);
  assert.deepEqual(c2.values(), ["x", "y", "z"]);
  assert.deepEqual(b3.values(), ["x", "y", "z"]);
});

test("leaves the argument of a merge unchanged", () => {
  const a = new ORSet("a");
  const b = new ORSet("b");
  a.add("x");
  b.add("y");
  b.remove("y");
  a.merge(b);
  a.add("z");
  a.add("y"); // a new add on a must not leak into b through shared state
  assert.deepEqual(a.values(), ["x", "y", "z"]);
  assert.deepEqual(b.values(), []);
  assert.equal(b.has("x"), false);
  b.add("y");
  assert.deepEqual(b.values(), ["y"]);
});

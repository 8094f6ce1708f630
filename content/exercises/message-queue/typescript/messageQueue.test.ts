import { test } from "node:test";
import assert from "node:assert/strict";
import { MessageQueue, UnknownGroupError, type Delivery } from "./messageQueue";

function fakeClock(start = 0) {
  const clock = { now: start, read: () => clock.now };
  return clock;
}

/** A queue with a 1000 ms visibility timeout and one group, "g". */
function setup(maxDeliveries = 3) {
  const clock = fakeClock();
  const queue = new MessageQueue(1000, maxDeliveries, clock.read);
  queue.createGroup("g");
  return { clock, queue };
}

function summary(deliveries: Delivery[]) {
  return deliveries.map(({ id, body, attempt }) => ({ id, body, attempt }));
}

test("a published message is delivered to a consumer of the group", () => {
  const { queue } = setup();
  assert.equal(queue.publish("hello"), 1);
  assert.equal(queue.publish("world"), 2);
  const [delivery] = queue.receive("g");
  assert.deepEqual(summary([delivery]), [{ id: 1, body: "hello", attempt: 1 }]);
  assert.equal(typeof delivery.receipt, "string");
});

test("receive returns at most max visible messages, lowest id first", () => {
  const { queue } = setup();
  assert.deepEqual(queue.receive("g", 5), []);
  for (const body of ["a", "b", "c", "d"]) queue.publish(body);
  assert.deepEqual(summary(queue.receive("g", 3)).map((d) => d.body), ["a", "b", "c"]);
  assert.deepEqual(summary(queue.receive("g", 3)).map((d) => d.body), ["d"]);
  assert.deepEqual(queue.receive("g", 3), []);
});

test("a received message is hidden from the rest of the group until its timeout", () => {
  const { clock, queue } = setup();
  queue.publish("job");
  const first = queue.receive("g");
  assert.equal(first.length, 1);
  clock.now = 999;
  assert.deepEqual(queue.receive("g"), []); // a competing consumer gets nothing
  assert.equal(queue.depth("g"), 1);
});

test("an unacked message is redelivered when its visibility timeout runs out", () => {
  const { clock, queue } = setup();
  queue.publish("job");
  queue.publish("later");
  queue.receive("g"); // job, attempt 1; the consumer crashes
  clock.now = 1000;
  assert.deepEqual(summary(queue.receive("g", 2)), [
    { id: 1, body: "job", attempt: 2 },
    { id: 2, body: "later", attempt: 1 },
  ]);
});

test("an acked message is never delivered again", () => {
  const { clock, queue } = setup();
  queue.publish("job");
  const [delivery] = queue.receive("g");
  assert.equal(queue.ack(delivery.receipt), true);
  assert.equal(queue.ack(delivery.receipt), false);
  clock.now = 5000;
  assert.deepEqual(queue.receive("g"), []);
  assert.equal(queue.depth("g"), 0);
});

test("only the latest delivery's receipt can ack a message", () => {
  const { clock, queue } = setup();
  queue.publish("job");
  const [slow] = queue.receive("g");
  clock.now = 1500; // the slow consumer's lease ran out before it finished
  const [fast] = queue.receive("g");
  assert.notEqual(fast.receipt, slow.receipt);
  assert.equal(queue.ack(slow.receipt), false);
  assert.equal(queue.depth("g"), 1);
  assert.equal(queue.ack(fast.receipt), true);
  assert.equal(queue.ack("no-such-receipt"), false);
  assert.equal(queue.depth("g"), 0);
});

test("a late ack is accepted while nobody else has received the message", () => {
  const { clock, queue } = setup();
  queue.publish("job");
  const [delivery] = queue.receive("g");
  clock.now = 4000;
  assert.equal(queue.ack(delivery.receipt), true);
  assert.deepEqual(queue.receive("g"), []);
});

test("nack makes the message visible again at once and the attempt still counts", () => {
  const { queue } = setup();
  queue.publish("job");
  const [first] = queue.receive("g");
  assert.equal(queue.nack(first.receipt), true);
  assert.equal(queue.nack(first.receipt), true); // still the latest delivery
  const [second] = queue.receive("g");
  assert.deepEqual(summary([second]), [{ id: 1, body: "job", attempt: 2 }]);
  assert.equal(queue.nack(first.receipt), false);
});

test("after maxDeliveries failed deliveries the message moves to the dead-letter list", () => {
  const { clock, queue } = setup(3);
  queue.publish("poison");
  queue.publish("fine");
  for (let attempt = 1; attempt <= 3; attempt++) {
    const deliveries = queue.receive("g");
    assert.deepEqual(summary(deliveries)[0], { id: 1, body: "poison", attempt });
    clock.now += 1000;
  }
  assert.deepEqual(queue.deadLetters("g"), [{ id: 1, body: "poison", attempts: 3 }]);
  assert.deepEqual(summary(queue.receive("g")), [{ id: 2, body: "fine", attempt: 1 }]);
  assert.equal(queue.depth("g"), 1);
});

test("a nack of the last allowed delivery dead-letters the message at once", () => {
  const { queue } = setup(2);
  queue.publish("poison");
  const [first] = queue.receive("g");
  queue.nack(first.receipt);
  const [second] = queue.receive("g");
  assert.equal(second.attempt, 2);
  assert.equal(queue.nack(second.receipt), true);
  assert.deepEqual(queue.deadLetters("g"), [{ id: 1, body: "poison", attempts: 2 }]);
  assert.deepEqual(queue.receive("g"), []);
  assert.equal(queue.ack(second.receipt), false);
});

test("every consumer group gets its own copy of each message", () => {
  const clock = fakeClock();
  const queue = new MessageQueue(1000, 1, clock.read);
  queue.createGroup("billing");
  queue.createGroup("email");
  queue.publish("order 17");
  const [billing] = queue.receive("billing");
  const [email] = queue.receive("email");
  assert.notEqual(billing.receipt, email.receipt);
  assert.equal(billing.id, 1);
  assert.equal(email.id, 1);
  assert.equal(queue.ack(billing.receipt), true);
  assert.equal(queue.depth("billing"), 0);
  assert.equal(queue.depth("email"), 1);
  clock.now = 1000; // email never acked and had only one delivery
  assert.deepEqual(queue.deadLetters("email"), [{ id: 1, body: "order 17", attempts: 1 }]);
  assert.deepEqual(queue.deadLetters("billing"), []);
});

test("a group only receives messages published after it was created", () => {
  const { queue } = setup();
  queue.publish("before");
  queue.createGroup("late");
  queue.createGroup("g"); // already exists: nothing changes
  queue.publish("after");
  assert.deepEqual(summary(queue.receive("late", 10)).map((d) => d.body), ["after"]);
  assert.deepEqual(summary(queue.receive("g", 10)).map((d) => d.body), ["before", "after"]);
});

test("using a group that was never created throws UnknownGroupError", () => {
  const { queue } = setup();
  assert.throws(() => queue.receive("nope"), UnknownGroupError);
  assert.throws(() => queue.depth("nope"), UnknownGroupError);
  assert.throws(() => queue.deadLetters("nope"), UnknownGroupError);
});

test("rejects an invalid visibility timeout, maxDeliveries or receive max", () => {
  const clock = fakeClock();
  assert.throws(() => new MessageQueue(0, 3, clock.read), RangeError);
  assert.throws(() => new MessageQueue(Number.NaN, 3, clock.read), RangeError);
  assert.throws(() => new MessageQueue(1000, 0, clock.read), RangeError);
  assert.throws(() => new MessageQueue(1000, 1.5, clock.read), RangeError);
  const queue = new MessageQueue(1000, 3, clock.read);
  queue.createGroup("g");
  assert.throws(() => queue.receive("g", 0), RangeError);
  assert.throws(() => queue.receive("g", 2.5), RangeError);
});

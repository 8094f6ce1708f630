import { test } from "node:test";
import assert from "node:assert/strict";
import { SlidingWindowReceiver, SlidingWindowSender, type Segment } from "./slidingWindowProtocol";

const seqs = (segments: Segment[]) => segments.map((s) => s.seq);

function sender(windowSize: number, payloads: string[], timeoutMs = 100): SlidingWindowSender {
  const s = new SlidingWindowSender({ windowSize, timeoutMs });
  s.enqueue(payloads);
  return s;
}

/** mulberry32, a small seeded pseudo-random generator: the channel's losses are random but repeatable. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs both ends over a channel that loses 30% of data segments and 20% of acks (seeded), in
 * steps of 10 ms, until the sender is done or 200 simulated seconds have passed.
 */
function transfer(payloads: string[], windowSize: number, seed: number) {
  const random = mulberry32(seed);
  const tx = sender(windowSize, payloads);
  const rx = new SlidingWindowReceiver(windowSize);
  let transmissions = 0;
  for (let now = 0; now <= 200_000 && !tx.isDone(); now += 10) {
    for (const segment of tx.poll(now)) {
      transmissions += 1;
      if (random() < 0.3) continue; // data segment lost
      const ack = rx.receive(segment);
      if (random() >= 0.2) tx.onAck(ack); // else the ack is lost
    }
  }
  return { delivered: rx.delivered(), done: tx.isDone(), transmissions };
}

test("sends at most windowSize segments before any acknowledgement", () => {
  const tx = sender(3, ["a", "b", "c", "d", "e"]);
  assert.deepEqual(tx.poll(0), [
    { seq: 0, payload: "a" },
    { seq: 1, payload: "b" },
    { seq: 2, payload: "c" },
  ]);
});

test("sends nothing new while the window is full", () => {
  const tx = sender(3, ["a", "b", "c", "d", "e"]);
  tx.poll(0);
  assert.deepEqual(tx.poll(10), []);
  assert.equal(tx.inFlight(), 3);
});

test("slides the window on a cumulative ack and sends the next segments", () => {
  const tx = sender(3, ["a", "b", "c", "d", "e"]);
  tx.poll(0);
  tx.onAck(2);
  assert.equal(tx.inFlight(), 1);
  assert.deepEqual(tx.poll(10), [
    { seq: 3, payload: "d" },
    { seq: 4, payload: "e" },
  ]);
  assert.equal(tx.inFlight(), 3);
});

test("ignores duplicate and old acks", () => {
  const tx = sender(2, ["a", "b", "c", "d", "e"]);
  tx.poll(0);
  tx.onAck(1);
  assert.deepEqual(seqs(tx.poll(10)), [2]);
  tx.onAck(1);
  tx.onAck(0);
  assert.deepEqual(tx.poll(20), []);
  assert.equal(tx.inFlight(), 2);
});

test("retransmits an unacknowledged segment when its timeout expires, and not before", () => {
  const tx = sender(2, ["a", "b"]);
  tx.poll(0);
  tx.onAck(1);
  assert.deepEqual(tx.poll(99), []);
  assert.deepEqual(tx.poll(100), [{ seq: 1, payload: "b" }]);
});

test("never retransmits acknowledged segments", () => {
  const tx = sender(4, ["a", "b", "c", "d"]);
  tx.poll(0);
  tx.onAck(3);
  assert.deepEqual(seqs(tx.poll(100)), [3]);
  tx.onAck(4);
  assert.deepEqual(tx.poll(10_000), []);
});

test("doubles a segment's timeout with every retransmission", () => {
  const tx = sender(1, ["a"]);
  tx.poll(0);
  assert.deepEqual(seqs(tx.poll(100)), [0]); // next deadline 100 + 200
  assert.deepEqual(tx.poll(299), []);
  assert.deepEqual(seqs(tx.poll(300)), [0]); // next deadline 300 + 400
  assert.deepEqual(tx.poll(699), []);
  assert.deepEqual(seqs(tx.poll(700)), [0]);
});

test("keeps a timer per segment and lists retransmissions before new segments in sequence order", () => {
  const tx = sender(3, ["a", "b", "c", "d"]);
  assert.deepEqual(seqs(tx.poll(0)), [0, 1, 2]);
  tx.onAck(1);
  assert.deepEqual(seqs(tx.poll(50)), [3]);
  assert.deepEqual(seqs(tx.poll(100)), [1, 2]); // 3 was sent at 50: due at 150
  assert.deepEqual(seqs(tx.poll(150)), [3]);
});

test("rejects an ack for data that was never sent with RangeError", () => {
  const tx = sender(3, ["a", "b", "c", "d"]);
  tx.poll(0);
  assert.throws(() => tx.onAck(4), RangeError);
  tx.onAck(3);
  assert.equal(tx.inFlight(), 0);
});

test("is done only when every enqueued payload has been acknowledged", () => {
  const tx = new SlidingWindowSender({ windowSize: 2, timeoutMs: 100 });
  assert.equal(tx.isDone(), true);
  tx.enqueue(["a", "b", "c"]);
  assert.equal(tx.isDone(), false);
  tx.poll(0);
  tx.onAck(2);
  assert.equal(tx.isDone(), false); // "c" has not even been sent
  tx.poll(10);
  tx.onAck(3);
  assert.equal(tx.isDone(), true);
});

test("delivers in-order segments at once and acks the next expected sequence number", () => {
  const rx = new SlidingWindowReceiver(4);
  assert.equal(rx.receive({ seq: 0, payload: "a" }), 1);
  assert.equal(rx.receive({ seq: 1, payload: "b" }), 2);
  assert.deepEqual(rx.delivered(), ["a", "b"]);
});

test("buffers out-of-order segments and delivers them once the gap is filled", () => {
  const rx = new SlidingWindowReceiver(4);
  assert.equal(rx.receive({ seq: 2, payload: "c" }), 0);
  assert.equal(rx.receive({ seq: 1, payload: "b" }), 0);
  assert.deepEqual(rx.delivered(), []);
  assert.equal(rx.receive({ seq: 0, payload: "a" }), 3);
  assert.deepEqual(rx.delivered(), ["a", "b", "c"]);
});

test("discards duplicates and segments beyond the receive window", () => {
  const rx = new SlidingWindowReceiver(2);
  assert.equal(rx.receive({ seq: 0, payload: "a" }), 1);
  assert.equal(rx.receive({ seq: 0, payload: "a" }), 1);
  assert.equal(rx.receive({ seq: 3, payload: "d" }), 1); // window is [1, 3)
  assert.equal(rx.receive({ seq: 2, payload: "c" }), 1);
  assert.equal(rx.receive({ seq: 1, payload: "b" }), 3);
  assert.deepEqual(rx.delivered(), ["a", "b", "c"]);
});

test("delivers everything exactly once and in order over a lossy channel", () => {
  const payloads = Array.from({ length: 30 }, (_, i) => `p${i}`);
  for (const windowSize of [1, 4, 8]) {
    const result = transfer(payloads, windowSize, 7);
    assert.equal(result.done, true, `window ${windowSize} never finished`);
    assert.deepEqual(result.delivered, payloads);
    assert.ok(result.transmissions > payloads.length, "losses must cause retransmissions");
  }
});

test("rejects window sizes below 1 or fractional and non-positive timeouts with RangeError", () => {
  assert.throws(() => new SlidingWindowSender({ windowSize: 0, timeoutMs: 100 }), RangeError);
  assert.throws(() => new SlidingWindowSender({ windowSize: 1.5, timeoutMs: 100 }), RangeError);
  assert.throws(() => new SlidingWindowSender({ windowSize: 2, timeoutMs: 0 }), RangeError);
  assert.throws(() => new SlidingWindowReceiver(0), RangeError);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { TumblingWindowCounter } from "./tumblingWindowCounter";

test("counts each key in the window its event time falls in", () => {
  const counter = new TumblingWindowCounter(1000, 0);
  counter.add("a", 0);
  counter.add("a", 999);
  counter.add("b", 500);
  counter.add("a", 1000);
  assert.deepEqual(counter.flush(), [
    { key: "a", windowStart: 0, windowEnd: 1000, count: 2 },
    { key: "b", windowStart: 0, windowEnd: 1000, count: 1 },
    { key: "a", windowStart: 1000, windowEnd: 2000, count: 1 },
  ]);
});

test("the watermark is the largest event time minus the allowed out-of-orderness and never goes back", () => {
  const counter = new TumblingWindowCounter(1000, 300);
  assert.equal(counter.watermark(), Number.NEGATIVE_INFINITY);
  counter.add("a", 1000);
  assert.equal(counter.watermark(), 700);
  counter.add("a", 800);
  assert.equal(counter.watermark(), 700);
  counter.add("a", 2500);
  assert.equal(counter.watermark(), 2200);
});

test("nothing is emitted until the watermark reaches the end of the window", () => {
  const counter = new TumblingWindowCounter(1000, 500);
  counter.add("a", 100);
  counter.add("a", 1200); // watermark 700
  assert.deepEqual(counter.emit(), []);
  counter.add("a", 1499); // watermark 999
  assert.deepEqual(counter.emit(), []);
  counter.add("a", 1500); // watermark 1000: [0, 1000) closes exactly now
  assert.deepEqual(counter.emit(), [{ key: "a", windowStart: 0, windowEnd: 1000, count: 1 }]);
});

test("out-of-order events are counted while their window is still open", () => {
  const counter = new TumblingWindowCounter(1000, 500);
  assert.equal(counter.add("a", 100), true);
  assert.equal(counter.add("a", 1300), true); // watermark 800
  assert.equal(counter.add("a", 850), true); // older, but [0, 1000) is still open
  assert.equal(counter.add("a", 1600), true); // watermark 1100
  assert.deepEqual(counter.emit(), [{ key: "a", windowStart: 0, windowEnd: 1000, count: 2 }]);
  assert.equal(counter.droppedCount(), 0);
});

test("an event for a window that has closed is dropped as late", () => {
  const counter = new TumblingWindowCounter(1000, 500);
  counter.add("a", 200);
  counter.add("a", 1500); // watermark 1000: [0, 1000) is closed
  assert.equal(counter.add("a", 999), false);
  assert.equal(counter.add("b", 0), false);
  assert.equal(counter.add("a", 1000), true); // [1000, 2000) is still open
  assert.equal(counter.droppedCount(), 2);
  assert.deepEqual(counter.flush(), [
    { key: "a", windowStart: 0, windowEnd: 1000, count: 1 },
    { key: "a", windowStart: 1000, windowEnd: 2000, count: 2 },
  ]);
});

test("with no allowed out-of-orderness any event older than the newest window is late", () => {
  const counter = new TumblingWindowCounter(1000, 0);
  counter.add("a", 500);
  counter.add("a", 1500);
  assert.equal(counter.add("a", 700), false);
  assert.equal(counter.add("a", 1000), true);
  assert.deepEqual(counter.flush().map((w) => [w.windowStart, w.count]), [[0, 1], [1000, 2]]);
  assert.equal(counter.droppedCount(), 1);
});

test("emit returns each closed window once, ordered by window start then key", () => {
  const counter = new TumblingWindowCounter(100, 100);
  counter.add("zeta", 10);
  counter.add("alpha", 150);
  counter.add("alpha", 20);
  counter.add("mid", 120);
  counter.add("beta", 40);
  counter.add("x", 300); // watermark 200 closes [0, 100) and [100, 200)
  assert.deepEqual(counter.emit().map((w) => `${w.windowStart}:${w.key}:${w.count}`), [
    "0:alpha:1",
    "0:beta:1",
    "0:zeta:1",
    "100:alpha:1",
    "100:mid:1",
  ]);
  assert.deepEqual(counter.emit(), []);
});

test("the result depends on event time, not on arrival order", () => {
  const events: Array<[string, number]> = [
    ["a", 10], ["b", 20], ["a", 950], ["a", 1010], ["b", 1999], ["a", 2000], ["b", 2500], ["a", 40],
  ];
  const reversed = [...events].reverse();
  const results = [events, reversed].map((stream) => {
    const counter = new TumblingWindowCounter(1000, 5000);
    for (const [key, time] of stream) assert.equal(counter.add(key, time), true);
    return counter.flush();
  });
  assert.deepEqual(results[0], results[1]);
  assert.deepEqual(results[0].map((w) => `${w.windowStart}:${w.key}:${w.count}`), [
    "0:a:3",
    "0:b:1",
    "1000:a:1",
    "1000:b:1",
    "2000:a:1",
    "2000:b:1",
  ]);
});

test("flush closes every open window at the end of the stream", () => {
  const counter = new TumblingWindowCounter(1000, 10_000);
  counter.add("a", 100);
  counter.add("a", 5100);
  assert.deepEqual(counter.emit(), []);
  assert.deepEqual(counter.flush(), [
    { key: "a", windowStart: 0, windowEnd: 1000, count: 1 },
    { key: "a", windowStart: 5000, windowEnd: 6000, count: 1 },
  ]);
  assert.deepEqual(counter.flush(), []);
});

test("rejects an invalid window size, out-of-orderness or event time", () => {
  assert.throws(() => new TumblingWindowCounter(0, 0), RangeError);
  assert.throws(() => new TumblingWindowCounter(-1000, 0), RangeError);
  assert.throws(() => new TumblingWindowCounter(1000, -1), RangeError);
  assert.throws(() => new TumblingWindowCounter(1000, Number.POSITIVE_INFINITY), RangeError);
  const counter = new TumblingWindowCounter(1000, 0);
  assert.throws(() => counter.add("a", Number.NaN), RangeError);
  assert.throws(() => counter.add("a", Number.POSITIVE_INFINITY), RangeError);
  assert.equal(counter.droppedCount(), 0);
});

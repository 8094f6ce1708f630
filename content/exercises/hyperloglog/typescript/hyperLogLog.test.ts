import { test } from "node:test";
import assert from "node:assert/strict";
import { HyperLogLog, hash32 } from "./hyperLogLog";

function sketchOf(precision: number, from: number, to: number, prefix = "user"): HyperLogLog {
  const hll = new HyperLogLog(precision);
  for (let i = from; i < to; i++) hll.add(`${prefix}-${i}`);
  return hll;
}

function assertWithin(actual: number, expected: number, relative: number): void {
  const error = Math.abs(actual - expected) / expected;
  assert.ok(error <= relative, `estimate ${actual} for ${expected} is off by ${(error * 100).toFixed(2)}%`);
}

/** The documented estimator, applied to a register array. */
function estimateFrom(registers: number[]): number {
  const m = registers.length;
  const alpha = m === 16 ? 0.673 : m === 32 ? 0.697 : m === 64 ? 0.709 : 0.7213 / (1 + 1.079 / m);
  const raw = (alpha * m * m) / registers.reduce((sum, r) => sum + 2 ** -r, 0);
  const zeros = registers.filter((r) => r === 0).length;
  if (raw <= 2.5 * m && zeros > 0) return Math.round(m * Math.log(m / zeros));
  if (raw > 2 ** 32 / 30) return Math.round(-(2 ** 32) * Math.log(1 - raw / 2 ** 32));
  return Math.round(raw);
}

test("an empty sketch counts zero and has 2^p zero registers", () => {
  const hll = new HyperLogLog(10);
  assert.equal(hll.count(), 0);
  assert.equal(hll.precision, 10);
  assert.equal(hll.registers().length, 1024);
  assert.ok(hll.registers().every((r) => r === 0));
  assert.equal(new HyperLogLog().registers().length, 16384);
});

test("rejects a precision outside 4 to 16 with RangeError", () => {
  for (const bad of [3, 17, 0, -1, 10.5]) {
    assert.throws(() => new HyperLogLog(bad), RangeError, `precision ${bad}`);
  }
  assert.equal(new HyperLogLog(4).registers().length, 16);
  assert.equal(new HyperLogLog(16).registers().length, 65536);
});

test("an item sets the register chosen by its top p bits to the rank of the remaining bits", () => {
  for (const [item, p] of [["alice", 4], ["bob", 8], ["carol", 14]] as Array<[string, number]>) {
    const hll = new HyperLogLog(p);
    hll.add(item);
    const x = hash32(item);
    const index = Math.floor(x / 2 ** (32 - p));
    const rest = (x % 2 ** (32 - p)).toString(2).padStart(32 - p, "0");
    const rank = rest.indexOf("1") === -1 ? 32 - p + 1 : rest.indexOf("1") + 1;
    const expected = new Array(2 ** p).fill(0);
    expected[index] = rank;
    assert.deepEqual(hll.registers(), expected, `registers after adding ${item} at p = ${p}`);
  }
});

test("registers keep the maximum rank seen", () => {
  const hll = sketchOf(6, 0, 2000);
  const expected = new Array(64).fill(0);
  for (let i = 0; i < 2000; i++) {
    const x = hash32(`user-${i}`);
    const index = Math.floor(x / 2 ** 26);
    const rest = (x % 2 ** 26).toString(2).padStart(26, "0");
    const rank = rest.indexOf("1") === -1 ? 27 : rest.indexOf("1") + 1;
    expected[index] = Math.max(expected[index], rank);
  }
  assert.deepEqual(hll.registers(), expected);
});

test("adding the same item again changes nothing", () => {
  const hll = sketchOf(12, 0, 50);
  const before = hll.registers();
  for (let round = 0; round < 20; round++) for (let i = 0; i < 50; i++) hll.add(`user-${i}`);
  assert.deepEqual(hll.registers(), before);
  const once = new HyperLogLog(12);
  for (let i = 0; i < 1000; i++) once.add("same");
  assert.equal(once.count(), 1);
});

test("count applies the documented estimator to the registers", () => {
  for (const [p, n] of [[4, 5], [5, 40], [6, 200], [8, 60], [8, 5000], [12, 2000], [10, 20000]]) {
    const hll = sketchOf(p, 0, n, `p${p}`);
    assert.equal(hll.count(), estimateFrom(hll.registers()), `p = ${p}, n = ${n}`);
  }
});

test("counts a handful of distinct items almost exactly", () => {
  const hll = sketchOf(14, 0, 10);
  assert.ok(Math.abs(hll.count() - 10) <= 1, `estimate ${hll.count()}`);
  const hundred = sketchOf(14, 0, 100);
  assert.ok(Math.abs(hundred.count() - 100) <= 2, `estimate ${hundred.count()}`);
});

test("estimates 100,000 distinct items within 3% at precision 14", () => {
  const hll = sketchOf(14, 0, 100_000);
  assertWithin(hll.count(), 100_000, 0.03);
});

test("merging two disjoint sketches estimates the size of the union", () => {
  const a = sketchOf(14, 0, 15_000);
  const b = sketchOf(14, 15_000, 30_000);
  a.merge(b);
  assertWithin(a.count(), 30_000, 0.03);
  assertWithin(b.count(), 15_000, 0.03);
});

test("merging overlapping sketches counts shared items once", () => {
  const a = sketchOf(14, 0, 20_000);
  const b = sketchOf(14, 10_000, 30_000);
  a.merge(b);
  assertWithin(a.count(), 30_000, 0.03);
});

test("merge takes the register-wise maximum and is idempotent", () => {
  const a = sketchOf(8, 0, 300, "a");
  const b = sketchOf(8, 0, 300, "b");
  const expected = a.registers().map((r, i) => Math.max(r, b.registers()[i]));
  const bBefore = b.registers();
  a.merge(b);
  assert.deepEqual(a.registers(), expected);
  assert.deepEqual(b.registers(), bBefore, "the other sketch is unchanged");
  a.merge(b);
  a.merge(a);
  assert.deepEqual(a.registers(), expected);
});

test("merging sketches of different precision is a RangeError", () => {
  const a = new HyperLogLog(10);
  const b = new HyperLogLog(12);
  assert.throws(() => a.merge(b), RangeError);
  assert.throws(() => b.merge(a), RangeError);
});

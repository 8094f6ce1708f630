import { test } from "node:test";
import assert from "node:assert/strict";
import { slidingWindowMax } from "./slidingWindowMax";

function bruteForce(nums: number[], k: number): number[] {
  const result: number[] = [];
  for (let i = 0; i + k <= nums.length; i++) result.push(Math.max(...nums.slice(i, i + k)));
  return result;
}

test("reports the maximum of every window of size k", () => {
  assert.deepEqual(slidingWindowMax([1, 3, -1, -3, 5, 3, 6, 7], 3), [3, 3, 5, 5, 6, 7]);
});

test("a window of size 1 returns a copy of the input", () => {
  const nums = [4, -2, 7, 7, 0];
  const result = slidingWindowMax(nums, 1);
  assert.deepEqual(result, [4, -2, 7, 7, 0]);
  assert.notEqual(result, nums);
});

test("a window as long as the input returns the overall maximum", () => {
  assert.deepEqual(slidingWindowMax([2, 9, 4, 1], 4), [9]);
});

test("handles strictly decreasing input", () => {
  assert.deepEqual(slidingWindowMax([9, 8, 7, 6, 5, 4], 3), [9, 8, 7, 6]);
});

test("handles strictly increasing input", () => {
  assert.deepEqual(slidingWindowMax([1, 2, 3, 4, 5, 6], 2), [2, 3, 4, 5, 6]);
});

test("handles repeated values, including a maximum that leaves while its twin stays", () => {
  assert.deepEqual(slidingWindowMax([5, 1, 5, 1, 1], 2), [5, 5, 5, 1]);
  assert.deepEqual(slidingWindowMax([4, 4, 4, 1], 2), [4, 4, 4]);
  assert.deepEqual(slidingWindowMax([3, 3, 3, 3], 3), [3, 3]);
  assert.deepEqual(slidingWindowMax([7, 2, 7, 2, 2, 2], 3), [7, 7, 7, 2]);
});

test("handles negative numbers", () => {
  assert.deepEqual(slidingWindowMax([-5, -3, -8, -1, -9, -2], 2), [-3, -3, -1, -1, -2]);
});

test("an empty input gives no windows", () => {
  assert.deepEqual(slidingWindowMax([], 3), []);
});

test("a window larger than the input gives no windows", () => {
  assert.deepEqual(slidingWindowMax([1, 2], 3), []);
});

test("does not modify the input", () => {
  const nums = [3, 1, 4, 1, 5, 9, 2, 6];
  slidingWindowMax(nums, 3);
  assert.deepEqual(nums, [3, 1, 4, 1, 5, 9, 2, 6]);
});

test("rejects a window size that is not a positive integer with RangeError", () => {
  assert.throws(() => slidingWindowMax([1, 2, 3], 0), RangeError);
  assert.throws(() => slidingWindowMax([1, 2, 3], -2), RangeError);
  assert.throws(() => slidingWindowMax([1, 2, 3], 1.5), RangeError);
  assert.throws(() => slidingWindowMax([], 0), RangeError);
});

test("matches a brute-force scan on random inputs", () => {
  let seed = 99;
  const next = (n: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  for (let round = 0; round < 60; round++) {
    const nums = Array.from({ length: 1 + next(80) }, () => next(21) - 10);
    const k = 1 + next(nums.length + 2);
    assert.deepEqual(slidingWindowMax(nums, k), bruteForce(nums, k), `k = ${k}, nums = ${nums.join(",")}`);
  }
});

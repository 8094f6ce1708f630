import { test } from "node:test";
import assert from "node:assert/strict";
import { BloomFilter, hash32 } from "./bloomFilter";

test("optimalParameters sizes bits and hashes with the standard formulas", () => {
  assert.deepEqual(BloomFilter.optimalParameters(1000, 0.01), { bits: 9586, hashes: 7 });
  assert.deepEqual(BloomFilter.optimalParameters(1_000_000, 0.001), { bits: 14_377_588, hashes: 10 });
});

test("optimalParameters never returns fewer than one hash", () => {
  assert.deepEqual(BloomFilter.optimalParameters(100, 0.5), { bits: 145, hashes: 1 });
  assert.deepEqual(BloomFilter.optimalParameters(10, 0.9), { bits: 3, hashes: 1 });
});

test("falsePositiveRate follows (1 - e^(-kn/m))^k", () => {
  const rate = BloomFilter.falsePositiveRate(10_000, 4, 1000);
  assert.ok(Math.abs(rate - Math.pow(1 - Math.exp(-0.4), 4)) < 1e-12, `got ${rate}`);
  assert.equal(BloomFilter.falsePositiveRate(10_000, 4, 0), 0);
});

test("forCapacity builds a filter with the optimal parameters", () => {
  const filter = BloomFilter.forCapacity(1000, 0.01);
  assert.equal(filter.bitCount, 9586);
  assert.equal(filter.hashCount, 7);
});

test("rejects an invalid expected item count or target rate with RangeError", () => {
  assert.throws(() => BloomFilter.optimalParameters(0, 0.01), RangeError);
  assert.throws(() => BloomFilter.optimalParameters(-5, 0.01), RangeError);
  assert.throws(() => BloomFilter.optimalParameters(10.5, 0.01), RangeError);
  assert.throws(() => BloomFilter.optimalParameters(100, 0), RangeError);
  assert.throws(() => BloomFilter.optimalParameters(100, 1), RangeError);
  assert.throws(() => BloomFilter.forCapacity(100, 1.5), RangeError);
});

test("rejects a bit count or hash count that is not a positive integer with RangeError", () => {
  assert.throws(() => new BloomFilter(0, 3), RangeError);
  assert.throws(() => new BloomFilter(100, 0), RangeError);
  assert.throws(() => new BloomFilter(100.5, 3), RangeError);
  assert.throws(() => new BloomFilter(100, -1), RangeError);
});

test("an empty filter reports every item as absent", () => {
  const filter = new BloomFilter(1024, 5);
  for (let i = 0; i < 200; i++) {
    assert.equal(filter.mightContain(`item-${i}`), false);
  }
});

test("derives the bit positions by double hashing with hash32 seeds 0 and 1", () => {
  const filter = new BloomFilter(1009, 6);
  for (const item of ["alice", "bob", "", "ünïcödé"]) {
    const h1 = hash32(item, 0);
    const h2 = hash32(item, 1);
    const expected = [0, 1, 2, 3, 4, 5].map((i) => (h1 + i * h2) % 1009);
    assert.deepEqual(filter.indexes(item), expected, `indexes of ${JSON.stringify(item)}`);
  }
});

test("reports an item as absent when any one of its bits is unset", () => {
  const filter = new BloomFilter(1000, 3);
  const setBits = new Set<number>();
  for (let i = 0; i < 100; i++) {
    filter.add(`fruit-${i}`);
    for (const index of filter.indexes(`fruit-${i}`)) setBits.add(index);
  }
  let checked = 0;
  for (let i = 0; checked < 20; i++) {
    const candidate = `candidate-${i}`;
    const hits = filter.indexes(candidate).filter((index) => setBits.has(index)).length;
    if (hits > 0 && hits < 3) {
      // some of its bits are set, but not all
      assert.equal(filter.mightContain(candidate), false, candidate);
      checked++;
    }
  }
  assert.equal(filter.mightContain("fruit-0"), true);
});

test("never gives a false negative for an added item", () => {
  const filter = BloomFilter.forCapacity(2000, 0.01);
  for (let i = 0; i < 2000; i++) filter.add(`user-${i}`);
  for (let i = 0; i < 2000; i++) {
    assert.equal(filter.mightContain(`user-${i}`), true, `user-${i}`);
  }
});

test("keeps the measured false-positive rate near the configured target", () => {
  const filter = BloomFilter.forCapacity(2000, 0.01);
  for (let i = 0; i < 2000; i++) filter.add(`user-${i}`);
  let falsePositives = 0;
  const trials = 20_000;
  for (let i = 0; i < trials; i++) {
    if (filter.mightContain(`stranger-${i}`)) falsePositives++;
  }
  const rate = falsePositives / trials;
  assert.ok(rate >= 0.005 && rate <= 0.02, `measured false-positive rate ${rate}`);
});

test("adding the same item again changes nothing", () => {
  const once = new BloomFilter(512, 4);
  const twice = new BloomFilter(512, 4);
  once.add("same");
  twice.add("same");
  twice.add("same");
  for (let i = 0; i < 300; i++) {
    assert.equal(twice.mightContain(`probe-${i}`), once.mightContain(`probe-${i}`));
  }
  assert.equal(twice.mightContain("same"), true);
});

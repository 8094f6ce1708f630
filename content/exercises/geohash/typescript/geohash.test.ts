import { test } from "node:test";
import assert from "node:assert/strict";
import { BASE32, Bounds, bounds, decode, encode, neighbours } from "./geohash";

function randomHashes(count: number, seed: number): string[] {
  const next = (n: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  return Array.from({ length: count }, () => {
    let hash = "";
    const length = 1 + next(8);
    for (let i = 0; i < length; i++) hash += BASE32[next(32)];
    return hash;
  });
}

test("encodes known locations", () => {
  assert.equal(encode(57.64911, 10.40744, 11), "u4pruydqqvj");
  assert.equal(encode(37.7749, -122.4194, 5), "9q8yy");
  assert.equal(encode(-33.8688, 151.2093, 7), "r3gx2f7");
});

test("a shorter geohash of a point is a prefix of a longer one, and the default precision is 12", () => {
  const full = encode(51.5007, -0.1246);
  assert.equal(full.length, 12);
  for (let precision = 1; precision <= 12; precision++) {
    assert.equal(encode(51.5007, -0.1246, precision), full.slice(0, precision));
  }
});

test("a value exactly on a midpoint falls in the upper half", () => {
  assert.equal(encode(0, 0, 1), "s");
  assert.equal(encode(90, 180, 4), "zzzz");
  assert.equal(encode(-90, -180, 4), "0000");
  assert.equal(encode(0, -180, 2), "80");
});

test("bounds returns the edges of the cell", () => {
  assert.deepEqual(bounds("s"), { minLatitude: 0, maxLatitude: 45, minLongitude: 0, maxLongitude: 45 });
  assert.deepEqual(bounds("9q8yy"), {
    minLatitude: 37.7490234375,
    maxLatitude: 37.79296875,
    minLongitude: -122.431640625,
    maxLongitude: -122.3876953125,
  });
});

test("decode returns the centre of the cell and its half-sizes", () => {
  assert.deepEqual(decode("s"), { latitude: 22.5, longitude: 22.5, latitudeError: 22.5, longitudeError: 22.5 });
  assert.deepEqual(decode("9q8yy"), {
    latitude: 37.77099609375,
    longitude: -122.40966796875,
    latitudeError: 0.02197265625,
    longitudeError: 0.02197265625,
  });
  const d = decode("u4pruydqqvj");
  assert.ok(Math.abs(d.latitude - 57.64911) <= d.latitudeError);
  assert.ok(Math.abs(d.longitude - 10.40744) <= d.longitudeError);
});

test("re-encoding a cell's centre gives the same geohash", () => {
  for (const hash of randomHashes(300, 17)) {
    const { latitude, longitude } = decode(hash);
    assert.equal(encode(latitude, longitude, hash.length), hash);
  }
});

test("finds the eight neighbours of a cell", () => {
  assert.deepEqual(neighbours("9q8yy"), {
    n: "9q8zn", ne: "9q8zp", e: "9q8yz", se: "9q8yx", s: "9q8yw", sw: "9q8yt", w: "9q8yv", nw: "9q8zj",
  });
  assert.deepEqual(neighbours("u4pruydqqvj"), {
    n: "u4pruydqqvm", ne: "u4pruydqqvq", e: "u4pruydqqvn", se: "u4pruydqquy",
    s: "u4pruydqquv", sw: "u4pruydqquu", w: "u4pruydqqvh", nw: "u4pruydqqvk",
  });
});

test("neighbours share an edge or a corner with the cell", () => {
  const touches = (cell: Bounds, other: Bounds, dLat: number, dLon: number): boolean => {
    const latOk =
      dLat === 1 ? other.minLatitude === cell.maxLatitude
      : dLat === -1 ? other.maxLatitude === cell.minLatitude
      : other.minLatitude === cell.minLatitude && other.maxLatitude === cell.maxLatitude;
    const wrapEast = cell.maxLongitude === 180 ? -180 : cell.maxLongitude;
    const wrapWest = cell.minLongitude === -180 ? 180 : cell.minLongitude;
    const lonOk =
      dLon === 1 ? other.minLongitude === wrapEast
      : dLon === -1 ? other.maxLongitude === wrapWest
      : other.minLongitude === cell.minLongitude && other.maxLongitude === cell.maxLongitude;
    return latOk && lonOk;
  };
  const offsets = { n: [1, 0], ne: [1, 1], e: [0, 1], se: [-1, 1], s: [-1, 0], sw: [-1, -1], w: [0, -1], nw: [1, -1] };
  for (const hash of randomHashes(200, 23)) {
    const cell = bounds(hash);
    const around = neighbours(hash);
    for (const [direction, [dLat, dLon]] of Object.entries(offsets)) {
      const neighbour = around[direction as keyof typeof around];
      if (neighbour === null) continue;
      assert.equal(neighbour.length, hash.length);
      assert.ok(touches(cell, bounds(neighbour), dLat, dLon), `${direction} of ${hash} is ${neighbour}`);
    }
  }
});

test("neighbours wrap around the antimeridian", () => {
  const east = encode(10, 179.99, 5);
  assert.equal(east, "xczbz");
  const around = neighbours(east);
  assert.equal(around.e, "81b0b");
  assert.equal(decode(around.e!).latitude, decode(east).latitude);
  assert.ok(decode(around.e!).longitude < -179.9);
  assert.equal(neighbours("81b0b").w, "xczbz");
});

test("has no neighbours beyond a pole", () => {
  assert.deepEqual(neighbours("upb"), { n: null, ne: null, e: "upc", se: "up9", s: "up8", sw: "gzx", w: "gzz", nw: null });
  const south = neighbours(encode(-89.99, 45, 4));
  assert.deepEqual([south.s, south.se, south.sw], [null, null, null]);
  assert.notEqual(south.n, null);
});

test("rejects a precision that is not an integer from 1 to 12 with RangeError", () => {
  assert.throws(() => encode(0, 0, 0), RangeError);
  assert.throws(() => encode(0, 0, 13), RangeError);
  assert.throws(() => encode(0, 0, 2.5), RangeError);
});

test("rejects coordinates outside the globe with RangeError", () => {
  assert.throws(() => encode(90.0001, 0, 5), RangeError);
  assert.throws(() => encode(-91, 0, 5), RangeError);
  assert.throws(() => encode(0, 180.5, 5), RangeError);
  assert.throws(() => encode(0, -181, 5), RangeError);
  assert.throws(() => encode(Number.NaN, 0, 5), RangeError);
});

test("rejects malformed geohashes with RangeError", () => {
  for (const bad of ["", "abc", "9q8yI", "U4PRU", "9q8yo", "9ql", "0123456789bcd", "9q 8"]) {
    assert.throws(() => decode(bad), RangeError, JSON.stringify(bad));
  }
  assert.throws(() => bounds("a"), RangeError);
  assert.throws(() => neighbours("i"), RangeError);
});

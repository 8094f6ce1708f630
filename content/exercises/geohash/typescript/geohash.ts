/** The geohash base-32 alphabet (no a, i, l, o). */
export const BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz";

/** Centre of a geohash cell and its half-height / half-width, in degrees. */
export interface Decoded {
  latitude: number;
  longitude: number;
  latitudeError: number;
  longitudeError: number;
}

/** Edges of a geohash cell, in degrees. */
export interface Bounds {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
}

/** The eight neighbouring cells; null where the neighbour would lie beyond a pole. */
export interface Neighbours {
  n: string | null;
  ne: string | null;
  e: string | null;
  se: string | null;
  s: string | null;
  sw: string | null;
  w: string | null;
  nw: string | null;
}

/**
 * The geohash of a point: alternate bits bisect longitude [-180, 180] (first) and latitude
 * [-90, 90]; a bit is 1 when the value is >= the midpoint. Every 5 bits form one BASE32 character.
 * @throws RangeError when precision is not an integer in [1, 12] or a coordinate is out of range.
 */
export function encode(latitude: number, longitude: number, precision = 12): string {
  throw new Error("not implemented");
}

/**
 * The edges of the cell named by `hash`.
 * @throws RangeError when `hash` is empty, longer than 12, or has a character outside BASE32.
 */
export function bounds(hash: string): Bounds {
  throw new Error("not implemented");
}

/**
 * The centre of the cell named by `hash` and its half-height and half-width.
 * @throws RangeError for an invalid geohash (see `bounds`).
 */
export function decode(hash: string): Decoded {
  throw new Error("not implemented");
}

/**
 * The eight neighbouring cells of the same precision: the cell containing the centre moved by
 * 2 × latitudeError and/or 2 × longitudeError. Longitude wraps at ±180; beyond a pole, null.
 * @throws RangeError for an invalid geohash (see `bounds`).
 */
export function neighbours(hash: string): Neighbours {
  throw new Error("not implemented");
}

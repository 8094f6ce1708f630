/** The geohash base-32 alphabet (no a, i, l, o). */
export const BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz";

const MAX_PRECISION = 12;

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

const DIRECTIONS: Array<[keyof Neighbours, number, number]> = [
  ["n", 1, 0], ["ne", 1, 1], ["e", 0, 1], ["se", -1, 1],
  ["s", -1, 0], ["sw", -1, -1], ["w", 0, -1], ["nw", 1, -1],
];

export function encode(latitude: number, longitude: number, precision = 12): string {
  if (!Number.isInteger(precision) || precision < 1 || precision > MAX_PRECISION) {
    throw new RangeError(`precision must be an integer from 1 to ${MAX_PRECISION}, got ${precision}`);
  }
  if (!(latitude >= -90 && latitude <= 90)) throw new RangeError(`latitude out of range: ${latitude}`);
  if (!(longitude >= -180 && longitude <= 180)) throw new RangeError(`longitude out of range: ${longitude}`);
  const lat = [-90, 90];
  const lon = [-180, 180];
  let even = true; // even bits refine longitude, odd bits latitude
  let hash = "";
  for (let c = 0; c < precision; c++) {
    let index = 0;
    for (let b = 0; b < 5; b++) {
      const range = even ? lon : lat;
      const value = even ? longitude : latitude;
      const mid = (range[0] + range[1]) / 2;
      const bit = value >= mid ? 1 : 0;
      range[bit === 1 ? 0 : 1] = mid;
      index = (index << 1) | bit;
      even = !even;
    }
    hash += BASE32[index];
  }
  return hash;
}

export function bounds(hash: string): Bounds {
  if (hash.length < 1 || hash.length > MAX_PRECISION || [...hash].some((char) => !BASE32.includes(char))) {
    throw new RangeError(`invalid geohash ${JSON.stringify(hash)}`);
  }
  const lat = [-90, 90];
  const lon = [-180, 180];
  let even = true;
  for (const char of hash) {
    const index = BASE32.indexOf(char);
    for (let shift = 4; shift >= 0; shift--) {
      const bit = (index >> shift) & 1;
      const range = even ? lon : lat;
      const mid = (range[0] + range[1]) / 2;
      range[bit === 1 ? 0 : 1] = mid;
      even = !even;
    }
  }
  return { minLatitude: lat[0], maxLatitude: lat[1], minLongitude: lon[0], maxLongitude: lon[1] };
}

export function decode(hash: string): Decoded {
  const b = bounds(hash);
  return {
    latitude: (b.minLatitude + b.maxLatitude) / 2,
    longitude: (b.minLongitude + b.maxLongitude) / 2,
    latitudeError: (b.maxLatitude - b.minLatitude) / 2,
    longitudeError: (b.maxLongitude - b.minLongitude) / 2,
  };
}

export function neighbours(hash: string): Neighbours {
  const centre = decode(hash);
  const result = {} as Neighbours;
  for (const [direction, dLat, dLon] of DIRECTIONS) {
    const latitude = centre.latitude + dLat * 2 * centre.latitudeError;
    let longitude = centre.longitude + dLon * 2 * centre.longitudeError;
    if (latitude > 90 || latitude < -90) {
      result[direction] = null; // there is no cell beyond a pole
      continue;
    }
    if (longitude > 180) longitude -= 360;
    else if (longitude < -180) longitude += 360;
    result[direction] = encode(latitude, longitude, hash.length);
  }
  return result;
}

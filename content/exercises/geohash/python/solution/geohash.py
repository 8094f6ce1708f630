"""Geohash encoding, decoding and neighbours."""

import math
from typing import Dict, NamedTuple, Optional

BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz"
MAX_PRECISION = 12

_DIRECTIONS = {
    "n": (1, 0), "ne": (1, 1), "e": (0, 1), "se": (-1, 1),
    "s": (-1, 0), "sw": (-1, -1), "w": (0, -1), "nw": (1, -1),
}


class Decoded(NamedTuple):
    """Centre of a geohash cell and its half-height / half-width in degrees."""

    latitude: float
    longitude: float
    latitude_error: float
    longitude_error: float


class Bounds(NamedTuple):
    """Edges of a geohash cell in degrees."""

    min_latitude: float
    max_latitude: float
    min_longitude: float
    max_longitude: float


def encode(latitude: float, longitude: float, precision: int = 12) -> str:
    if isinstance(precision, bool) or not isinstance(precision, int) or not 1 <= precision <= MAX_PRECISION:
        raise ValueError(f"precision must be an integer from 1 to {MAX_PRECISION}, got {precision!r}")
    if not -90 <= latitude <= 90:  # also rejects NaN
        raise ValueError(f"latitude must be in [-90, 90], got {latitude!r}")
    if not -180 <= longitude <= 180:
        raise ValueError(f"longitude must be in [-180, 180], got {longitude!r}")
    lat_lo, lat_hi = -90.0, 90.0
    lon_lo, lon_hi = -180.0, 180.0
    chars = []
    even = True  # even bits refine longitude, odd bits latitude
    for _ in range(precision):
        index = 0
        for _ in range(5):
            if even:
                mid = (lon_lo + lon_hi) / 2
                bit = longitude >= mid
                lon_lo, lon_hi = (mid, lon_hi) if bit else (lon_lo, mid)
            else:
                mid = (lat_lo + lat_hi) / 2
                bit = latitude >= mid
                lat_lo, lat_hi = (mid, lat_hi) if bit else (lat_lo, mid)
            index = (index << 1) | bit
            even = not even
        chars.append(BASE32[index])
    return "".join(chars)


def bounds(geohash: str) -> Bounds:
    if not 1 <= len(geohash) <= MAX_PRECISION or any(char not in BASE32 for char in geohash):
        raise ValueError(f"invalid geohash {geohash!r}")
    lat_lo, lat_hi = -90.0, 90.0
    lon_lo, lon_hi = -180.0, 180.0
    even = True
    for char in geohash:
        index = BASE32.index(char)
        for shift in range(4, -1, -1):
            bit = (index >> shift) & 1
            if even:
                mid = (lon_lo + lon_hi) / 2
                lon_lo, lon_hi = (mid, lon_hi) if bit else (lon_lo, mid)
            else:
                mid = (lat_lo + lat_hi) / 2
                lat_lo, lat_hi = (mid, lat_hi) if bit else (lat_lo, mid)
            even = not even
    return Bounds(lat_lo, lat_hi, lon_lo, lon_hi)


def decode(geohash: str) -> Decoded:
    b = bounds(geohash)
    return Decoded(
        (b.min_latitude + b.max_latitude) / 2,
        (b.min_longitude + b.max_longitude) / 2,
        (b.max_latitude - b.min_latitude) / 2,
        (b.max_longitude - b.min_longitude) / 2,
    )


def neighbours(geohash: str) -> Dict[str, Optional[str]]:
    centre = decode(geohash)
    result: Dict[str, Optional[str]] = {}
    for direction, (d_lat, d_lon) in _DIRECTIONS.items():
        latitude = centre.latitude + d_lat * 2 * centre.latitude_error
        longitude = centre.longitude + d_lon * 2 * centre.longitude_error
        if latitude > 90 or latitude < -90:
            result[direction] = None  # there is no cell beyond a pole
            continue
        if longitude > 180:
            longitude -= 360
        elif longitude < -180:
            longitude += 360
        result[direction] = encode(latitude, longitude, len(geohash))
    return result

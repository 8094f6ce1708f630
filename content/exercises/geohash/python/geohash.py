"""Geohash encoding, decoding and neighbours."""

from typing import Dict, NamedTuple, Optional

BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz"
"""The geohash base-32 alphabet (no a, i, l, o)."""


class Decoded(NamedTuple):
    """Centre of a geohash cell and its half-height / half-width, in degrees."""

    latitude: float
    longitude: float
    latitude_error: float
    longitude_error: float


class Bounds(NamedTuple):
    """Edges of a geohash cell, in degrees."""

    min_latitude: float
    max_latitude: float
    min_longitude: float
    max_longitude: float


def encode(latitude: float, longitude: float, precision: int = 12) -> str:
    """The geohash of a point.

    Alternate bits bisect longitude [-180, 180] (first) and latitude [-90, 90]; a bit is 1 when
    the value is >= the midpoint. Every 5 bits form one BASE32 character.
    Raises ValueError when precision is not an integer in [1, 12] or a coordinate is out of range.
    """
    raise NotImplementedError


def bounds(geohash: str) -> Bounds:
    """The edges of the cell named by ``geohash``.

    Raises ValueError when ``geohash`` is empty, longer than 12, or has a character outside BASE32.
    """
    raise NotImplementedError


def decode(geohash: str) -> Decoded:
    """The centre of the cell named by ``geohash`` and its half-height and half-width.

    Raises ValueError for an invalid geohash (see ``bounds``).
    """
    raise NotImplementedError


def neighbours(geohash: str) -> Dict[str, Optional[str]]:
    """The eight neighbouring cells of the same precision, keyed n, ne, e, se, s, sw, w, nw.

    Each is the cell containing the centre moved by 2 × latitude_error and/or
    2 × longitude_error. Longitude wraps at ±180; beyond a pole the value is None.
    Raises ValueError for an invalid geohash (see ``bounds``).
    """
    raise NotImplementedError

import math
import unittest

from geohash import BASE32, bounds, decode, encode, neighbours

OFFSETS = {"n": (1, 0), "ne": (1, 1), "e": (0, 1), "se": (-1, 1), "s": (-1, 0), "sw": (-1, -1), "w": (0, -1), "nw": (1, -1)}


def random_hashes(count, seed):
    def next_int(n):
        nonlocal seed
        seed = (seed * 48271) % 2147483647
        return seed % n

    hashes = []
    for _ in range(count):
        length = 1 + next_int(8)
        hashes.append("".join(BASE32[next_int(32)] for _ in range(length)))
    return hashes


def touches(cell, other, d_lat, d_lon):
    if d_lat == 1:
        lat_ok = other.min_latitude == cell.max_latitude
    elif d_lat == -1:
        lat_ok = other.max_latitude == cell.min_latitude
    else:
        lat_ok = (other.min_latitude, other.max_latitude) == (cell.min_latitude, cell.max_latitude)
    wrap_east = -180 if cell.max_longitude == 180 else cell.max_longitude
    wrap_west = 180 if cell.min_longitude == -180 else cell.min_longitude
    if d_lon == 1:
        lon_ok = other.min_longitude == wrap_east
    elif d_lon == -1:
        lon_ok = other.max_longitude == wrap_west
    else:
        lon_ok = (other.min_longitude, other.max_longitude) == (cell.min_longitude, cell.max_longitude)
    return lat_ok and lon_ok


class GeohashTest(unittest.TestCase):
    def test_encodes_known_locations(self):
        self.assertEqual(encode(57.64911, 10.40744, 11), "u4pruydqqvj")
        self.assertEqual(encode(37.7749, -122.4194, 5), "9q8yy")
        self.assertEqual(encode(-33.8688, 151.2093, 7), "r3gx2f7")

    def test_a_shorter_geohash_of_a_point_is_a_prefix_of_a_longer_one_and_the_default_precision_is_12(self):
        full = encode(51.5007, -0.1246)
        self.assertEqual(len(full), 12)
        for precision in range(1, 13):
            self.assertEqual(encode(51.5007, -0.1246, precision), full[:precision])

    def test_a_value_exactly_on_a_midpoint_falls_in_the_upper_half(self):
        self.assertEqual(encode(0, 0, 1), "s")
        self.assertEqual(encode(90, 180, 4), "zzzz")
        self.assertEqual(encode(-90, -180, 4), "0000")
        self.assertEqual(encode(0, -180, 2), "80")

    def test_bounds_returns_the_edges_of_the_cell(self):
        self.assertEqual(tuple(bounds("s")), (0, 45, 0, 45))
        b = bounds("9q8yy")
        self.assertEqual(
            (b.min_latitude, b.max_latitude, b.min_longitude, b.max_longitude),
            (37.7490234375, 37.79296875, -122.431640625, -122.3876953125),
        )

    def test_decode_returns_the_centre_of_the_cell_and_its_half_sizes(self):
        self.assertEqual(tuple(decode("s")), (22.5, 22.5, 22.5, 22.5))
        d = decode("9q8yy")
        self.assertEqual(
            (d.latitude, d.longitude, d.latitude_error, d.longitude_error),
            (37.77099609375, -122.40966796875, 0.02197265625, 0.02197265625),
        )
        d = decode("u4pruydqqvj")
        self.assertLessEqual(abs(d.latitude - 57.64911), d.latitude_error)
        self.assertLessEqual(abs(d.longitude - 10.40744), d.longitude_error)

    def test_re_encoding_a_cells_centre_gives_the_same_geohash(self):
        for geohash in random_hashes(300, 17):
            d = decode(geohash)
            self.assertEqual(encode(d.latitude, d.longitude, len(geohash)), geohash)

    def test_finds_the_eight_neighbours_of_a_cell(self):
        self.assertEqual(
            neighbours("9q8yy"),
            {"n": "9q8zn", "ne": "9q8zp", "e": "9q8yz", "se": "9q8yx", "s": "9q8yw", "sw": "9q8yt", "w": "9q8yv", "nw": "9q8zj"},
        )
        self.assertEqual(
            neighbours("u4pruydqqvj"),
            {
                "n": "u4pruydqqvm", "ne": "u4pruydqqvq", "e": "u4pruydqqvn", "se": "u4pruydqquy",
                "s": "u4pruydqquv", "sw": "u4pruydqquu", "w": "u4pruydqqvh", "nw": "u4pruydqqvk",
            },
        )

    def test_neighbours_share_an_edge_or_a_corner_with_the_cell(self):
        for geohash in random_hashes(200, 23):
            cell = bounds(geohash)
            around = neighbours(geohash)
            for direction, (d_lat, d_lon) in OFFSETS.items():
                neighbour = around[direction]
                if neighbour is None:
                    continue
                self.assertEqual(len(neighbour), len(geohash))
                self.assertTrue(touches(cell, bounds(neighbour), d_lat, d_lon), f"{direction} of {geohash} is {neighbour}")

    def test_neighbours_wrap_around_the_antimeridian(self):
        east = encode(10, 179.99, 5)
        self.assertEqual(east, "xczbz")
        around = neighbours(east)
        self.assertEqual(around["e"], "81b0b")
        self.assertEqual(decode(around["e"]).latitude, decode(east).latitude)
        self.assertLess(decode(around["e"]).longitude, -179.9)
        self.assertEqual(neighbours("81b0b")["w"], "xczbz")

    def test_has_no_neighbours_beyond_a_pole(self):
        self.assertEqual(
            neighbours("upb"),
            {"n": None, "ne": None, "e": "upc", "se": "up9", "s": "up8", "sw": "gzx", "w": "gzz", "nw": None},
        )
        south = neighbours(encode(-89.99, 45, 4))
        self.assertEqual([south["s"], south["se"], south["sw"]], [None, None, None])
        self.assertIsNotNone(south["n"])

    def test_rejects_a_precision_that_is_not_an_integer_from_1_to_12_with_value_error(self):
        for precision in [0, 13, 2.5]:
            with self.assertRaises(ValueError, msg=f"precision {precision}"):
                encode(0, 0, precision)

    def test_rejects_coordinates_outside_the_globe_with_value_error(self):
        for latitude, longitude in [(90.0001, 0), (-91, 0), (0, 180.5), (0, -181), (math.nan, 0)]:
            with self.assertRaises(ValueError, msg=f"({latitude}, {longitude})"):
                encode(latitude, longitude, 5)

    def test_rejects_malformed_geohashes_with_value_error(self):
        for bad in ["", "abc", "9q8yI", "U4PRU", "9q8yo", "9ql", "0123456789bcd", "9q 8"]:
            with self.assertRaises(ValueError, msg=repr(bad)):
                decode(bad)
        with self.assertRaises(ValueError):
            bounds("a")
        with self.assertRaises(ValueError):
            neighbours("i")


if __name__ == "__main__":
    unittest.main()

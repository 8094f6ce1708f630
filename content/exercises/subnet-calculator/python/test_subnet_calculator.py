import math
import unittest

from subnet_calculator import Subnet, format_ipv4, parse_ipv4


class SubnetCalculatorTest(unittest.TestCase):
    def test_parse_ipv4_and_format_ipv4_convert_between_dotted_quads_and_unsigned_32_bit_numbers(self):
        self.assertEqual(parse_ipv4("192.168.1.1"), 3232235777)
        self.assertEqual(parse_ipv4("0.0.0.0"), 0)
        self.assertEqual(parse_ipv4("255.255.255.255"), 4294967295)
        self.assertEqual(parse_ipv4("10.0.0.1"), 167772161)
        self.assertEqual(format_ipv4(3232235777), "192.168.1.1")
        self.assertEqual(format_ipv4(4294967295), "255.255.255.255")
        self.assertEqual(format_ipv4(parse_ipv4("172.16.254.3")), "172.16.254.3")

    def test_a_24_block_has_the_expected_network_broadcast_and_netmask(self):
        subnet = Subnet.parse("192.168.1.0/24")
        self.assertEqual(subnet.network(), "192.168.1.0")
        self.assertEqual(subnet.broadcast(), "192.168.1.255")
        self.assertEqual(subnet.netmask(), "255.255.255.0")
        self.assertEqual(subnet.prefix_length, 24)
        self.assertEqual(str(subnet), "192.168.1.0/24")

    def test_host_bits_in_the_address_are_cleared_to_give_the_network(self):
        self.assertEqual(str(Subnet.parse("10.1.2.3/8")), "10.0.0.0/8")
        self.assertEqual(str(Subnet.parse("192.168.1.200/25")), "192.168.1.128/25")
        self.assertEqual(Subnet.parse("172.31.255.255/12").network(), "172.16.0.0")

    def test_the_netmask_has_the_top_prefix_bits_set(self):
        masks = {
            0: "0.0.0.0",
            1: "128.0.0.0",
            8: "255.0.0.0",
            20: "255.255.240.0",
            26: "255.255.255.192",
            31: "255.255.255.254",
            32: "255.255.255.255",
        }
        for prefix, mask in masks.items():
            self.assertEqual(Subnet.parse(f"10.20.30.40/{prefix}").netmask(), mask, f"/{prefix}")

    def test_the_host_range_excludes_the_network_and_broadcast_addresses(self):
        subnet = Subnet.parse("172.16.5.77/26")
        self.assertEqual(subnet.network(), "172.16.5.64")
        self.assertEqual(subnet.broadcast(), "172.16.5.127")
        self.assertEqual(subnet.first_host(), "172.16.5.65")
        self.assertEqual(subnet.last_host(), "172.16.5.126")
        self.assertEqual(subnet.host_count(), 62)
        self.assertEqual(Subnet.parse("10.0.0.0/8").host_count(), 16777214)
        self.assertEqual(Subnet.parse("192.168.0.0/30").host_count(), 2)

    def test_a_31_point_to_point_link_has_two_usable_addresses(self):
        subnet = Subnet.parse("10.0.0.7/31")
        self.assertEqual(subnet.network(), "10.0.0.6")
        self.assertEqual(subnet.broadcast(), "10.0.0.7")
        self.assertEqual(subnet.first_host(), "10.0.0.6")
        self.assertEqual(subnet.last_host(), "10.0.0.7")
        self.assertEqual(subnet.host_count(), 2)

    def test_a_32_is_a_single_host(self):
        subnet = Subnet.parse("203.0.113.9/32")
        self.assertEqual(subnet.network(), "203.0.113.9")
        self.assertEqual(subnet.broadcast(), "203.0.113.9")
        self.assertEqual(subnet.first_host(), "203.0.113.9")
        self.assertEqual(subnet.last_host(), "203.0.113.9")
        self.assertEqual(subnet.host_count(), 1)
        self.assertEqual(subnet.contains("203.0.113.9"), True)
        self.assertEqual(subnet.contains("203.0.113.10"), False)

    def test_a_0_block_covers_the_whole_address_space(self):
        subnet = Subnet.parse("8.8.8.8/0")
        self.assertEqual(str(subnet), "0.0.0.0/0")
        self.assertEqual(subnet.broadcast(), "255.255.255.255")
        self.assertEqual(subnet.host_count(), 4294967294)
        self.assertEqual(subnet.contains("0.0.0.0"), True)
        self.assertEqual(subnet.contains("255.255.255.255"), True)

    def test_blocks_in_the_upper_half_of_the_address_space_stay_unsigned(self):
        multicast = Subnet.parse("224.0.0.0/4")
        self.assertEqual(multicast.network(), "224.0.0.0")
        self.assertEqual(multicast.broadcast(), "239.255.255.255")
        self.assertEqual(multicast.last_host(), "239.255.255.254")
        self.assertEqual(multicast.contains("239.1.2.3"), True)
        self.assertEqual(multicast.contains("240.0.0.0"), False)
        self.assertEqual(Subnet.parse("255.255.255.0/24").broadcast(), "255.255.255.255")

    def test_contains_includes_the_network_and_broadcast_and_excludes_the_neighbours(self):
        subnet = Subnet.parse("192.168.1.0/24")
        self.assertEqual(subnet.contains("192.168.1.0"), True)
        self.assertEqual(subnet.contains("192.168.1.77"), True)
        self.assertEqual(subnet.contains("192.168.1.255"), True)
        self.assertEqual(subnet.contains("192.168.0.255"), False)
        self.assertEqual(subnet.contains("192.168.2.0"), False)
        self.assertEqual(subnet.contains("10.168.1.1"), False)

    def test_malformed_addresses_are_rejected(self):
        for bad in ["256.0.0.1", "1.2.3", "1.2.3.4.5", "a.b.c.d", "1..2.3", "01.2.3.4", " 1.2.3.4", "1.2.3.-4", "+1.2.3.4", ""]:
            with self.assertRaises(ValueError, msg=repr(bad)):
                parse_ipv4(bad)
        with self.assertRaises(ValueError):
            Subnet.parse("192.168.1.0/24").contains("192.168.1.256")
        for bad in [-1, 4294967296, 1.5, math.nan]:
            with self.assertRaises(ValueError, msg=repr(bad)):
                format_ipv4(bad)

    def test_malformed_cidr_blocks_are_rejected(self):
        for bad in ["10.0.0.0", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/", "10.0.0.0/abc", "10.0.0/8", "10.0.0.0/8/8"]:
            with self.assertRaises(ValueError, msg=bad):
                Subnet.parse(bad)


if __name__ == "__main__":
    unittest.main()

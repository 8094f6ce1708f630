import { test } from "node:test";
import assert from "node:assert/strict";
import { Subnet, formatIPv4, parseIPv4 } from "./subnetCalculator";

test("parseIPv4 and formatIPv4 convert between dotted quads and unsigned 32-bit numbers", () => {
  assert.equal(parseIPv4("192.168.1.1"), 3232235777);
  assert.equal(parseIPv4("0.0.0.0"), 0);
  assert.equal(parseIPv4("255.255.255.255"), 4294967295);
  assert.equal(parseIPv4("10.0.0.1"), 167772161);
  assert.equal(formatIPv4(3232235777), "192.168.1.1");
  assert.equal(formatIPv4(4294967295), "255.255.255.255");
  assert.equal(formatIPv4(parseIPv4("172.16.254.3")), "172.16.254.3");
});

test("a /24 block has the expected network, broadcast and netmask", () => {
  const subnet = Subnet.parse("192.168.1.0/24");
  assert.equal(subnet.network(), "192.168.1.0");
  assert.equal(subnet.broadcast(), "192.168.1.255");
  assert.equal(subnet.netmask(), "255.255.255.0");
  assert.equal(subnet.prefixLength, 24);
  assert.equal(subnet.toString(), "192.168.1.0/24");
});

test("host bits in the address are cleared to give the network", () => {
  assert.equal(Subnet.parse("10.1.2.3/8").toString(), "10.0.0.0/8");
  assert.equal(Subnet.parse("192.168.1.200/25").toString(), "192.168.1.128/25");
  assert.equal(Subnet.parse("172.31.255.255/12").network(), "172.16.0.0");
});

test("the netmask has the top prefix bits set", () => {
  const masks: Record<string, string> = {
    "0": "0.0.0.0",
    "1": "128.0.0.0",
    "8": "255.0.0.0",
    "20": "255.255.240.0",
    "26": "255.255.255.192",
    "31": "255.255.255.254",
    "32": "255.255.255.255",
  };
  for (const [prefix, mask] of Object.entries(masks)) {
    assert.equal(Subnet.parse(`10.20.30.40/${prefix}`).netmask(), mask, `/${prefix}`);
  }
});

test("the host range excludes the network and broadcast addresses", () => {
  const subnet = Subnet.parse("172.16.5.77/26");
  assert.equal(subnet.network(), "172.16.5.64");
  assert.equal(subnet.broadcast(), "172.16.5.127");
  assert.equal(subnet.firstHost(), "172.16.5.65");
  assert.equal(subnet.lastHost(), "172.16.5.126");
  assert.equal(subnet.hostCount(), 62);
  assert.equal(Subnet.parse("10.0.0.0/8").hostCount(), 16777214);
  assert.equal(Subnet.parse("192.168.0.0/30").hostCount(), 2);
});

test("a /31 point-to-point link has two usable addresses", () => {
  const subnet = Subnet.parse("10.0.0.7/31");
  assert.equal(subnet.network(), "10.0.0.6");
  assert.equal(subnet.broadcast(), "10.0.0.7");
  assert.equal(subnet.firstHost(), "10.0.0.6");
  assert.equal(subnet.lastHost(), "10.0.0.7");
  assert.equal(subnet.hostCount(), 2);
});

test("a /32 is a single host", () => {
  const subnet = Subnet.parse("203.0.113.9/32");
  assert.equal(subnet.network(), "203.0.113.9");
  assert.equal(subnet.broadcast(), "203.0.113.9");
  assert.equal(subnet.firstHost(), "203.0.113.9");
  assert.equal(subnet.lastHost(), "203.0.113.9");
  assert.equal(subnet.hostCount(), 1);
  assert.equal(subnet.contains("203.0.113.9"), true);
  assert.equal(subnet.contains("203.0.113.10"), false);
});

test("a /0 block covers the whole address space", () => {
  const subnet = Subnet.parse("8.8.8.8/0");
  assert.equal(subnet.toString(), "0.0.0.0/0");
  assert.equal(subnet.broadcast(), "255.255.255.255");
  assert.equal(subnet.hostCount(), 4294967294);
  assert.equal(subnet.contains("0.0.0.0"), true);
  assert.equal(subnet.contains("255.255.255.255"), true);
});

test("blocks in the upper half of the address space stay unsigned", () => {
  const multicast = Subnet.parse("224.0.0.0/4");
  assert.equal(multicast.network(), "224.0.0.0");
  assert.equal(multicast.broadcast(), "239.255.255.255");
  assert.equal(multicast.lastHost(), "239.255.255.254");
  assert.equal(multicast.contains("239.1.2.3"), true);
  assert.equal(multicast.contains("240.0.0.0"), false);
  assert.equal(Subnet.parse("255.255.255.0/24").broadcast(), "255.255.255.255");
});

test("contains includes the network and broadcast and excludes the neighbours", () => {
  const subnet = Subnet.parse("192.168.1.0/24");
  assert.equal(subnet.contains("192.168.1.0"), true);
  assert.equal(subnet.contains("192.168.1.77"), true);
  assert.equal(subnet.contains("192.168.1.255"), true);
  assert.equal(subnet.contains("192.168.0.255"), false);
  assert.equal(subnet.contains("192.168.2.0"), false);
  assert.equal(subnet.contains("10.168.1.1"), false);
});

test("malformed addresses are rejected", () => {
  for (const bad of ["256.0.0.1", "1.2.3", "1.2.3.4.5", "a.b.c.d", "1..2.3", "01.2.3.4", " 1.2.3.4", "1.2.3.-4", "+1.2.3.4", ""]) {
    assert.throws(() => parseIPv4(bad), RangeError, JSON.stringify(bad));
  }
  assert.throws(() => Subnet.parse("192.168.1.0/24").contains("192.168.1.256"), RangeError);
  for (const bad of [-1, 4294967296, 1.5, Number.NaN]) assert.throws(() => formatIPv4(bad), RangeError, String(bad));
});

test("malformed CIDR blocks are rejected", () => {
  for (const bad of ["10.0.0.0", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/", "10.0.0.0/abc", "10.0.0/8", "10.0.0.0/8/8"]) {
    assert.throws(() => Subnet.parse(bad), RangeError, bad);
  }
});

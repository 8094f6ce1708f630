"""IPv4 CIDR arithmetic with bit masks (no ipaddress module)."""

import re

_OCTET = re.compile(r"0|[1-9][0-9]{0,2}")
_PREFIX = re.compile(r"[0-9]{1,2}")
_MAX_IPV4 = 0xFFFFFFFF


def parse_ipv4(ip: str) -> int:
    parts = ip.split(".")
    if len(parts) != 4:
        raise ValueError(f"invalid IPv4 address {ip!r}")
    value = 0
    for part in parts:
        if not _OCTET.fullmatch(part) or int(part) > 255:
            raise ValueError(f"invalid IPv4 address {ip!r}")
        value = (value << 8) | int(part)
    return value


def format_ipv4(value: int) -> str:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_IPV4:
        raise ValueError(f"not an unsigned 32-bit value: {value!r}")
    return ".".join(str((value >> shift) & 0xFF) for shift in (24, 16, 8, 0))


def _mask_for(prefix: int) -> int:
    """The mask with the top ``prefix`` bits set (Python ints are unbounded, so trim to 32 bits)."""
    return (_MAX_IPV4 << (32 - prefix)) & _MAX_IPV4


class Subnet:
    """An IPv4 CIDR block, normalised to its network address."""

    def __init__(self, base: int, prefix_length: int) -> None:
        self._base = base
        self.prefix_length = prefix_length

    @classmethod
    def parse(cls, cidr: str) -> "Subnet":
        address, slash, prefix_text = cidr.partition("/")
        if not slash:
            raise ValueError(f"missing '/prefix' in {cidr!r}")
        if not _PREFIX.fullmatch(prefix_text) or int(prefix_text) > 32:
            raise ValueError(f"invalid prefix length in {cidr!r}")
        prefix = int(prefix_text)
        return cls(parse_ipv4(address) & _mask_for(prefix), prefix)

    def network(self) -> str:
        return format_ipv4(self._base)

    def broadcast(self) -> str:
        return format_ipv4(self._last_address())

    def netmask(self) -> str:
        return format_ipv4(_mask_for(self.prefix_length))

    def first_host(self) -> str:
        return format_ipv4(self._base if self.prefix_length >= 31 else self._base + 1)

    def last_host(self) -> str:
        last = self._last_address()
        return format_ipv4(last if self.prefix_length >= 31 else last - 1)

    def host_count(self) -> int:
        size = 2 ** (32 - self.prefix_length)
        return size if self.prefix_length >= 31 else size - 2

    def contains(self, ip: str) -> bool:
        return parse_ipv4(ip) & _mask_for(self.prefix_length) == self._base

    def __str__(self) -> str:
        return f"{self.network()}/{self.prefix_length}"

    def _last_address(self) -> int:
        return self._base | (~_mask_for(self.prefix_length) & _MAX_IPV4)

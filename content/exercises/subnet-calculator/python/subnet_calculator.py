"""IPv4 CIDR arithmetic with bit masks (no ipaddress module)."""


def parse_ipv4(ip: str) -> int:
    """Parse a dotted-quad IPv4 address into its unsigned 32-bit value.

    Exactly four parts, each 0-255 in decimal without leading zeros, signs or spaces.
    Raises ValueError for a malformed address.
    """
    raise NotImplementedError


def format_ipv4(value: int) -> str:
    """Format an unsigned 32-bit value as a dotted-quad IPv4 address.

    Raises ValueError unless value is an int from 0 to 4294967295.
    """
    raise NotImplementedError


class Subnet:
    """An IPv4 CIDR block, normalised to its network address."""

    prefix_length: int
    """The number of network bits, 0-32."""

    @classmethod
    def parse(cls, cidr: str) -> "Subnet":
        """Parse "address/prefix" (prefix 0-32); host bits in the address are cleared.

        Raises ValueError for a malformed CIDR.
        """
        raise NotImplementedError

    def network(self) -> str:
        """The network address: the address AND the netmask."""
        raise NotImplementedError

    def broadcast(self) -> str:
        """The broadcast address: the network with every host bit set."""
        raise NotImplementedError

    def netmask(self) -> str:
        """The mask with the top prefix_length bits set."""
        raise NotImplementedError

    def first_host(self) -> str:
        """The first usable host: network + 1, except /31 (network) and /32 (the address)."""
        raise NotImplementedError

    def last_host(self) -> str:
        """The last usable host: broadcast - 1, except /31 (broadcast) and /32 (the address)."""
        raise NotImplementedError

    def host_count(self) -> int:
        """Usable hosts: 2 ** (32 - prefix) - 2, except /31 (2) and /32 (1)."""
        raise NotImplementedError

    def contains(self, ip: str) -> bool:
        """Whether the address lies in the block (network and broadcast included).
        Raises ValueError for a malformed address."""
        raise NotImplementedError

    def __str__(self) -> str:
        """"network/prefix", e.g. "10.0.0.0/8"."""
        raise NotImplementedError

/**
 * Parses a dotted-quad IPv4 address into its unsigned 32-bit value.
 * Exactly four parts, each 0-255 in decimal without leading zeros, signs or spaces.
 * @throws RangeError for a malformed address.
 */
export function parseIPv4(ip: string): number {
  throw new Error("not implemented");
}

/**
 * Formats an unsigned 32-bit value as a dotted-quad IPv4 address.
 * @throws RangeError unless value is an integer from 0 to 4294967295.
 */
export function formatIPv4(value: number): string {
  throw new Error("not implemented");
}

/** An IPv4 CIDR block, normalised to its network address. */
export class Subnet {
  /** The number of network bits, 0-32. */
  readonly prefixLength: number = 0;

  /**
   * Parses "address/prefix" (prefix 0-32); host bits in the address are cleared.
   * @throws RangeError for a malformed CIDR.
   */
  static parse(cidr: string): Subnet {
    throw new Error("not implemented");
  }

  /** The network address: the address AND the netmask. */
  network(): string {
    throw new Error("not implemented");
  }

  /** The broadcast address: the network with every host bit set. */
  broadcast(): string {
    throw new Error("not implemented");
  }

  /** The mask with the top prefixLength bits set. */
  netmask(): string {
    throw new Error("not implemented");
  }

  /** The first usable host: network + 1, except /31 (network) and /32 (the address). */
  firstHost(): string {
    throw new Error("not implemented");
  }

  /** The last usable host: broadcast - 1, except /31 (broadcast) and /32 (the address). */
  lastHost(): string {
    throw new Error("not implemented");
  }

  /** Usable hosts: 2^(32 - prefix) - 2, except /31 (2) and /32 (1). */
  hostCount(): number {
    throw new Error("not implemented");
  }

  /** Whether the address lies in the block (network and broadcast included). @throws RangeError */
  contains(ip: string): boolean {
    throw new Error("not implemented");
  }

  /** "network/prefix", e.g. "10.0.0.0/8". */
  toString(): string {
    throw new Error("not implemented");
  }
}

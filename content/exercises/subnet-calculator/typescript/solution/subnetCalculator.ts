const OCTET = /^(0|[1-9][0-9]{0,2})$/;
const MAX_IPV4 = 0xffffffff;

export function parseIPv4(ip: string): number {
  const parts = ip.split(".");
  if (parts.length !== 4) throw new RangeError(`invalid IPv4 address "${ip}"`);
  let value = 0;
  for (const part of parts) {
    if (!OCTET.test(part) || Number(part) > 255) throw new RangeError(`invalid IPv4 address "${ip}"`);
    value = value * 256 + Number(part); // multiplication stays unsigned, unlike << 24
  }
  return value;
}

export function formatIPv4(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > MAX_IPV4) {
    throw new RangeError(`not an unsigned 32-bit value: ${value}`);
  }
  return [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff].join(".");
}

/** The mask with the top `prefix` bits set. x << 32 is x << 0 in JavaScript, so /0 is special. */
function maskFor(prefix: number): number {
  return prefix === 0 ? 0 : (MAX_IPV4 << (32 - prefix)) >>> 0;
}

/** An IPv4 CIDR block, normalised to its network address. */
export class Subnet {
  private constructor(
    private readonly base: number,
    readonly prefixLength: number,
  ) {}

  static parse(cidr: string): Subnet {
    const slash = cidr.indexOf("/");
    if (slash < 0) throw new RangeError(`missing "/prefix" in "${cidr}"`);
    const prefixText = cidr.slice(slash + 1);
    if (!/^[0-9]{1,2}$/.test(prefixText) || Number(prefixText) > 32) {
      throw new RangeError(`invalid prefix length in "${cidr}"`);
    }
    const prefix = Number(prefixText);
    const address = parseIPv4(cidr.slice(0, slash));
    return new Subnet((address & maskFor(prefix)) >>> 0, prefix);
  }

  network(): string {
    return formatIPv4(this.base);
  }

  broadcast(): string {
    return formatIPv4(this.lastAddress());
  }

  netmask(): string {
    return formatIPv4(maskFor(this.prefixLength));
  }

  firstHost(): string {
    return formatIPv4(this.prefixLength >= 31 ? this.base : this.base + 1);
  }

  lastHost(): string {
    const last = this.lastAddress();
    return formatIPv4(this.prefixLength >= 31 ? last : last - 1);
  }

  hostCount(): number {
    const size = 2 ** (32 - this.prefixLength);
    return this.prefixLength >= 31 ? size : size - 2;
  }

  contains(ip: string): boolean {
    return ((parseIPv4(ip) & maskFor(this.prefixLength)) >>> 0) === this.base;
  }

  toString(): string {
    return `${this.network()}/${this.prefixLength}`;
  }

  private lastAddress(): number {
    return (this.base | ~maskFor(this.prefixLength)) >>> 0;
  }
}

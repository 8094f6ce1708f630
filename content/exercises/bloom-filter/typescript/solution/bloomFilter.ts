import { createHash } from "node:crypto";

/**
 * Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
 * `${seed}:${text}`, read as a big-endian unsigned 32-bit integer.
 */
export function hash32(text: string, seed = 0): number {
  return createHash("sha256").update(`${seed}:${text}`).digest().readUInt32BE(0);
}

/** Size of a Bloom filter: number of bits `m` and number of hash functions `k`. */
export interface BloomParameters {
  bits: number;
  hashes: number;
}

function requirePositiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
}

/** A Bloom filter over strings: no false negatives, tunable false-positive rate. */
export class BloomFilter {
  static optimalParameters(expectedItems: number, falsePositiveRate: number): BloomParameters {
    requirePositiveInteger("expectedItems", expectedItems);
    if (!(falsePositiveRate > 0 && falsePositiveRate < 1)) {
      throw new RangeError(`falsePositiveRate must be in (0, 1), got ${falsePositiveRate}`);
    }
    const bits = Math.ceil((-expectedItems * Math.log(falsePositiveRate)) / (Math.LN2 * Math.LN2));
    const hashes = Math.max(1, Math.round((bits / expectedItems) * Math.LN2));
    return { bits, hashes };
  }

  static falsePositiveRate(bits: number, hashes: number, items: number): number {
    return Math.pow(1 - Math.exp((-hashes * items) / bits), hashes);
  }

  static forCapacity(expectedItems: number, falsePositiveRate: number): BloomFilter {
    const { bits, hashes } = BloomFilter.optimalParameters(expectedItems, falsePositiveRate);
    return new BloomFilter(bits, hashes);
  }

  private readonly bits: number;
  private readonly hashes: number;
  private readonly bytes: Uint8Array;

  constructor(bits: number, hashes: number) {
    requirePositiveInteger("bits", bits);
    requirePositiveInteger("hashes", hashes);
    this.bits = bits;
    this.hashes = hashes;
    this.bytes = new Uint8Array(Math.ceil(bits / 8));
  }

  get bitCount(): number {
    return this.bits;
  }

  get hashCount(): number {
    return this.hashes;
  }

  indexes(item: string): number[] {
    const h1 = hash32(item, 0);
    const h2 = hash32(item, 1);
    const result: number[] = [];
    for (let i = 0; i < this.hashes; i++) {
      // h1 + i * h2 < 2^32 * (k + 1): exact in a double for any realistic k.
      result.push((h1 + i * h2) % this.bits);
    }
    return result;
  }

  add(item: string): void {
    for (const index of this.indexes(item)) {
      this.bytes[index >> 3] |= 1 << (index & 7);
    }
  }

  mightContain(item: string): boolean {
    return this.indexes(item).every((index) => (this.bytes[index >> 3] & (1 << (index & 7))) !== 0);
  }
}

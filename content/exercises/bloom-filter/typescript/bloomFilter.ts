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

/** A Bloom filter over strings: no false negatives, tunable false-positive rate. */
export class BloomFilter {
  /**
   * Optimal size for `expectedItems` items at `falsePositiveRate`:
   * bits = ceil(-n ln p / (ln 2)^2), hashes = max(1, round(bits / n * ln 2)).
   * @throws RangeError when `expectedItems` is not a positive integer or the rate is not in (0, 1).
   */
  static optimalParameters(expectedItems: number, falsePositiveRate: number): BloomParameters {
    throw new Error("not implemented");
  }

  /** Expected false-positive rate after `items` insertions: (1 - e^(-hashes * items / bits)) ^ hashes. */
  static falsePositiveRate(bits: number, hashes: number, items: number): number {
    throw new Error("not implemented");
  }

  /**
   * A filter sized by `optimalParameters(expectedItems, falsePositiveRate)`.
   * @throws RangeError for the same invalid arguments as `optimalParameters`.
   */
  static forCapacity(expectedItems: number, falsePositiveRate: number): BloomFilter {
    throw new Error("not implemented");
  }

  /**
   * An empty filter of `bits` bits using `hashes` indexes per item.
   * @throws RangeError when `bits` or `hashes` is not a positive integer.
   */
  constructor(bits: number, hashes: number) {
    throw new Error("not implemented");
  }

  /** Number of bits `m`. */
  get bitCount(): number {
    throw new Error("not implemented");
  }

  /** Number of indexes `k` per item. */
  get hashCount(): number {
    throw new Error("not implemented");
  }

  /**
   * The `hashCount` bit positions of `item`, in order: with h1 = hash32(item, 0) and
   * h2 = hash32(item, 1), position i is (h1 + i * h2) mod bitCount.
   */
  indexes(item: string): number[] {
    throw new Error("not implemented");
  }

  /** Sets every bit position of `item`. */
  add(item: string): void {
    throw new Error("not implemented");
  }

  /** True when every bit position of `item` is set: "possibly added". False means "never added". */
  mightContain(item: string): boolean {
    throw new Error("not implemented");
  }
}

import { createHash } from "node:crypto";

/**
 * Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
 * `${seed}:${text}`, read as a big-endian unsigned 32-bit integer.
 */
export function hash32(text: string, seed = 0): number {
  return createHash("sha256").update(`${seed}:${text}`).digest().readUInt32BE(0);
}

/**
 * A HyperLogLog distinct-count sketch with m = 2^precision registers over 32-bit hashes.
 */
export class HyperLogLog {
  /**
   * Creates an empty sketch (all registers 0).
   * @param precision p, an integer from 4 to 16; m = 2^p registers.
   * @throws RangeError when `precision` is not an integer in [4, 16].
   */
  constructor(precision = 14) {
    throw new Error("not implemented");
  }

  /** The precision p. */
  get precision(): number {
    throw new Error("not implemented");
  }

  /**
   * Records `item`: x = hash32(item); register index = top p bits of x; rank = 1-based position
   * of the first 1 bit in the remaining 32 - p bits (32 - p + 1 if none); the register keeps the
   * maximum rank.
   */
  add(item: string): void {
    throw new Error("not implemented");
  }

  /**
   * The estimated number of distinct items, rounded to the nearest integer: the raw HyperLogLog
   * estimate alpha * m^2 / sum(2^-register), with linear counting m ln(m / zeros) when
   * raw <= 2.5m and some register is 0, and the large-range correction when raw > 2^32 / 30.
   */
  count(): number {
    throw new Error("not implemented");
  }

  /**
   * Folds `other` into this sketch: each register becomes the maximum of the two.
   * @throws RangeError when the precisions differ.
   */
  merge(other: HyperLogLog): void {
    throw new Error("not implemented");
  }

  /** A copy of the registers, in index order. */
  registers(): number[] {
    throw new Error("not implemented");
  }
}

import { createHash } from "node:crypto";

/**
 * Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
 * `${seed}:${text}`, read as a big-endian unsigned 32-bit integer.
 */
export function hash32(text: string, seed = 0): number {
  return createHash("sha256").update(`${seed}:${text}`).digest().readUInt32BE(0);
}

const TWO_32 = 2 ** 32;

function alphaFor(m: number): number {
  if (m === 16) return 0.673;
  if (m === 32) return 0.697;
  if (m === 64) return 0.709;
  return 0.7213 / (1 + 1.079 / m);
}

/** A HyperLogLog distinct-count sketch with m = 2^precision registers over 32-bit hashes. */
export class HyperLogLog {
  private readonly p: number;
  private readonly slots: Uint8Array;

  constructor(precision = 14) {
    if (!Number.isInteger(precision) || precision < 4 || precision > 16) {
      throw new RangeError(`precision must be an integer from 4 to 16, got ${precision}`);
    }
    this.p = precision;
    this.slots = new Uint8Array(1 << precision);
  }

  get precision(): number {
    return this.p;
  }

  add(item: string): void {
    const x = hash32(item);
    const index = x >>> (32 - this.p);
    const rest = (x << this.p) >>> 0; // the remaining 32 - p bits, moved to the top
    const rank = rest === 0 ? 32 - this.p + 1 : Math.clz32(rest) + 1;
    if (rank > this.slots[index]) this.slots[index] = rank;
  }

  count(): number {
    const m = this.slots.length;
    let sum = 0;
    let zeros = 0;
    for (const register of this.slots) {
      sum += 2 ** -register;
      if (register === 0) zeros++;
    }
    const raw = (alphaFor(m) * m * m) / sum;
    let estimate = raw;
    if (raw <= 2.5 * m && zeros > 0) {
      estimate = m * Math.log(m / zeros);
    } else if (raw > TWO_32 / 30) {
      estimate = -TWO_32 * Math.log(1 - raw / TWO_32);
    }
    return Math.round(estimate);
  }

  merge(other: HyperLogLog): void {
    if (other.p !== this.p) {
      throw new RangeError(`cannot merge precision ${other.p} into precision ${this.p}`);
    }
    for (let i = 0; i < this.slots.length; i++) {
      if (other.slots[i] > this.slots[i]) this.slots[i] = other.slots[i];
    }
  }

  registers(): number[] {
    return Array.from(this.slots);
  }
}

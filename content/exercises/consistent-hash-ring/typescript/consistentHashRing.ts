import { createHash } from "node:crypto";

/**
 * Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
 * `${seed}:${text}`, read as a big-endian unsigned 32-bit integer.
 */
export function hash32(text: string, seed = 0): number {
  return createHash("sha256").update(`${seed}:${text}`).digest().readUInt32BE(0);
}

/**
 * A consistent hash ring with virtual nodes. Node `N` has points at hash32(`${N}#${i}`)
 * for i = 0 … virtualNodes - 1; a key belongs to the first point at or after hash32(key),
 * wrapping around. Points with equal positions are ordered by node name.
 */
export class ConsistentHashRing {
  /**
   * Creates an empty ring.
   * @param virtualNodes points per node; must be a positive integer.
   * @throws RangeError when `virtualNodes` is not a positive integer.
   */
  constructor(virtualNodes = 100) {
    throw new Error("not implemented");
  }

  /** Adds `node` with its virtual nodes. Returns false (changing nothing) if already present. */
  addNode(node: string): boolean {
    throw new Error("not implemented");
  }

  /** Removes `node` and all its virtual nodes. Returns false if it was not present. */
  removeNode(node: string): boolean {
    throw new Error("not implemented");
  }

  /** The node owning `key`, or `undefined` when the ring is empty. */
  getNode(key: string): string | undefined {
    throw new Error("not implemented");
  }

  /** Node names in ascending order. */
  nodes(): string[] {
    throw new Error("not implemented");
  }

  /** Number of points on the ring (nodes × virtualNodes). */
  get pointCount(): number {
    throw new Error("not implemented");
  }
}

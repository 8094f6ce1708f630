import { createHash } from "node:crypto";

/**
 * Ready-made helper (keep it as is): the first 4 bytes of SHA-256 of the UTF-8 string
 * `${seed}:${text}`, read as a big-endian unsigned 32-bit integer.
 */
export function hash32(text: string, seed = 0): number {
  return createHash("sha256").update(`${seed}:${text}`).digest().readUInt32BE(0);
}

interface Point {
  position: number;
  node: string;
}

/** A consistent hash ring with virtual nodes. */
export class ConsistentHashRing {
  private readonly virtualNodes: number;
  private readonly members = new Set<string>();
  /** Sorted by position, then node name. */
  private points: Point[] = [];

  constructor(virtualNodes = 100) {
    if (!Number.isInteger(virtualNodes) || virtualNodes < 1) {
      throw new RangeError(`virtualNodes must be a positive integer, got ${virtualNodes}`);
    }
    this.virtualNodes = virtualNodes;
  }

  addNode(node: string): boolean {
    if (this.members.has(node)) return false;
    this.members.add(node);
    for (let i = 0; i < this.virtualNodes; i++) {
      this.points.push({ position: hash32(`${node}#${i}`), node });
    }
    this.points.sort((a, b) =>
      a.position !== b.position ? a.position - b.position : a.node < b.node ? -1 : a.node > b.node ? 1 : 0,
    );
    return true;
  }

  removeNode(node: string): boolean {
    if (!this.members.delete(node)) return false;
    this.points = this.points.filter((point) => point.node !== node);
    return true;
  }

  getNode(key: string): string | undefined {
    if (this.points.length === 0) return undefined;
    const h = hash32(key);
    let lo = 0;
    let hi = this.points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.points[mid].position < h) lo = mid + 1;
      else hi = mid;
    }
    return this.points[lo % this.points.length].node;
  }

  nodes(): string[] {
    return [...this.members].sort();
  }

  get pointCount(): number {
    return this.points.length;
  }
}

import { createHash } from "node:crypto";

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** SHA-256 (hex) of the byte 0x00 followed by the UTF-8 bytes of `data`. */
export function leafHash(data: string): string {
  return createHash("sha256").update(LEAF_PREFIX).update(Buffer.from(data, "utf8")).digest("hex");
}

/** SHA-256 (hex) of the byte 0x01 followed by the raw 32-byte digests `left` then `right` (given as hex). */
export function nodeHash(left: string, right: string): string {
  return createHash("sha256")
    .update(NODE_PREFIX)
    .update(Buffer.from(left, "hex"))
    .update(Buffer.from(right, "hex"))
    .digest("hex");
}

/** A Merkle tree stored as levels, leaves first, root last. */
export class MerkleTree {
  private readonly tree: string[][];

  constructor(leaves: string[]) {
    if (leaves.length === 0) throw new RangeError("a Merkle tree needs at least one leaf");
    const levels = [leaves.map(leafHash)];
    while (levels[levels.length - 1].length > 1) {
      const below = levels[levels.length - 1];
      const above: string[] = [];
      for (let i = 0; i < below.length; i += 2) {
        above.push(i + 1 < below.length ? nodeHash(below[i], below[i + 1]) : below[i]);
      }
      levels.push(above);
    }
    this.tree = levels;
  }

  get root(): string {
    return this.tree[this.tree.length - 1][0];
  }

  get leafCount(): number {
    return this.tree[0].length;
  }

  get levels(): string[][] {
    return this.tree.map((level) => [...level]);
  }
}

/** Indexes of differing leaves, ascending, and the number of node pairs compared. */
export interface DiffResult {
  leaves: number[];
  comparisons: number;
}

export function diffLeaves(a: MerkleTree, b: MerkleTree): DiffResult {
  if (a.leafCount !== b.leafCount) {
    throw new RangeError(`cannot diff trees of ${a.leafCount} and ${b.leafCount} leaves`);
  }
  const left = a.levels;
  const right = b.levels;
  const leaves: number[] = [];
  let comparisons = 0;
  // Depth-first, left child first, so leaf indexes come out ascending.
  const stack: Array<[number, number]> = [[left.length - 1, 0]];
  while (stack.length > 0) {
    const [level, index] = stack.pop() as [number, number];
    comparisons++;
    if (left[level][index] === right[level][index]) continue;
    if (level === 0) {
      leaves.push(index);
      continue;
    }
    const firstChild = 2 * index;
    if (firstChild + 1 < left[level - 1].length) stack.push([level - 1, firstChild + 1]);
    stack.push([level - 1, firstChild]);
  }
  return { leaves, comparisons };
}

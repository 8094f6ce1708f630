/** SHA-256 (hex) of the byte 0x00 followed by the UTF-8 bytes of `data`. */
export function leafHash(data: string): string {
  throw new Error("not implemented");
}

/** SHA-256 (hex) of the byte 0x01 followed by the raw 32-byte digests `left` then `right` (given as hex). */
export function nodeHash(left: string, right: string): string {
  throw new Error("not implemented");
}

/**
 * A Merkle tree stored as levels: levels[0] are the leaf hashes; each next level hashes
 * pairs (0,1), (2,3), … of the level below, carrying a lone last node up unchanged; the last
 * level is [root].
 */
export class MerkleTree {
  /**
   * Builds the tree over `leaves` (data blocks, in order).
   * @throws RangeError when `leaves` is empty.
   */
  constructor(leaves: string[]) {
    throw new Error("not implemented");
  }

  /** The root hash (hex). */
  get root(): string {
    throw new Error("not implemented");
  }

  /** Number of leaves. */
  get leafCount(): number {
    throw new Error("not implemented");
  }

  /** All levels, leaves first, root last (hex hashes). */
  get levels(): string[][] {
    throw new Error("not implemented");
  }
}

/** Indexes of differing leaves, ascending, and the number of node pairs compared. */
export interface DiffResult {
  leaves: number[];
  comparisons: number;
}

/**
 * The leaves whose hashes differ between `a` and `b`, found top-down from the roots, descending
 * only into node pairs whose hashes differ.
 * @throws RangeError when the trees have different numbers of leaves.
 */
export function diffLeaves(a: MerkleTree, b: MerkleTree): DiffResult {
  throw new Error("not implemented");
}

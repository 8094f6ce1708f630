export const MIB = 1024 * 1024;
/** Minimum size of every part except the last. */
export const MIN_PART_SIZE = 5 * MIB;
/** Maximum size of one part (5 GiB). */
export const MAX_PART_SIZE = 5 * 1024 * MIB;
/** Maximum number of parts in one upload. */
export const MAX_PARTS = 10_000;
/** Maximum object size (5 TiB). */
export const MAX_OBJECT_SIZE = 5 * 1024 * 1024 * MIB;
export const DEFAULT_PART_SIZE = 8 * MIB;

/** One part of the file: bytes [offset, offset + size). Part numbers start at 1. */
export interface Part {
  partNumber: number;
  offset: number;
  size: number;
}

/** An entry of the CompleteMultipartUpload request. */
export interface CompletedPart {
  partNumber: number;
  etag: string;
}

/** Thrown by `completionList` before every part has been uploaded. Provided. */
export class IncompleteUploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IncompleteUploadError";
  }
}

/**
 * Splits `totalSize` bytes into contiguous parts numbered from 1, all `partSize` bytes except a
 * possibly smaller last one (an empty file is one part of size 0). If that needs more than
 * MAX_PARTS parts, the part size becomes ceil(totalSize / MAX_PARTS) rounded up to a whole MiB.
 * @throws RangeError unless totalSize is an integer in 0..MAX_OBJECT_SIZE and partSize an integer
 *   in MIN_PART_SIZE..MAX_PART_SIZE.
 */
export function planParts(totalSize: number, partSize: number = DEFAULT_PART_SIZE): Part[] {
  throw new Error("not implemented");
}

/** Tracks parts through uploads and retries to the completion list. */
export class UploadTracker {
  /** @param maxAttempts attempts allowed per part (default 3). */
  constructor(parts: Part[], maxAttempts: number = 3) {
    throw new Error("not implemented");
  }

  /**
   * Up to `limit` pending parts, lowest part number first; marks them in flight and counts an
   * attempt for each. Returns [] once the upload has failed.
   * @throws RangeError if limit is not an integer >= 1.
   */
  nextBatch(limit: number): Part[] {
    throw new Error("not implemented");
  }

  /** Records part `partNumber` as uploaded with `etag`. @throws RangeError for an unknown part. */
  complete(partNumber: number, etag: string): void {
    throw new Error("not implemented");
  }

  /**
   * Reports a failed upload. Returns true and makes the part pending again if it has had fewer
   * than maxAttempts attempts; otherwise marks the whole upload failed and returns false.
   * @throws RangeError for an unknown part.
   */
  fail(partNumber: number): boolean {
    throw new Error("not implemented");
  }

  /** How many times the part has been handed out. @throws RangeError for an unknown part. */
  attempts(partNumber: number): number {
    throw new Error("not implemented");
  }

  /** "complete" when every part is done, "failed" once a part ran out of attempts, else "in-progress". */
  status(): "in-progress" | "complete" | "failed" {
    throw new Error("not implemented");
  }

  /** Every part's number and ETag, ascending by part number. @throws IncompleteUploadError unless complete. */
  completionList(): CompletedPart[] {
    throw new Error("not implemented");
  }
}

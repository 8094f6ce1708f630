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

export function planParts(totalSize: number, partSize: number = DEFAULT_PART_SIZE): Part[] {
  if (!Number.isInteger(totalSize) || totalSize < 0 || totalSize > MAX_OBJECT_SIZE) {
    throw new RangeError(`totalSize must be an integer in 0..${MAX_OBJECT_SIZE}, got ${totalSize}`);
  }
  if (!Number.isInteger(partSize) || partSize < MIN_PART_SIZE || partSize > MAX_PART_SIZE) {
    throw new RangeError(`partSize must be an integer in ${MIN_PART_SIZE}..${MAX_PART_SIZE}, got ${partSize}`);
  }
  let size = partSize;
  if (Math.ceil(totalSize / size) > MAX_PARTS) {
    size = Math.ceil(Math.ceil(totalSize / MAX_PARTS) / MIB) * MIB;
  }
  if (totalSize === 0) return [{ partNumber: 1, offset: 0, size: 0 }];
  const parts: Part[] = [];
  for (let offset = 0; offset < totalSize; offset += size) {
    parts.push({ partNumber: parts.length + 1, offset, size: Math.min(size, totalSize - offset) });
  }
  return parts;
}

type PartState = "pending" | "in-flight" | "done";

interface TrackedPart {
  part: Part;
  state: PartState;
  attempts: number;
  etag?: string;
}

export class UploadTracker {
  private readonly maxAttempts: number;
  /** Ascending by part number. */
  private readonly tracked: TrackedPart[];
  private readonly byNumber = new Map<number, TrackedPart>();
  private failed = false;

  constructor(parts: Part[], maxAttempts: number = 3) {
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
      throw new RangeError(`maxAttempts must be an integer >= 1, got ${maxAttempts}`);
    }
    this.maxAttempts = maxAttempts;
    this.tracked = [...parts]
      .sort((a, b) => a.partNumber - b.partNumber)
      .map((part) => ({ part, state: "pending" as PartState, attempts: 0 }));
    for (const entry of this.tracked) this.byNumber.set(entry.part.partNumber, entry);
  }

  nextBatch(limit: number): Part[] {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be an integer >= 1, got ${limit}`);
    if (this.failed) return [];
    const batch: Part[] = [];
    for (const entry of this.tracked) {
      if (batch.length === limit) break;
      if (entry.state !== "pending") continue;
      entry.state = "in-flight";
      entry.attempts += 1;
      batch.push(entry.part);
    }
    return batch;
  }

  complete(partNumber: number, etag: string): void {
    const entry = this.find(partNumber);
    entry.state = "done";
    entry.etag = etag;
  }

  fail(partNumber: number): boolean {
    const entry = this.find(partNumber);
    if (entry.attempts >= this.maxAttempts) {
      this.failed = true;
      return false;
    }
    entry.state = "pending";
    return true;
  }

  attempts(partNumber: number): number {
    return this.find(partNumber).attempts;
  }

  status(): "in-progress" | "complete" | "failed" {
    if (this.failed) return "failed";
    return this.tracked.every((entry) => entry.state === "done") ? "complete" : "in-progress";
  }

  completionList(): CompletedPart[] {
    if (this.status() !== "complete") {
      const missing = this.tracked.filter((entry) => entry.state !== "done").map((entry) => entry.part.partNumber);
      throw new IncompleteUploadError(`parts not uploaded yet: ${missing.join(", ")}`);
    }
    return this.tracked.map((entry) => ({ partNumber: entry.part.partNumber, etag: entry.etag! }));
  }

  private find(partNumber: number): TrackedPart {
    const entry = this.byNumber.get(partNumber);
    if (!entry) throw new RangeError(`unknown part number ${partNumber}`);
    return entry;
  }
}

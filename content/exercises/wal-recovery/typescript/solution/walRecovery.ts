/** One log record. `tx` is a non-negative integer transaction id. */
export type LogRecord =
  | { type: "begin"; tx: number }
  | { type: "put"; tx: number; key: string; value: string }
  | { type: "delete"; tx: number; key: string }
  | { type: "commit"; tx: number }
  | { type: "abort"; tx: number };

/** The result of replaying a log. */
export interface Recovery {
  /** The key-value store after applying every committed transaction. */
  state: Map<string, string>;
  /** Ids of the committed transactions, in the order of their commit records. */
  committed: number[];
  /** Number of bytes of whole, intact frames at the start of the log. */
  validLength: number;
}

const HEADER_BYTES = 8;

/** FNV-1a 32-bit hash of the bytes, as an unsigned integer. Ready-made: use it for frame checksums. */
export function fnv1a32(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function isRecord(value: unknown): value is LogRecord {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  if (typeof r.tx !== "number" || !Number.isInteger(r.tx) || r.tx < 0) return false;
  switch (r.type) {
    case "begin":
    case "commit":
    case "abort":
      return true;
    case "put":
      return typeof r.key === "string" && typeof r.value === "string";
    case "delete":
      return typeof r.key === "string";
    default:
      return false;
  }
}

/**
 * Encodes one record as a frame: payload length (uint32 big-endian), FNV-1a checksum of the payload
 * (uint32 big-endian), then the payload, the record as UTF-8 JSON.
 */
export function encodeRecord(record: LogRecord): Uint8Array {
  if (!isRecord(record)) throw new TypeError(`malformed log record: ${JSON.stringify(record)}`);
  const payload = new TextEncoder().encode(JSON.stringify(record));
  const frame = new Uint8Array(HEADER_BYTES + payload.length);
  const header = new DataView(frame.buffer);
  header.setUint32(0, payload.length);
  header.setUint32(4, fnv1a32(payload));
  frame.set(payload, HEADER_BYTES);
  return frame;
}

/** Decodes the frame starting at `offset`, or returns null if it is torn or corrupt. */
function decodeFrame(log: Uint8Array, offset: number): { record: LogRecord; next: number } | null {
  if (log.length - offset < HEADER_BYTES) return null;
  const header = new DataView(log.buffer, log.byteOffset + offset, HEADER_BYTES);
  const length = header.getUint32(0);
  const checksum = header.getUint32(4);
  const start = offset + HEADER_BYTES;
  if (log.length - start < length) return null;
  const payload = log.subarray(start, start + length);
  if (fnv1a32(payload) !== checksum) return null;
  try {
    const record: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(payload));
    return isRecord(record) ? { record, next: start + length } : null;
  } catch {
    return null;
  }
}

/** An append-only log of framed records, kept in memory. */
export class WriteAheadLog {
  private frames: Uint8Array[] = [];

  constructor(existing?: Uint8Array) {
    if (existing !== undefined) {
      this.frames.push(existing.slice(0, recover(existing).validLength));
    }
  }

  append(record: LogRecord): void {
    this.frames.push(encodeRecord(record));
  }

  contents(): Uint8Array {
    const total = this.frames.reduce((sum, frame) => sum + frame.length, 0);
    const out = new Uint8Array(total);
    let offset = 0;
    for (const frame of this.frames) {
      out.set(frame, offset);
      offset += frame.length;
    }
    return out;
  }
}

type Change = Extract<LogRecord, { type: "put" | "delete" }>;

/**
 * Replays a log. Reads frames from the start and stops at the first one that is incomplete, fails
 * its checksum or does not hold a valid record. Applies, in commit order, the puts and deletes of
 * every transaction whose commit record lies before that point; ignores all other transactions.
 */
export function recover(log: Uint8Array): Recovery {
  const state = new Map<string, string>();
  const committed: number[] = [];
  const pending = new Map<number, Change[]>(); // redo buffer per open transaction
  let offset = 0;
  for (let frame = decodeFrame(log, 0); frame !== null; frame = decodeFrame(log, offset)) {
    const record = frame.record;
    offset = frame.next;
    switch (record.type) {
      case "begin":
        pending.set(record.tx, []);
        break;
      case "put":
      case "delete": {
        const changes = pending.get(record.tx) ?? [];
        changes.push(record);
        pending.set(record.tx, changes);
        break;
      }
      case "commit":
        for (const change of pending.get(record.tx) ?? []) {
          if (change.type === "put") state.set(change.key, change.value);
          else state.delete(change.key);
        }
        pending.delete(record.tx);
        committed.push(record.tx);
        break;
      case "abort":
        pending.delete(record.tx);
        break;
    }
  }
  return { state, committed, validLength: offset };
}

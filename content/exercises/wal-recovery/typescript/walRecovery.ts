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

/** FNV-1a 32-bit hash of the bytes, as an unsigned integer. Ready-made: use it for frame checksums. */
export function fnv1a32(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Encodes one record as a frame: payload length (uint32 big-endian), FNV-1a checksum of the payload
 * (uint32 big-endian), then the payload, the record as UTF-8 JSON.
 */
export function encodeRecord(record: LogRecord): Uint8Array {
  throw new Error("not implemented");
}

/** An append-only log of framed records, kept in memory. */
export class WriteAheadLog {
  /**
   * @param existing the bytes of a log to reopen; only its valid prefix (see recover) is kept, so a
   *   torn tail left by a crash is dropped before anything new is appended.
   */
  constructor(existing?: Uint8Array) {
    throw new Error("not implemented");
  }

  /**
   * Appends the record as one frame.
   * @throws TypeError for a malformed record (unknown type, tx not a non-negative integer, key or
   *   value missing or not a string where the type requires it); the log is left unchanged.
   */
  append(record: LogRecord): void {
    throw new Error("not implemented");
  }

  /** A copy of the log's bytes. */
  contents(): Uint8Array {
    throw new Error("not implemented");
  }
}

/**
 * Replays a log. Reads frames from the start and stops at the first one that is incomplete, fails
 * its checksum or does not hold a valid record. Applies, in commit order, the puts and deletes of
 * every transaction whose commit record lies before that point; ignores all other transactions.
 */
export function recover(log: Uint8Array): Recovery {
  throw new Error("not implemented");
}

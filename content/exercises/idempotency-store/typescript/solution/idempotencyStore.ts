/** Thrown when an idempotency key is reused with a different payload. Provided. */
export class IdempotencyConflictError extends Error {
  readonly key: string;

  constructor(key: string) {
    super(`idempotency key ${key} was already used with a different payload`);
    this.name = "IdempotencyConflictError";
    this.key = key;
  }
}

/** Options for {@link IdempotencyStore}. */
export interface IdempotencyStoreOptions {
  /** Returns the current time in ms. Default: the real clock (tests inject a fake). */
  clock?: () => number;
  /** How long a finished result is kept, ms (> 0). Default: forever. */
  ttlMs?: number;
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item)).join(",")}]`;
  }
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const fields = Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${fields.join(",")}}`;
  }
  return JSON.stringify(value);
}

interface Entry<T> {
  fingerprint: string;
  result: Promise<T>;
  /** Set when the handler succeeded; undefined while running. */
  completedAt?: number;
}

export class IdempotencyStore<T> {
  private readonly clock: () => number;
  private readonly ttlMs: number;
  private readonly entries = new Map<string, Entry<T>>();

  constructor(options: IdempotencyStoreOptions = {}) {
    const { clock = () => Date.now(), ttlMs = Infinity } = options;
    if (!(ttlMs > 0)) throw new RangeError(`ttlMs must be > 0, got ${ttlMs}`);
    this.clock = clock;
    this.ttlMs = ttlMs;
  }

  execute(key: string, payload: unknown, handler: () => Promise<T>): Promise<T> {
    const fingerprint = canonicalJson(payload);
    const existing = this.liveEntry(key);
    if (existing) {
      if (existing.fingerprint !== fingerprint) return Promise.reject(new IdempotencyConflictError(key));
      return existing.result;
    }

    // Register the entry before anything is awaited, so concurrent duplicates find it.
    const result = (async () => handler())();
    const entry: Entry<T> = { fingerprint, result };
    this.entries.set(key, entry);
    result.then(
      () => {
        entry.completedAt = this.clock();
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return result;
  }

  private liveEntry(key: string): Entry<T> | undefined {
    const entry = this.entries.get(key);
    if (entry?.completedAt !== undefined && this.clock() >= entry.completedAt + this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}

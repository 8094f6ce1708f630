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

/**
 * JSON with object keys sorted at every level, arrays in order and no whitespace:
 * `canonicalJson({ b: 1, a: [3, { d: 1, c: 2 }] })` is `{"a":[3,{"c":2,"d":1}],"b":1}`.
 */
export function canonicalJson(value: unknown): string {
  throw new Error("not implemented");
}

/** Runs each idempotency key's handler at most once (per successful execution). */
export class IdempotencyStore<T> {
  /** @throws RangeError if ttlMs <= 0. */
  constructor(options: IdempotencyStoreOptions = {}) {
    throw new Error("not implemented");
  }

  /**
   * - New (or expired) key: runs `handler` once and resolves with its result, remembering it with
   *   the payload's canonical JSON. Failures are not remembered.
   * - Same key, equal payload, running: resolves with the running execution's result.
   * - Same key, equal payload, finished: resolves with the stored result; `handler` is not run.
   * - Same key, different payload: rejects with {@link IdempotencyConflictError}.
   * A finished result expires when clock() >= completedAt + ttlMs.
   */
  execute(key: string, payload: unknown, handler: () => Promise<T>): Promise<T> {
    throw new Error("not implemented");
  }
}

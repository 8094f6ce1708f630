/**
 * mulberry32: a tiny seeded pseudo-random generator returning floats in [0, 1).
 * Provided (identical in the Python version) so tests are deterministic. Do not change it.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The full-jitter delay to wait after attempt `attempt` (1-based) failed:
 * `floor(random() * min(maxDelayMs, baseDelayMs * 2^(attempt - 1)))`.
 * Calls `random` exactly once. Correct for large attempts (no 32-bit overflow).
 * @throws RangeError if `attempt` is not an integer >= 1.
 */
export function backoffDelay(
  attempt: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number,
): number {
  throw new Error("not implemented");
}

/** Options for {@link retry}. */
export interface RetryOptions {
  /** Total attempts including the first. Integer >= 1. */
  maxAttempts: number;
  /** Ceiling of the first delay, ms. >= 0. */
  baseDelayMs: number;
  /** Largest ceiling, ms. >= baseDelayMs. */
  maxDelayMs: number;
  /** Float in [0, 1); seeded in tests. */
  random: () => number;
  /** Waits `ms` milliseconds; a fake in tests. */
  sleep: (ms: number) => Promise<void>;
  /** Whether an error is worth retrying. Default: every error is. */
  isRetryable?: (error: unknown) => boolean;
}

/**
 * Calls `operation(attempt)` for attempt = 1, 2, … and resolves with the first success.
 * After a retryable failure of attempt n (n < maxAttempts) awaits `sleep(backoffDelay(n, …))`
 * before attempt n + 1. Rejects with the last attempt's error after `maxAttempts`, and at once
 * (no sleep) with an error `isRetryable` rejects.
 * Rejects with RangeError, before calling `operation`, if maxAttempts is not an integer >= 1,
 * baseDelayMs < 0 or maxDelayMs < baseDelayMs.
 */
export async function retry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  throw new Error("not implemented");
}

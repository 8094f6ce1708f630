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

export function backoffDelay(
  attempt: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number,
): number {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RangeError(`attempt must be an integer >= 1, got ${attempt}`);
  }
  // 2 ** n is a float: it grows to Infinity instead of wrapping like 1 << n.
  const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * cap);
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

export async function retry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { maxAttempts, baseDelayMs, maxDelayMs, random, sleep, isRetryable = () => true } = options;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be an integer >= 1, got ${maxAttempts}`);
  }
  if (!(baseDelayMs >= 0) || !(maxDelayMs >= baseDelayMs)) {
    throw new RangeError(`need 0 <= baseDelayMs <= maxDelayMs, got ${baseDelayMs} and ${maxDelayMs}`);
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryable(error)) {
        throw error;
      }
      await sleep(backoffDelay(attempt, baseDelayMs, maxDelayMs, random));
    }
  }
}

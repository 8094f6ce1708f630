/** The three states of a circuit breaker. */
export type CircuitState = "closed" | "open" | "half-open";

/**
 * Thrown by `call` while the circuit is open. Provided: you do not need to change it.
 */
export class CircuitOpenError extends Error {
  /** Milliseconds until the reset timeout ends and trial calls are allowed. */
  readonly retryAfterMs: number;

  constructor(retryAfterMs: number) {
    super(`circuit is open; retry in ${retryAfterMs} ms`);
    this.name = "CircuitOpenError";
    this.retryAfterMs = retryAfterMs;
  }
}

/** Options for {@link CircuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Consecutive failures (in closed state) that open the circuit. Integer >= 1. */
  failureThreshold: number;
  /** How long the circuit stays open before it becomes half-open, in ms. Must be > 0. */
  resetTimeoutMs: number;
  /** Consecutive half-open successes needed to close the circuit. Integer >= 1, default 1. */
  successThreshold?: number;
  /** Returns the current time in milliseconds. Injected so tests control time. */
  clock: () => number;
}

function requirePositiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name} must be an integer >= 1, got ${value}`);
  }
}

export class CircuitBreaker {
  private readonly failureThreshold: number;
  private readonly successThreshold: number;
  private readonly resetTimeoutMs: number;
  private readonly clock: () => number;
  private current: CircuitState = "closed";
  private failures = 0;
  private successes = 0;
  private openedAt = 0;

  constructor(options: CircuitBreakerOptions) {
    const { failureThreshold, resetTimeoutMs, successThreshold = 1, clock } = options;
    requirePositiveInteger("failureThreshold", failureThreshold);
    requirePositiveInteger("successThreshold", successThreshold);
    if (!(resetTimeoutMs > 0)) {
      throw new RangeError(`resetTimeoutMs must be > 0, got ${resetTimeoutMs}`);
    }
    this.failureThreshold = failureThreshold;
    this.successThreshold = successThreshold;
    this.resetTimeoutMs = resetTimeoutMs;
    this.clock = clock;
  }

  get state(): CircuitState {
    if (this.current === "open" && this.clock() - this.openedAt >= this.resetTimeoutMs) {
      this.current = "half-open";
      this.successes = 0;
    }
    return this.current;
  }

  call<T>(operation: () => T): T {
    if (this.state === "open") {
      throw new CircuitOpenError(this.openedAt + this.resetTimeoutMs - this.clock());
    }
    let result: T;
    try {
      result = operation();
    } catch (error) {
      this.onFailure();
      throw error;
    }
    this.onSuccess();
    return result;
  }

  private onFailure(): void {
    this.failures += 1;
    if (this.current === "half-open" || this.failures >= this.failureThreshold) {
      this.current = "open";
      this.openedAt = this.clock();
      this.failures = 0;
      this.successes = 0;
    }
  }

  private onSuccess(): void {
    if (this.current === "half-open") {
      this.successes += 1;
      if (this.successes >= this.successThreshold) {
        this.current = "closed";
        this.failures = 0;
        this.successes = 0;
      }
    } else {
      this.failures = 0;
    }
  }
}

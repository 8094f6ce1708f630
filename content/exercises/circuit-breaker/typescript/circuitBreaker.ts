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

/**
 * A closed / open / half-open circuit breaker.
 * - closed: calls run; `failureThreshold` consecutive failures open the circuit (a success resets the count).
 * - open: calls throw {@link CircuitOpenError} without running; after `resetTimeoutMs` it is half-open.
 * - half-open: calls run; any failure reopens (timeout restarts), `successThreshold` consecutive
 *   successes close it and reset the counters.
 */
export class CircuitBreaker {
  /** @throws RangeError for a threshold that is not an integer >= 1 or a timeout <= 0. */
  constructor(options: CircuitBreakerOptions) {
    throw new Error("not implemented");
  }

  /**
   * The current state. An open circuit whose reset timeout has elapsed
   * (`now - openedAt >= resetTimeoutMs`) reports "half-open".
   */
  get state(): CircuitState {
    throw new Error("not implemented");
  }

  /**
   * Runs `operation` unless the circuit is open, returning its result or rethrowing its error
   * (after recording the outcome).
   * @throws CircuitOpenError while open, without calling `operation`.
   */
  call<T>(operation: () => T): T {
    throw new Error("not implemented");
  }
}

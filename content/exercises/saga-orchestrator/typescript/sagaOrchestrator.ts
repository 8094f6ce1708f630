/** One local transaction of a saga and the action that semantically undoes it. */
export interface SagaStep<C> {
  /** Unique within the saga. */
  name: string;
  /** The forward action; the step fails if it throws or its promise rejects. */
  action: (context: C) => Promise<void> | void;
  /** Undoes a completed action. Optional: steps without one are skipped during rollback. */
  compensate?: (context: C) => Promise<void> | void;
}

/** What happened during a run. */
export interface SagaResult {
  status: "completed" | "compensated" | "failed";
  /** Steps whose action succeeded, in order. */
  completedSteps: string[];
  /** Steps whose compensation succeeded, in the order they ran. */
  compensatedSteps: string[];
  /** The step whose action failed, if any. */
  failedStep?: string;
  /** That action's original error, if any. */
  error?: unknown;
  /** Steps whose compensation failed on every attempt. */
  stuckCompensations: string[];
}

/** Options for {@link SagaOrchestrator}. */
export interface SagaOptions {
  /** Total attempts per compensation, integer >= 1. Default 3. */
  compensationAttempts?: number;
}

/** Runs saga steps in order and compensates completed steps in reverse order on failure. */
export class SagaOrchestrator<C> {
  /** @throws RangeError on duplicate step names or compensationAttempts that is not an integer >= 1. */
  constructor(steps: SagaStep<C>[], options: SagaOptions = {}) {
    throw new Error("not implemented");
  }

  /**
   * Awaits each action in order. On the first failure: runs no later step, compensates the
   * completed steps newest first (each retried up to compensationAttempts times; a stuck one is
   * recorded and the rest still run). Never rejects because of a step; the result says what happened.
   * status: "completed" (no failure), "compensated" (failure fully undone), "failed" (a compensation stuck).
   */
  run(context: C): Promise<SagaResult> {
    throw new Error("not implemented");
  }
}

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

export class SagaOrchestrator<C> {
  private readonly steps: readonly SagaStep<C>[];
  private readonly compensationAttempts: number;

  constructor(steps: SagaStep<C>[], options: SagaOptions = {}) {
    const { compensationAttempts = 3 } = options;
    if (!Number.isInteger(compensationAttempts) || compensationAttempts < 1) {
      throw new RangeError(`compensationAttempts must be an integer >= 1, got ${compensationAttempts}`);
    }
    const names = new Set<string>();
    for (const step of steps) {
      if (names.has(step.name)) throw new RangeError(`duplicate step name ${step.name}`);
      names.add(step.name);
    }
    this.steps = [...steps];
    this.compensationAttempts = compensationAttempts;
  }

  async run(context: C): Promise<SagaResult> {
    const completed: SagaStep<C>[] = [];
    for (const step of this.steps) {
      try {
        await step.action(context);
      } catch (error) {
        return this.rollBack(context, completed, step.name, error);
      }
      completed.push(step);
    }
    return {
      status: "completed",
      completedSteps: completed.map((step) => step.name),
      compensatedSteps: [],
      stuckCompensations: [],
    };
  }

  private async rollBack(
    context: C,
    completed: SagaStep<C>[],
    failedStep: string,
    error: unknown,
  ): Promise<SagaResult> {
    const compensatedSteps: string[] = [];
    const stuckCompensations: string[] = [];
    for (const step of [...completed].reverse()) {
      if (!step.compensate) continue;
      if (await this.tryCompensate(step.compensate, context)) {
        compensatedSteps.push(step.name);
      } else {
        stuckCompensations.push(step.name);
      }
    }
    return {
      status: stuckCompensations.length > 0 ? "failed" : "compensated",
      completedSteps: completed.map((step) => step.name),
      compensatedSteps,
      failedStep,
      error,
      stuckCompensations,
    };
  }

  private async tryCompensate(compensate: (context: C) => Promise<void> | void, context: C): Promise<boolean> {
    for (let attempt = 1; attempt <= this.compensationAttempts; attempt++) {
      try {
        await compensate(context);
        return true;
      } catch {
        // retry straight away; the caller records a compensation that never succeeds
      }
    }
    return false;
  }
}

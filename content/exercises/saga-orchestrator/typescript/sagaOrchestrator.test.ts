import { test } from "node:test";
import assert from "node:assert/strict";
import { SagaOrchestrator, type SagaStep } from "./sagaOrchestrator";

interface Context {
  log: string[];
  reservationId?: string;
}

/** A step that logs its action and compensation; `fail` makes the action throw. */
function step(name: string, options: { fail?: boolean; compensate?: boolean } = {}): SagaStep<Context> {
  const { fail = false, compensate = true } = options;
  return {
    name,
    action: (context) => {
      if (fail) throw new Error(`${name} failed`);
      context.log.push(`do ${name}`);
    },
    compensate: compensate
      ? (context) => {
          context.log.push(`undo ${name}`);
        }
      : undefined,
  };
}

function newContext(): Context {
  return { log: [] };
}

test("runs every step in order and reports the saga completed", async () => {
  const context = newContext();
  const result = await new SagaOrchestrator([step("reserve"), step("charge"), step("ship")]).run(context);
  assert.deepEqual(context.log, ["do reserve", "do charge", "do ship"]);
  assert.equal(result.status, "completed");
  assert.deepEqual(result.completedSteps, ["reserve", "charge", "ship"]);
  assert.deepEqual(result.compensatedSteps, []);
  assert.deepEqual(result.stuckCompensations, []);
  assert.equal(result.failedStep, undefined);
});

test("passes the same context to every action so later steps can use earlier results", async () => {
  const context = newContext();
  const saga = new SagaOrchestrator<Context>([
    { name: "reserve", action: (c) => void (c.reservationId = "r-42") },
    { name: "confirm", action: (c) => void c.log.push(`confirm ${c.reservationId}`) },
  ]);
  await saga.run(context);
  assert.deepEqual(context.log, ["confirm r-42"]);
});

test("waits for each asynchronous step to finish before starting the next", async () => {
  const context = newContext();
  const slow = (name: string): SagaStep<Context> => ({
    name,
    action: async (c) => {
      c.log.push(`start ${name}`);
      for (let i = 0; i < 5; i++) await Promise.resolve();
      c.log.push(`end ${name}`);
    },
  });
  await new SagaOrchestrator([slow("a"), slow("b")]).run(context);
  assert.deepEqual(context.log, ["start a", "end a", "start b", "end b"]);
});

test("compensates the completed steps in reverse order when a step fails", async () => {
  const context = newContext();
  const result = await new SagaOrchestrator([step("reserve"), step("charge"), step("ship", { fail: true })]).run(
    context,
  );
  assert.deepEqual(context.log, ["do reserve", "do charge", "undo charge", "undo reserve"]);
  assert.equal(result.status, "compensated");
  assert.deepEqual(result.completedSteps, ["reserve", "charge"]);
  assert.deepEqual(result.compensatedSteps, ["charge", "reserve"]);
});

test("neither compensates the failed step nor runs the steps after it", async () => {
  const context = newContext();
  const steps = [step("a"), step("b", { fail: true }), step("c"), step("d")];
  await new SagaOrchestrator(steps).run(context);
  assert.deepEqual(context.log, ["do a", "undo a"]);
});

test("reports the failed step and its original error", async () => {
  const failure = new Error("card declined");
  const saga = new SagaOrchestrator<Context>([
    step("reserve"),
    {
      name: "charge",
      action: async () => {
        throw failure;
      },
    },
  ]);
  const result = await saga.run(newContext());
  assert.equal(result.failedStep, "charge");
  assert.equal(result.error, failure);
});

test("compensates nothing when the first step fails", async () => {
  const context = newContext();
  const result = await new SagaOrchestrator([step("a", { fail: true }), step("b")]).run(context);
  assert.deepEqual(context.log, []);
  assert.equal(result.status, "compensated");
  assert.deepEqual(result.completedSteps, []);
  assert.deepEqual(result.compensatedSteps, []);
  assert.equal(result.failedStep, "a");
});

test("skips steps without a compensation during rollback", async () => {
  const context = newContext();
  const steps = [step("a"), step("notify", { compensate: false }), step("c"), step("d", { fail: true })];
  const result = await new SagaOrchestrator(steps).run(context);
  assert.deepEqual(context.log, ["do a", "do notify", "do c", "undo c", "undo a"]);
  assert.deepEqual(result.compensatedSteps, ["c", "a"]);
  assert.equal(result.status, "compensated");
});

test("passes the context to compensations", async () => {
  const context = newContext();
  const saga = new SagaOrchestrator<Context>([
    {
      name: "reserve",
      action: (c) => void (c.reservationId = "r-7"),
      compensate: (c) => void c.log.push(`release ${c.reservationId}`),
    },
    step("charge", { fail: true }),
  ]);
  await saga.run(context);
  assert.deepEqual(context.log, ["release r-7"]);
});

test("retries a failing compensation up to compensationAttempts times", async () => {
  const context = newContext();
  let attempts = 0;
  const flakyRefund: SagaStep<Context> = {
    name: "charge",
    action: () => {},
    compensate: async (c) => {
      attempts += 1;
      if (attempts < 3) throw new Error("payments timeout");
      c.log.push("refunded");
    },
  };
  // compensationAttempts is not given: it defaults to 3
  const result = await new SagaOrchestrator([flakyRefund, step("ship", { fail: true })]).run(context);
  assert.equal(attempts, 3);
  assert.deepEqual(context.log, ["refunded"]);
  assert.equal(result.status, "compensated");
  assert.deepEqual(result.compensatedSteps, ["charge"]);
});

test("marks the saga failed when a compensation never succeeds and still compensates earlier steps", async () => {
  const context = newContext();
  let attempts = 0;
  const stuck: SagaStep<Context> = {
    name: "charge",
    action: () => {},
    compensate: () => {
      attempts += 1;
      throw new Error("refund service down");
    },
  };
  const result = await new SagaOrchestrator([step("reserve"), stuck, step("ship", { fail: true })], {
    compensationAttempts: 2,
  }).run(context);
  assert.equal(attempts, 2);
  assert.deepEqual(context.log, ["do reserve", "undo reserve"]);
  assert.equal(result.status, "failed");
  assert.deepEqual(result.stuckCompensations, ["charge"]);
  assert.deepEqual(result.compensatedSteps, ["reserve"]);
});

test("completes a saga with no steps", async () => {
  const result = await new SagaOrchestrator<Context>([]).run(newContext());
  assert.equal(result.status, "completed");
  assert.deepEqual(result.completedSteps, []);
});

test("rejects duplicate step names and fewer than one compensation attempt with RangeError", () => {
  assert.throws(() => new SagaOrchestrator([step("a"), step("a")]), RangeError);
  assert.throws(() => new SagaOrchestrator([step("a")], { compensationAttempts: 0 }), RangeError);
  assert.throws(() => new SagaOrchestrator([step("a")], { compensationAttempts: 1.5 }), RangeError);
});

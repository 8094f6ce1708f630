// A node:test reporter (loaded with --test-reporter) that turns test events into the extension's
// line protocol (src/core/exercises/testEvents.ts). Built as an ES module: node loads reporters with import().
import { inspect } from "node:util";
import { EVENT_PREFIX, type TestEvent, type TestFailure } from "../core/exercises/testEvents";

interface NodeTestEventData {
  name: string;
  nesting: number;
  file?: string;
  line?: number;
  details?: { duration_ms?: number; type?: string; error?: unknown };
  skip?: unknown;
  todo?: unknown;
}

const suitePath: string[] = [];

function line(event: TestEvent): string {
  return `\n${EVENT_PREFIX}${JSON.stringify(event)}\n`;
}

function render(value: unknown): string {
  return inspect(value, { depth: 6, breakLength: 80, sorted: true, maxArrayLength: 200, maxStringLength: 4000 });
}

/** The failing assertion's position inside the exercise folder, from the error's stack. */
function locate(stack: string | undefined, folder: string): { file?: string; line?: number } {
  for (const frame of (stack ?? "").split("\n")) {
    const match = /\(?((?:[A-Za-z]:)?[^():]+\.ts):(\d+):\d+\)?\s*$/.exec(frame.trim());
    if (match && match[1].startsWith(folder)) return { file: match[1], line: Number(match[2]) };
  }
  return {};
}

function describeFailure(error: unknown, folder: string): TestFailure {
  // node:test wraps the thrown error: details.error is an ERR_TEST_FAILURE whose cause is the real one.
  const cause = (error as { cause?: unknown } | undefined)?.cause ?? error;
  const real = cause as { message?: unknown; stack?: unknown; expected?: unknown; actual?: unknown; code?: unknown; name?: unknown };
  const message = typeof real?.message === "string" ? real.message : String(cause);
  const failure: TestFailure = { message, ...(typeof real?.stack === "string" ? { stack: real.stack.slice(0, 8000) } : {}) };
  if (real && real.code === "ERR_ASSERTION" && ("expected" in real || "actual" in real)) {
    failure.expected = render(real.expected);
    failure.actual = render(real.actual);
  }
  Object.assign(failure, locate(typeof real?.stack === "string" ? real.stack : undefined, folder));
  return failure;
}

export default async function* reporter(source: AsyncIterable<{ type: string; data: NodeTestEventData }>): AsyncGenerator<string> {
  const folder = process.cwd();
  for await (const { type, data } of source) {
    if (type === "test:start") {
      suitePath.length = data.nesting;
      suitePath[data.nesting] = data.name;
      const id = suitePath.slice(0, data.nesting + 1).join(" > ");
      yield line({ type: "start", id, name: data.name, ...(data.file ? { file: data.file } : {}), ...(data.line ? { line: data.line } : {}) });
    } else if (type === "test:pass" || type === "test:fail") {
      if (data.details?.type === "suite" && type === "test:pass") continue;
      suitePath.length = data.nesting;
      const id = [...suitePath.slice(0, data.nesting), data.name].join(" > ");
      if (data.details?.type === "suite") {
        // A failing suite is only news when the failure is its own (a throwing describe body or hook).
        const error = data.details.error as { failureType?: string } | undefined;
        if (error?.failureType === "subtestsFailed") continue;
        yield line({ type: "error", message: `suite "${id}" failed: ${describeFailure(error, folder).message}`, ...(data.file ? { file: data.file } : {}), ...(data.line ? { line: data.line } : {}) });
        continue;
      }
      const skipped = type === "test:pass" && (data.skip !== undefined || data.todo !== undefined);
      yield line({
        type: "result",
        id,
        name: data.name,
        outcome: skipped ? "skipped" : type === "test:pass" ? "passed" : "failed",
        ...(data.details?.duration_ms !== undefined ? { durationMs: data.details.duration_ms } : {}),
        ...(data.file ? { file: data.file } : {}),
        ...(data.line ? { line: data.line } : {}),
        ...(type === "test:fail" ? { failure: describeFailure(data.details?.error, folder) } : {}),
      });
    }
  }
}

// The structured protocol between exercise test runners (child processes) and the extension.
// Both runners print one event per line, prefixed by EVENT_PREFIX, on stdout; every other line is
// the tests' own output. The Python runner (interview_prep_runner.py) mirrors these types.

export const EVENT_PREFIX = "@@interview-prep-event@@";

export type TestOutcome = "passed" | "failed" | "skipped";

export interface TestStartEvent {
  type: "start";
  /** Stable id within the run: the test's full name (suites joined with " > ") or the unittest id. */
  id: string;
  name: string;
  file?: string;
  line?: number;
}

export interface TestResultEvent {
  type: "result";
  id: string;
  name: string;
  outcome: TestOutcome;
  durationMs?: number;
  file?: string;
  line?: number;
  failure?: TestFailure;
}

export interface TestFailure {
  message: string;
  /** Rendered expected/actual values when the failure was an equality assertion. */
  expected?: string;
  actual?: string;
  /** Where the failing assertion is, when it is in a test or exercise file. */
  file?: string;
  line?: number;
  stack?: string;
}

export interface RunErrorEvent {
  type: "error";
  /** A failure outside any test: a syntax error in the stub, a failed import, a crash. */
  message: string;
  file?: string;
  line?: number;
}

export type TestEvent = TestStartEvent | TestResultEvent | RunErrorEvent;

/** Validates one decoded event object; runner output is untrusted (it runs the learner's code). */
export function asTestEvent(value: unknown): TestEvent | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const event = value as Record<string, unknown>;
  const str = (key: string) => (typeof event[key] === "string" ? (event[key] as string) : undefined);
  const num = (key: string, source: Record<string, unknown> = event) =>
    typeof source[key] === "number" && Number.isFinite(source[key]) ? (source[key] as number) : undefined;
  const location = (source: Record<string, unknown>) => {
    const file = typeof source.file === "string" ? source.file : undefined;
    const line = num("line", source);
    return { ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line } : {}) };
  };
  switch (event.type) {
    case "start": {
      const id = str("id");
      const name = str("name");
      return id && name !== undefined ? { type: "start", id, name, ...location(event) } : undefined;
    }
    case "result": {
      const id = str("id");
      const name = str("name");
      const outcome = str("outcome");
      if (!id || name === undefined || (outcome !== "passed" && outcome !== "failed" && outcome !== "skipped")) return undefined;
      const result: TestResultEvent = { type: "result", id, name, outcome, ...location(event) };
      const durationMs = num("durationMs");
      if (durationMs !== undefined) result.durationMs = durationMs;
      if (typeof event.failure === "object" && event.failure !== null) {
        const failure = event.failure as Record<string, unknown>;
        result.failure = {
          message: typeof failure.message === "string" ? failure.message : "test failed",
          ...(typeof failure.expected === "string" ? { expected: failure.expected } : {}),
          ...(typeof failure.actual === "string" ? { actual: failure.actual } : {}),
          ...(typeof failure.stack === "string" ? { stack: failure.stack } : {}),
          ...location(failure),
        };
      } else if (outcome === "failed") {
        result.failure = { message: "test failed" };
      }
      return result;
    }
    case "error": {
      const message = str("message");
      return message !== undefined ? { type: "error", message, ...location(event) } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Splits a runner's stdout stream into events and plain output. Feed chunks as they arrive; lines
 * split across chunks are reassembled. Malformed event lines are kept as output, never trusted.
 */
export class RunnerOutputParser {
  private pending = "";
  /**
   * A blank line held back: runners write "\n" before each event so that an event never continues
   * a line of test output. When the output already ended a line, that "\n" arrives as a blank line
   * of its own, which belongs to the protocol, not to the tests' output.
   */
  private heldBlank = "";

  constructor(
    private readonly onEvent: (event: TestEvent) => void,
    private readonly onOutput: (text: string) => void,
  ) {}

  push(chunk: string): void {
    this.pending += chunk;
    let newline: number;
    while ((newline = this.pending.indexOf("\n")) !== -1) {
      const line = this.pending.slice(0, newline + 1);
      this.pending = this.pending.slice(newline + 1);
      this.handleLine(line);
    }
  }

  end(): void {
    if (this.pending) this.handleLine(this.pending);
    this.pending = "";
    this.releaseBlank();
  }

  private releaseBlank(): void {
    if (this.heldBlank) this.onOutput(this.heldBlank);
    this.heldBlank = "";
  }

  private handleLine(line: string): void {
    const start = line.indexOf(EVENT_PREFIX);
    if (start === -1) {
      this.releaseBlank();
      if (line === "\n" || line === "\r\n") this.heldBlank = line;
      else this.onOutput(line);
      return;
    }
    // The blank line just before an event was the event's separator.
    this.heldBlank = "";
    if (start > 0) this.onOutput(line.slice(0, start));
    const json = line.slice(start + EVENT_PREFIX.length).trim();
    let event: TestEvent | undefined;
    try {
      event = asTestEvent(JSON.parse(json));
    } catch {
      event = undefined;
    }
    if (event) this.onEvent(event);
    else this.onOutput(line);
  }
}

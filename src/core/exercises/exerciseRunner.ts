// Runs an exercise's tests in a child process and collects structured results. The extension's
// Testing integration and `npm run check:exercises` both use this module, so the checker proves
// exactly what the learner's editor runs.
import type { ExerciseLanguage } from "../content/types";
import { runProcess, type Cancellation, type ProcessLimits, type ProcessOutcome, type ProcessSpec } from "./processRunner";
import { RunnerOutputParser, type RunErrorEvent, type TestEvent, type TestResultEvent, type TestStartEvent } from "./testEvents";

/** Where the runner files live (dist/runners in the extension). */
export interface RunnerFiles {
  tsRunner: string;
  tsReporter: string;
  pythonRunner: string;
}

export interface TestRunRequest {
  language: ExerciseLanguage;
  /** The exercise's language folder (absolute). */
  folder: string;
  /** TypeScript: test files to run (absolute); Python: ignored (discovery runs test_*.py). */
  testFiles: string[];
  /**
   * Restrict the run: TypeScript test names (exact), Python unittest ids
   * (`test_lru_cache.TestLRUCache.test_x`). Empty: every test.
   */
  only: string[];
  /** The Node executable (VS Code's own runtime in the extension: process.execPath). */
  nodePath: string;
  /** The Python interpreter command (Python only). */
  pythonCommand?: string;
  limits: ProcessLimits;
}

export interface TestRunReport {
  started: TestStartEvent[];
  results: TestResultEvent[];
  errors: RunErrorEvent[];
  processes: ProcessOutcome[];
  timedOut: boolean;
  cancelled: boolean;
  outputLimitExceeded: boolean;
  /** The interpreter or runtime could not be started at all. */
  spawnError?: NodeJS.ErrnoException;
}

export interface TestRunListener {
  onEvent?(event: TestEvent): void;
  onOutput?(text: string): void;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

export function typeScriptRunSpec(files: RunnerFiles, nodePath: string, folder: string, testFile: string, onlyNames: string[]): ProcessSpec {
  const args = [`--test-reporter=${files.tsReporter}`, "--test-reporter-destination=stdout"];
  if (onlyNames.length > 0) {
    // Suites must match too for their tests to run, so the pattern also accepts any suite name on the path.
    args.push(`--test-name-pattern=^(?:${onlyNames.map(escapeRegExp).join("|")})$`);
  }
  args.push(files.tsRunner, testFile);
  return { command: nodePath, args, cwd: folder, env: childEnv({ ELECTRON_RUN_AS_NODE: "1" }) };
}

export function pythonRunSpec(files: RunnerFiles, pythonCommand: string, folder: string, onlyIds: string[]): ProcessSpec {
  return {
    command: pythonCommand,
    args: ["-X", "utf8", "-B", files.pythonRunner, folder, ...onlyIds],
    cwd: folder,
    env: childEnv({ PYTHONUNBUFFERED: "1", PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" }),
  };
}

/** The environment for test processes: the user's, minus options that would change how Node starts. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_OPTIONS;
  delete env.NODE_TEST_CONTEXT;
  return env;
}

export async function runExerciseTests(
  request: TestRunRequest,
  files: RunnerFiles,
  listener: TestRunListener = {},
  cancellation?: Cancellation,
): Promise<TestRunReport> {
  const report: TestRunReport = { started: [], results: [], errors: [], processes: [], timedOut: false, cancelled: false, outputLimitExceeded: false };
  const specs =
    request.language === "typescript"
      ? request.testFiles.map((file) => typeScriptRunSpec(files, request.nodePath, request.folder, file, request.only))
      : [pythonRunSpec(files, request.pythonCommand ?? "python3", request.folder, request.only)];

  for (const spec of specs) {
    if (cancellation?.isCancellationRequested) {
      report.cancelled = true;
      break;
    }
    const parser = new RunnerOutputParser(
      (event) => {
        if (event.type === "start") report.started.push(event);
        else if (event.type === "result") report.results.push(event);
        else report.errors.push(event);
        listener.onEvent?.(event);
      },
      (text) => listener.onOutput?.(text),
    );
    const outcome = await runProcess(spec, request.limits, { onStdout: (text) => parser.push(text), onStderr: (text) => listener.onOutput?.(text) }, cancellation);
    parser.end();
    report.processes.push(outcome);
    if (outcome.spawnError) {
      report.spawnError = outcome.spawnError;
      break;
    }
    report.timedOut ||= outcome.timedOut;
    report.cancelled ||= outcome.cancelled;
    report.outputLimitExceeded ||= outcome.outputLimitExceeded;
    if (outcome.cancelled) break;
  }
  return report;
}

export interface RunSummary {
  passed: number;
  failed: number;
  skipped: number;
  total: number;
}

export function summarize(report: TestRunReport): RunSummary {
  const count = (outcome: TestResultEvent["outcome"]) => report.results.filter((result) => result.outcome === outcome).length;
  return { passed: count("passed"), failed: count("failed"), skipped: count("skipped"), total: report.results.length };
}

/** A one-line explanation of why a run ended abnormally, or undefined when it ended normally. */
export function abnormalEnd(report: TestRunReport, limits: ProcessLimits): string | undefined {
  if (report.spawnError) return `could not start the test process: ${report.spawnError.message}`;
  if (report.timedOut) return `timed out after ${limits.timeoutMs / 1000} s: the tests were stopped (look for an infinite loop or a promise that never settles)`;
  if (report.outputLimitExceeded) return `stopped: the tests printed more than ${Math.round(limits.killAfterOutputBytes / 1_000_000)} MB of output`;
  if (report.cancelled) return "cancelled";
  const lastExit = report.processes.find((process) => process.exitCode !== 0 && process.exitCode !== 1 && process.exitCode !== null);
  if (lastExit) return `the test process exited with code ${lastExit.exitCode}`;
  return undefined;
}

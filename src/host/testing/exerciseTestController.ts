import * as path from "node:path";
import * as vscode from "vscode";
import { LANGUAGE_CONVENTIONS } from "../../core/exercises/exerciseLayout";
import { abnormalEnd, runExerciseTests, summarize, type RunnerFiles, type RunSummary, type TestRunReport } from "../../core/exercises/exerciseRunner";
import { DEFAULT_LIMITS, OutputCap, type ProcessLimits } from "../../core/exercises/processRunner";
import type { TestResultEvent } from "../../core/exercises/testEvents";
import { locatePythonTests, locateTypeScriptTests, type LocatedTest } from "../../core/exercises/testLocator";
import type { CatalogueService } from "../catalogueService";
import { InterpreterNotFoundError, resolvePythonInterpreter } from "../exercises/pythonInterpreter";
import type { WorkspaceExercise, WorkspaceExercises } from "../exercises/workspaceExercises";
import type { ProgressStore } from "../progress/progressStore";
import { Disposable } from "../util/disposable";
import type { Log } from "../util/log";

type ItemData =
  | { kind: "exercise"; exercise: WorkspaceExercise }
  | { kind: "file"; exercise: WorkspaceExercise; file: vscode.Uri }
  | { kind: "suite" | "test"; exercise: WorkspaceExercise; file: vscode.Uri; runnerId: string };

export const TEST_CONTROLLER_ID = "interviewPrep.exercises";
const MAX_OUTPUT_BYTES = 1_000_000;

export interface ExerciseRunResult {
  exerciseId: string;
  language: string;
  summary: RunSummary;
  /** Why the run ended abnormally (timeout, missing interpreter, restricted mode…), if it did. */
  problem?: string;
}

/** Exercise tests in VS Code's Testing view: discovery, runs, failures with diffs, continuous runs. */
export class ExerciseTestController extends Disposable {
  readonly controller = this.register(vscode.tests.createTestController(TEST_CONTROLLER_ID, "Interview Prep exercises"));
  private readonly data = new WeakMap<vscode.TestItem, ItemData>();
  private readonly runFinished = this.register(new vscode.EventEmitter<ExerciseRunResult>());
  readonly onDidFinishRun = this.runFinished.event;

  constructor(
    private readonly exercises: WorkspaceExercises,
    private readonly catalogue: CatalogueService,
    private readonly progress: ProgressStore,
    private readonly runnerFiles: RunnerFiles,
    private readonly log: Log,
  ) {
    super();
    this.controller.resolveHandler = async (item) => {
      if (!item) await this.exercises.refresh();
      else await this.resolveFile(item);
    };
    this.controller.refreshHandler = async () => {
      await this.exercises.refresh();
    };
    // Default run profile; it also supports continuous runs (re-run on save).
    this.register(this.controller.createRunProfile("Run exercise tests", vscode.TestRunProfileKind.Run, (request, token) => void this.run(request, token), true, undefined, true));
    this.register(this.exercises.onDidChange(() => this.rebuild()));
    this.register(this.exercises.onDidChangeFile((uri) => void this.onFileChanged(uri)));
    this.rebuild();
  }

  /** Rebuilds the exercise and file items (test cases resolve per file). */
  private rebuild(): void {
    const items: vscode.TestItem[] = [];
    for (const exercise of this.exercises.all()) {
      const meta = this.catalogue.exercise(exercise.exerciseId);
      const label = `${meta?.title ?? exercise.exerciseId} (${LANGUAGE_CONVENTIONS[exercise.language].label})`;
      const item = this.controller.createTestItem(exercise.folder.toString(), label, exercise.folder);
      this.data.set(item, { kind: "exercise", exercise });
      void this.addFiles(item, exercise);
      items.push(item);
    }
    this.controller.items.replace(items);
  }

  private async addFiles(parent: vscode.TestItem, exercise: WorkspaceExercise): Promise<void> {
    let entries: Array<[string, vscode.FileType]> = [];
    try {
      entries = await vscode.workspace.fs.readDirectory(exercise.folder);
    } catch {
      return;
    }
    const isTest = LANGUAGE_CONVENTIONS[exercise.language].isTest;
    const files = entries.filter(([name, type]) => type === vscode.FileType.File && isTest(name)).map(([name]) => name).sort();
    for (const name of files) {
      const uri = vscode.Uri.joinPath(exercise.folder, name);
      const item = this.controller.createTestItem(uri.toString(), name, uri);
      item.canResolveChildren = true;
      this.data.set(item, { kind: "file", exercise, file: uri });
      parent.children.add(item);
      await this.resolveFile(item);
    }
  }

  private async resolveFile(item: vscode.TestItem): Promise<void> {
    const data = this.data.get(item);
    if (!data || data.kind !== "file") return;
    let source: string;
    try {
      source = Buffer.from(await vscode.workspace.fs.readFile(data.file)).toString("utf8");
    } catch {
      item.children.replace([]);
      return;
    }
    const located =
      data.exercise.language === "typescript"
        ? locateTypeScriptTests(source)
        : locatePythonTests(source, path.basename(data.file.fsPath, ".py"));
    item.children.replace(located.map((test) => this.createCaseItem(test, data.exercise, data.file)));
    item.canResolveChildren = false;
  }

  private createCaseItem(test: LocatedTest, exercise: WorkspaceExercise, file: vscode.Uri): vscode.TestItem {
    const item = this.controller.createTestItem(`${file.toString()}::${test.id}`, test.label, file);
    item.range = new vscode.Range(test.line, 0, test.line, 0);
    this.data.set(item, { kind: test.kind, exercise, file, runnerId: test.id });
    item.children.replace(test.children.map((child) => this.createCaseItem(child, exercise, file)));
    return item;
  }

  private async onFileChanged(uri: vscode.Uri): Promise<void> {
    const exercise = this.exercises.containing(uri);
    if (!exercise) return;
    const exerciseItem = this.controller.items.get(exercise.folder.toString());
    const fileItem = exerciseItem?.children.get(uri.toString());
    if (fileItem) await this.resolveFile(fileItem);
    else if (exerciseItem && LANGUAGE_CONVENTIONS[exercise.language].isTest(path.basename(uri.fsPath))) await this.addFiles(exerciseItem, exercise);
    for (const listener of this.continuousListeners) listener(exercise);
  }

  private readonly continuousListeners = new Set<(exercise: WorkspaceExercise) => void>();

  /** Runs a request; with `continuous`, re-runs the affected exercises whenever their files change. */
  async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<ExerciseRunResult[]> {
    if (!request.continuous) return this.runOnce(request, token);
    const rerun = (exercise: WorkspaceExercise) => {
      const included = request.include?.filter((item) => this.data.get(item)?.exercise.folder.fsPath === exercise.folder.fsPath);
      if (request.include && included?.length === 0) return;
      const exerciseItem = this.controller.items.get(exercise.folder.toString());
      if (!exerciseItem) return;
      void this.runOnce(new vscode.TestRunRequest(included ?? [exerciseItem], request.exclude, request.profile), token);
    };
    this.continuousListeners.add(rerun);
    token.onCancellationRequested(() => this.continuousListeners.delete(rerun));
    return [];
  }

  private async runOnce(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<ExerciseRunResult[]> {
    const run = this.controller.createTestRun(request);
    const results: ExerciseRunResult[] = [];
    try {
      const groups = this.groupByExercise(request);
      if (!vscode.workspace.isTrusted) {
        const message = "Restricted Mode: running exercise tests executes code from this workspace, so it needs a trusted workspace. Trust the folder (Manage Workspace Trust) to run tests.";
        for (const group of groups.values()) for (const item of group.items) run.errored(item, new vscode.TestMessage(message));
        void vscode.window.showWarningMessage(`Interview Prep: ${message}`, "Manage Workspace Trust").then((choice) => {
          if (choice) void vscode.commands.executeCommand("workbench.trust.manage");
        });
        for (const group of groups.values()) {
          results.push({ exerciseId: group.exercise.exerciseId, language: group.exercise.language, summary: { passed: 0, failed: 0, skipped: 0, total: 0 }, problem: message });
        }
        return results;
      }
      for (const group of groups.values()) {
        if (token.isCancellationRequested) break;
        results.push(await this.runExercise(run, group.exercise, group.items, token));
      }
    } finally {
      run.end();
    }
    for (const result of results) this.runFinished.fire(result);
    return results;
  }

  private groupByExercise(request: vscode.TestRunRequest): Map<string, { exercise: WorkspaceExercise; items: vscode.TestItem[] }> {
    const groups = new Map<string, { exercise: WorkspaceExercise; items: vscode.TestItem[] }>();
    const include = request.include ?? [...iterate(this.controller.items)];
    for (const item of include) {
      const data = this.data.get(item);
      if (!data || request.exclude?.includes(item)) continue;
      const key = data.exercise.folder.fsPath;
      const group = groups.get(key) ?? { exercise: data.exercise, items: [] };
      group.items.push(item);
      groups.set(key, group);
    }
    return groups;
  }

  private async runExercise(run: vscode.TestRun, exercise: WorkspaceExercise, requested: vscode.TestItem[], token: vscode.CancellationToken): Promise<ExerciseRunResult> {
    const exerciseItem = this.controller.items.get(exercise.folder.toString());
    if (exerciseItem) for (const file of iterate(exerciseItem.children)) if (file.canResolveChildren) await this.resolveFile(file);

    // Leaf test items covered by the request, by runner id.
    const leaves = new Map<string, vscode.TestItem>();
    const collect = (item: vscode.TestItem) => {
      const data = this.data.get(item);
      if (data?.kind === "test") leaves.set(data.runnerId, item);
      for (const child of iterate(item.children)) collect(child);
    };
    requested.forEach(collect);
    const complete = requested.some((item) => this.data.get(item)?.kind === "exercise");
    const testFiles = new Set<string>();
    const only: string[] = [];
    for (const item of requested) {
      const data = this.data.get(item);
      if (!data) continue;
      if (data.kind === "exercise") for (const file of iterate(item.children)) testFiles.add(file.uri!.fsPath);
      else testFiles.add(data.file.fsPath);
      if (data.kind === "test" || data.kind === "suite") {
        only.push(exercise.language === "typescript" ? item.label : data.runnerId);
      }
    }
    const narrowed = requested.every((item) => {
      const kind = this.data.get(item)?.kind;
      return kind === "test" || kind === "suite";
    });
    for (const item of leaves.values()) run.enqueued(item);

    const limits: ProcessLimits = {
      ...DEFAULT_LIMITS,
      timeoutMs: Math.round(1000 * Math.max(1, vscode.workspace.getConfiguration("interviewPrep").get<number>("exercises.timeoutSeconds", 10))),
    };
    let pythonCommand: string | undefined;
    if (exercise.language === "python") {
      try {
        pythonCommand = (await resolvePythonInterpreter()).command;
      } catch (error) {
        const message = error instanceof InterpreterNotFoundError ? error.message : `Python could not be started: ${(error as Error).message}`;
        for (const item of leaves.size ? leaves.values() : requested) run.errored(item, new vscode.TestMessage(message));
        void vscode.window.showErrorMessage(`Interview Prep: ${message}`, "Open Settings").then((choice) => {
          if (choice) void vscode.commands.executeCommand("workbench.action.openSettings", "interviewPrep.python.interpreterPath");
        });
        return { exerciseId: exercise.exerciseId, language: exercise.language, summary: { passed: 0, failed: 0, skipped: 0, total: 0 }, problem: message };
      }
    }

    const output = new OutputCap(MAX_OUTPUT_BYTES, (text) => run.appendOutput(text.replace(/\r?\n/g, "\r\n")));
    const reported = new Set<string>();
    const report: TestRunReport = await runExerciseTests(
      {
        language: exercise.language,
        folder: exercise.folder.fsPath,
        testFiles: [...testFiles],
        only: narrowed ? only : [],
        nodePath: process.execPath,
        pythonCommand,
        limits,
      },
      this.runnerFiles,
      {
        onOutput: (text) => output.write(text),
        onEvent: (event) => {
          if (event.type === "start") {
            const item = leaves.get(event.id);
            if (item) run.started(item);
          } else if (event.type === "result") {
            const item = leaves.get(event.id);
            if (!item || (event.outcome === "skipped" && narrowed)) return;
            reported.add(event.id);
            this.reportResult(run, item, event);
          } else {
            output.write(`\n${event.message}\n`);
          }
        },
      },
      token,
    );

    const problem = abnormalEnd(report, limits);
    const runErrors = report.errors.map((error) => error.message).join("\n\n");
    for (const [id, item] of leaves) {
      if (reported.has(id)) continue;
      if (report.cancelled) run.skipped(item);
      else run.errored(item, new vscode.TestMessage(problem ?? (runErrors || "This test did not report a result (was it renamed, or did the file fail to load?). See the test output.")));
    }
    if (problem) output.write(`\n[Interview Prep] ${problem}\n`);
    const summary = summarize(report);
    const relevant = report.results.filter((result) => leaves.has(result.id) && !(narrowed && result.outcome === "skipped"));
    const failed = relevant.filter((result) => result.outcome === "failed").length + (problem && !report.cancelled ? 1 : 0);
    if (!report.cancelled) {
      await this.progress.dispatch({
        type: "testRunFinished",
        exerciseId: exercise.exerciseId,
        language: exercise.language,
        passed: relevant.filter((result) => result.outcome === "passed").length,
        failed,
        complete: complete && !problem,
        at: Date.now(),
      });
    }
    this.log.info(`tests ${exercise.exerciseId} (${exercise.language}): ${summary.passed} passed, ${summary.failed} failed${problem ? ` — ${problem}` : ""}`);
    return { exerciseId: exercise.exerciseId, language: exercise.language, summary, ...(problem ? { problem } : {}) };
  }

  private reportResult(run: vscode.TestRun, item: vscode.TestItem, result: TestResultEvent): void {
    const duration = result.durationMs;
    if (result.outcome === "passed") return run.passed(item, duration);
    if (result.outcome === "skipped") return run.skipped(item);
    const failure = result.failure ?? { message: "test failed" };
    const message =
      failure.expected !== undefined && failure.actual !== undefined
        ? vscode.TestMessage.diff(failure.message, failure.expected, failure.actual)
        : new vscode.TestMessage(failure.message);
    if (failure.file && failure.line) message.location = new vscode.Location(vscode.Uri.file(failure.file), new vscode.Position(failure.line - 1, 0));
    else if (item.uri && item.range) message.location = new vscode.Location(item.uri, item.range);
    run.failed(item, message, duration);
  }

  /** Runs every test of the exercise in `folder` (command and API entry point). */
  async runExerciseFolder(folder: vscode.Uri, token: vscode.CancellationToken = new vscode.CancellationTokenSource().token): Promise<ExerciseRunResult | undefined> {
    let item = this.controller.items.get(folder.toString());
    if (!item) {
      await this.exercises.refresh();
      item = this.controller.items.get(folder.toString());
    }
    if (!item) return undefined;
    const [result] = await this.runOnce(new vscode.TestRunRequest([item]), token);
    return result;
  }
}

function* iterate(collection: vscode.TestItemCollection): Generator<vscode.TestItem> {
  const items: vscode.TestItem[] = [];
  collection.forEach((item) => items.push(item));
  yield* items;
}

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
/** File events within this window (a save, Save All) cause one continuous re-run. */
const CONTINUOUS_DEBOUNCE_MS = 300;

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
  private readonly continuousListeners = new Set<(exercise: WorkspaceExercise) => void>();

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
    this.register(
      this.controller.createRunProfile(
        "Run exercise tests",
        vscode.TestRunProfileKind.Run,
        (request, token) =>
          this.run(request, token).then(
            () => undefined,
            (error: unknown) => this.log.error(`test run: ${(error as Error)?.stack ?? String(error)}`),
          ),
        true,
        undefined,
        true,
      ),
    );
    this.register(this.exercises.onDidChange(() => this.rebuild()));
    this.register(this.catalogue.onDidChange(() => this.rebuild()));
    this.register(this.exercises.onDidChangeFile((uri) => void this.onFileChanged(uri)));
    this.rebuild();
  }

  /**
   * Brings the exercise items in line with the workspace. Items that still exist are kept (the same
   * objects), so runs in progress, continuous-run requests and the Testing view's state stay valid.
   */
  private rebuild(): void {
    if (this.isDisposed) return;
    const items: vscode.TestItem[] = [];
    for (const exercise of this.exercises.all()) {
      const meta = this.catalogue.exercise(exercise.exerciseId);
      const label = `${meta?.title ?? exercise.exerciseId} (${LANGUAGE_CONVENTIONS[exercise.language].label})`;
      const id = exercise.folder.toString();
      const existing = this.controller.items.get(id);
      const known = existing ? this.data.get(existing) : undefined;
      const item =
        existing && known?.kind === "exercise" && known.exercise.exerciseId === exercise.exerciseId && known.exercise.language === exercise.language
          ? existing
          : this.controller.createTestItem(id, label, exercise.folder);
      item.label = label;
      this.data.set(item, { kind: "exercise", exercise });
      void this.addFiles(item, exercise);
      items.push(item);
    }
    this.controller.items.replace(items);
  }

  /** Lists the exercise's test files under its item (keeping existing file items) and resolves their cases. */
  private async addFiles(parent: vscode.TestItem, exercise: WorkspaceExercise): Promise<void> {
    let entries: Array<[string, vscode.FileType]> = [];
    try {
      entries = await vscode.workspace.fs.readDirectory(exercise.folder);
    } catch {
      return;
    }
    if (this.isDisposed) return;
    const isTest = LANGUAGE_CONVENTIONS[exercise.language].isTest;
    const names = entries.filter(([name, type]) => type === vscode.FileType.File && isTest(name)).map(([name]) => name).sort();
    const files = names.map((name) => {
      const uri = vscode.Uri.joinPath(exercise.folder, name);
      const existing = parent.children.get(uri.toString());
      if (existing && this.data.get(existing)?.kind === "file") return existing;
      const item = this.controller.createTestItem(uri.toString(), name, uri);
      item.canResolveChildren = true;
      this.data.set(item, { kind: "file", exercise, file: uri });
      return item;
    });
    parent.children.replace(files);
    await Promise.all(files.map((file) => this.resolveFile(file)));
  }

  private async resolveFile(item: vscode.TestItem): Promise<void> {
    const data = this.data.get(item);
    if (!data || data.kind !== "file") return;
    let source: string;
    try {
      source = Buffer.from(await vscode.workspace.fs.readFile(data.file)).toString("utf8");
    } catch {
      // The file is gone (or unreadable): so is its item.
      item.parent?.children.delete(item.id);
      return;
    }
    if (this.isDisposed) return;
    const located =
      data.exercise.language === "typescript"
        ? locateTypeScriptTests(source)
        : locatePythonTests(source, path.basename(data.file.fsPath, ".py"));
    this.syncCases(item.children, located, data.exercise, data.file);
    item.canResolveChildren = false;
  }

  /** Updates test-case items in place: same id, same object; new ones created, vanished ones removed. */
  private syncCases(collection: vscode.TestItemCollection, located: LocatedTest[], exercise: WorkspaceExercise, file: vscode.Uri): void {
    const items = new Map<string, vscode.TestItem>();
    for (const test of located) {
      const id = `${file.toString()}::${test.id}`;
      // node:test allows two tests with one name; the runner reports them under one id, and
      // TestItemCollection.replace throws on duplicate ids, so the first one stands for both.
      if (items.has(id)) continue;
      const item = collection.get(id) ?? this.controller.createTestItem(id, test.label, file);
      item.label = test.label;
      item.range = new vscode.Range(test.line, 0, test.line, 0);
      this.data.set(item, { kind: test.kind, exercise, file, runnerId: test.id });
      this.syncCases(item.children, test.children, exercise, file);
      items.set(id, item);
    }
    collection.replace([...items.values()]);
  }

  private async onFileChanged(uri: vscode.Uri): Promise<void> {
    if (this.isDisposed) return;
    const exercise = this.exercises.containing(uri);
    if (!exercise) return;
    const exerciseItem = this.controller.items.get(exercise.folder.toString());
    if (exerciseItem) {
      const fileItem = exerciseItem.children.get(uri.toString());
      if (fileItem) await this.resolveFile(fileItem);
      else if (LANGUAGE_CONVENTIONS[exercise.language].isTest(path.basename(uri.fsPath))) await this.addFiles(exerciseItem, exercise);
      // Any change to a stub or test makes the exercise's last results stale.
      this.controller.invalidateTestResults(exerciseItem);
    }
    for (const listener of this.continuousListeners) listener(exercise);
  }

  /** Runs a request; with `continuous`, re-runs the affected exercises whenever their files change, until cancelled. */
  async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<ExerciseRunResult[]> {
    if (!request.continuous) return this.runOnce(request, token);
    const debounce = new Map<string, ReturnType<typeof setTimeout>>();
    const inFlight = new Map<string, vscode.CancellationTokenSource>();
    const start = (exercise: WorkspaceExercise) => {
      const key = exercise.folder.fsPath;
      debounce.delete(key);
      if (token.isCancellationRequested || this.isDisposed) return;
      const exerciseItem = this.controller.items.get(exercise.folder.toString());
      if (!exerciseItem) return;
      const included = request.include?.filter((item) => this.data.get(item)?.exercise.folder.fsPath === key);
      if (request.include && included?.length === 0) return;
      // A newer save supersedes a run of the same exercise that is still going.
      inFlight.get(key)?.cancel();
      const source = new vscode.CancellationTokenSource();
      inFlight.set(key, source);
      const link = token.onCancellationRequested(() => source.cancel());
      this.runOnce(new vscode.TestRunRequest(included ?? [exerciseItem], request.exclude, request.profile, true), source.token)
        .catch((error: unknown) => this.log.error(`continuous run: ${(error as Error)?.stack ?? String(error)}`))
        .finally(() => {
          link.dispose();
          if (inFlight.get(key) === source) inFlight.delete(key);
          source.dispose();
        });
    };
    const rerun = (exercise: WorkspaceExercise) => {
      // One run per burst of file events (a save, Save All, a reset writing several files).
      const key = exercise.folder.fsPath;
      clearTimeout(debounce.get(key));
      debounce.set(key, setTimeout(() => start(exercise), CONTINUOUS_DEBOUNCE_MS));
    };
    this.continuousListeners.add(rerun);
    const stop = token.onCancellationRequested(() => {
      this.continuousListeners.delete(rerun);
      for (const timer of debounce.values()) clearTimeout(timer);
      debounce.clear();
      stop.dispose();
    });
    return [];
  }

  private async runOnce(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<ExerciseRunResult[]> {
    const run = this.controller.createTestRun(request);
    // Stop on the caller's token and on Cancel in the Testing UI (run.token): runs started by a
    // command or the API have no other way to be cancelled.
    const cancellation = new vscode.CancellationTokenSource();
    const links = [token.onCancellationRequested(() => cancellation.cancel()), run.token.onCancellationRequested(() => cancellation.cancel())];
    if (token.isCancellationRequested || run.token.isCancellationRequested) cancellation.cancel();
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
        if (cancellation.token.isCancellationRequested) break;
        try {
          results.push(await this.runExercise(run, group.exercise, group.items, request.exclude ?? [], cancellation.token));
        } catch (error) {
          const message = `The test run failed: ${(error as Error)?.message ?? String(error)}`;
          this.log.error(`tests ${group.exercise.exerciseId} (${group.exercise.language}): ${(error as Error)?.stack ?? String(error)}`);
          for (const item of group.items) run.errored(item, new vscode.TestMessage(message));
          results.push({ exerciseId: group.exercise.exerciseId, language: group.exercise.language, summary: { passed: 0, failed: 0, skipped: 0, total: 0 }, problem: message });
        }
      }
    } finally {
      run.end();
      links.forEach((link) => link.dispose());
      cancellation.dispose();
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

  private async runExercise(
    run: vscode.TestRun,
    exercise: WorkspaceExercise,
    requested: vscode.TestItem[],
    exclude: readonly vscode.TestItem[],
    token: vscode.CancellationToken,
  ): Promise<ExerciseRunResult> {
    const empty = (problem?: string): ExerciseRunResult => ({
      exerciseId: exercise.exerciseId,
      language: exercise.language,
      summary: { passed: 0, failed: 0, skipped: 0, total: 0 },
      ...(problem ? { problem } : {}),
    });
    const wholeExercise = requested.some((item) => this.data.get(item)?.kind === "exercise");
    const exerciseItem = this.controller.items.get(exercise.folder.toString());
    // A run right after generation can come before discovery has listed the files: list them now.
    if (exerciseItem && (wholeExercise || exerciseItem.children.size === 0)) await this.addFiles(exerciseItem, exercise);
    if (exerciseItem) for (const file of iterate(exerciseItem.children)) if (file.canResolveChildren) await this.resolveFile(file);

    // Leaf test items covered by the request (minus its exclusions, at any depth), by runner id.
    const excluded = new Set(exclude);
    let anyExcluded = false;
    const leaves = new Map<string, vscode.TestItem>();
    const collect = (item: vscode.TestItem) => {
      if (excluded.has(item)) {
        anyExcluded = true;
        return;
      }
      const data = this.data.get(item);
      if (data?.kind === "test") leaves.set(data.runnerId, item);
      for (const child of iterate(item.children)) collect(child);
    };
    requested.forEach(collect);
    if (anyExcluded && leaves.size === 0) return empty();

    const typescript = exercise.language === "typescript";
    const testFiles = new Set<string>();
    let only: string[] = [];
    const caseData = (item: vscode.TestItem) => this.data.get(item) as Extract<ItemData, { runnerId: string }>;
    if (anyExcluded) {
      // Exclusions inside the request: run exactly the remaining tests.
      for (const item of leaves.values()) {
        testFiles.add(caseData(item).file.fsPath);
        only.push(typescript ? item.label : caseData(item).runnerId);
      }
    } else {
      for (const item of requested) {
        const data = this.data.get(item);
        if (!data) continue;
        if (data.kind === "exercise") for (const file of iterate(item.children)) testFiles.add(file.uri!.fsPath);
        else testFiles.add(data.file.fsPath);
      }
      const partial = requested.some((item) => {
        const kind = this.data.get(item)?.kind;
        return kind === "suite" || kind === "test";
      });
      if (typescript && partial) {
        // Name filters match test names (suites' names differ between Node versions), so list the tests.
        only = [...new Set([...leaves.values()].map((item) => item.label))];
      } else if (!typescript && !wholeExercise) {
        only = requested.flatMap((item) => {
          const data = this.data.get(item);
          if (!data || data.kind === "exercise") return [];
          return [data.kind === "file" ? path.basename(data.file.fsPath, ".py") : data.runnerId];
        });
      }
    }
    if (typescript && testFiles.size === 0) {
      const problem = "no test files were found in this exercise folder";
      for (const item of requested) run.errored(item, new vscode.TestMessage(`The tests could not run: ${problem}.`));
      return empty(problem);
    }
    const narrowed = only.length > 0;
    const complete = wholeExercise && !anyExcluded;
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
        return empty(message);
      }
    }

    const output = new OutputCap(MAX_OUTPUT_BYTES, (text) => run.appendOutput(text.replace(/\r?\n/g, "\r\n")));
    const reported = new Set<string>();
    // With a name filter, Node reports the tests it did not select as skipped: not results of this run.
    const skippedByFilter = new Set<string>();
    const report: TestRunReport = await runExerciseTests(
      {
        language: exercise.language,
        folder: exercise.folder.fsPath,
        testFiles: [...testFiles],
        only,
        nodePath: process.execPath,
        pythonCommand,
        limits,
      },
      this.runnerFiles,
      {
        onOutput: (text) => output.write(text),
        onEvent: (event) => {
          if (event.type === "start") {
            // Start events also come for suites; only results (always tests) may add items.
            const item = leaves.get(event.id);
            if (item) run.started(item);
          } else if (event.type === "result") {
            const item = leaves.get(event.id) ?? (narrowed ? undefined : this.discoveredAtRun(exercise, event, leaves));
            if (!item) return;
            if (event.outcome === "skipped" && narrowed) {
              skippedByFilter.add(event.id);
              return;
            }
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
      if (report.cancelled || (!problem && skippedByFilter.has(id))) run.skipped(item);
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

  /**
   * A test the static locator could not see (a name built at run time, e.g. a template literal or a
   * loop): added under its file when the runner reports it, so its result is shown, not dropped.
   */
  private discoveredAtRun(exercise: WorkspaceExercise, event: { id: string; name: string; file?: string; line?: number }, leaves: Map<string, vscode.TestItem>): vscode.TestItem | undefined {
    if (!event.file) return undefined;
    const file = vscode.Uri.file(event.file);
    const fileItem = this.controller.items.get(exercise.folder.toString())?.children.get(file.toString());
    if (!fileItem) return undefined;
    const id = `${file.toString()}::${event.id}`;
    const item = fileItem.children.get(id) ?? this.controller.createTestItem(id, event.id, file);
    if (event.line) item.range = new vscode.Range(event.line - 1, 0, event.line - 1, 0);
    this.data.set(item, { kind: "test", exercise, file, runnerId: event.id });
    fileItem.children.add(item);
    leaves.set(event.id, item);
    return item;
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
  async runExerciseFolder(folder: vscode.Uri, token?: vscode.CancellationToken): Promise<ExerciseRunResult | undefined> {
    let item = this.controller.items.get(folder.toString());
    if (!item) {
      await this.exercises.refresh();
      item = this.controller.items.get(folder.toString());
    }
    if (!item) return undefined;
    const source = token ? undefined : new vscode.CancellationTokenSource();
    try {
      const [result] = await this.runOnce(new vscode.TestRunRequest([item]), token ?? source!.token);
      return result;
    } finally {
      source?.dispose();
    }
  }

  override dispose(): void {
    this.continuousListeners.clear();
    super.dispose();
  }
}

function* iterate(collection: vscode.TestItemCollection): Generator<vscode.TestItem> {
  const items: vscode.TestItem[] = [];
  collection.forEach((item) => items.push(item));
  yield* items;
}

import * as path from "node:path";
import * as vscode from "vscode";
import { isExerciseLanguage, type ExerciseLanguage, type ExerciseMeta } from "../../core/content/types";
import { LANGUAGE_CONVENTIONS } from "../../core/exercises/exerciseLayout";
import { backupFile, exerciseFolderPath, planScaffold, replaceFileAtomically, writeScaffold } from "../../core/exercises/scaffold";
import type { CatalogueService } from "../catalogueService";
import type { ProgressStore } from "../progress/progressStore";
import type { ExerciseTestController } from "../testing/exerciseTestController";
import { Disposable } from "../util/disposable";
import type { Log } from "../util/log";
import type { WorkspaceExercise, WorkspaceExercises } from "./workspaceExercises";

export const SOLUTION_SCHEME = "interview-prep-solution";
const PENDING_OPEN_KEY = "interviewPrep.pendingOpen";

/**
 * Generating exercises into the workspace, hints, the reference solution, reset, the CodeLens on
 * stubs and the status-bar item for the current exercise.
 */
export class ExerciseCommands extends Disposable implements vscode.CodeLensProvider, vscode.TextDocumentContentProvider {
  private readonly statusItem = this.register(vscode.window.createStatusBarItem("interviewPrep.exerciseStatus", vscode.StatusBarAlignment.Left, 50));
  private readonly codeLensChanged = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.codeLensChanged.event;
  private readonly solutionChanged = this.register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.solutionChanged.event;
  testController?: ExerciseTestController;
  /** Stub file names per exercise and language (from the course content; cleared when it reloads). */
  private readonly stubNameCache = new Map<string, Promise<string[]>>();

  constructor(
    private readonly catalogue: CatalogueService,
    private readonly progress: ProgressStore,
    private readonly exercises: WorkspaceExercises,
    private readonly log: Log,
    private readonly globalState: vscode.Memento,
  ) {
    super();
    this.statusItem.name = "Interview Prep exercise";
    this.register(vscode.languages.registerCodeLensProvider([{ language: "typescript", scheme: "file" }, { language: "python", scheme: "file" }], this));
    this.register(vscode.workspace.registerTextDocumentContentProvider(SOLUTION_SCHEME, this));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.updateStatus()));
    this.register(progress.onDidChange(() => {
      this.updateStatus();
      this.codeLensChanged.fire();
    }));
    this.register(exercises.onDidChange(() => {
      this.updateStatus();
      this.codeLensChanged.fire();
    }));
    this.register(catalogue.onDidChange(() => {
      this.stubNameCache.clear();
      this.updateStatus();
      this.codeLensChanged.fire();
    }));
    this.updateStatus();
  }

  /** Opens an exercise that was generated into a new folder just before the window reloaded. */
  async openPendingExercise(): Promise<void> {
    const pending = this.globalState.get<string>(PENDING_OPEN_KEY);
    if (!pending) return;
    await this.globalState.update(PENDING_OPEN_KEY, undefined);
    const uri = vscode.Uri.parse(pending, true);
    if (vscode.workspace.getWorkspaceFolder(uri)) await this.openExerciseFiles(uri);
  }

  // ---- Generate -------------------------------------------------------------------------------

  /** Command: pick (or take) an exercise and a language, write it into the workspace, open it. */
  async generate(exerciseId?: unknown, language?: unknown): Promise<vscode.Uri | undefined> {
    const exercise = typeof exerciseId === "string" ? this.catalogue.exercise(exerciseId) : await this.pickExercise();
    if (!exercise) {
      if (typeof exerciseId === "string") void vscode.window.showErrorMessage(`Interview Prep: there is no exercise "${exerciseId}".`);
      return undefined;
    }
    const chosenLanguage = isExerciseLanguage(language) && exercise.languages.includes(language) ? language : await this.pickLanguage(exercise);
    if (!chosenLanguage) return undefined;

    const folders = vscode.workspace.workspaceFolders ?? [];
    let root: vscode.Uri | undefined;
    let reloadInto: vscode.Uri | undefined;
    if (folders.length === 1) {
      root = folders[0].uri;
    } else if (folders.length > 1) {
      // Multi-root: the folder that already holds this exercise, else ask (never silently the first one).
      const existing = this.exercises.all().find((candidate) => candidate.exerciseId === exercise.id && candidate.language === chosenLanguage);
      root = existing ? vscode.workspace.getWorkspaceFolder(existing.folder)?.uri : undefined;
      if (!root) {
        const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: `Workspace folder to generate "${exercise.title}" in`, ignoreFocusOut: true });
        if (!picked) return undefined;
        root = picked.uri;
      }
    } else {
      const choice = await vscode.window.showInformationMessage(
        "Exercises are written into a folder. Open a folder to put it in?",
        { modal: true, detail: "Pick an existing folder or create a new one; the window then opens it with the exercise." },
        "Choose Folder…",
      );
      if (choice !== "Choose Folder…") return undefined;
      const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: "Use for Exercises" });
      if (!picked?.[0]) return undefined;
      root = picked[0];
      reloadInto = root;
    }
    const folderSetting = vscode.workspace.getConfiguration("interviewPrep", root).get<string>("exercises.folder", "interview-exercises");
    let target: string;
    try {
      target = exerciseFolderPath(root.fsPath, folderSetting, exercise.id, chosenLanguage);
    } catch (error) {
      void vscode.window.showErrorMessage(`Interview Prep: the setting interviewPrep.exercises.folder ("${folderSetting}") is not usable: ${(error as Error).message}`);
      return undefined;
    }
    const targetUri = vscode.Uri.file(target);
    try {
      const sources = await this.catalogue.scaffoldSources(exercise, chosenLanguage);
      const result = await writeScaffold(target, planScaffold(exercise, chosenLanguage, sources));
      this.log.info(`generated ${exercise.id} (${chosenLanguage}) in ${target}: wrote ${result.written.length} files, kept ${result.kept.length} existing`);
      if (result.written.length === 0) {
        void vscode.window.showInformationMessage(`Interview Prep: "${exercise.title}" is already in your workspace; opened it as it is.`);
      } else if (result.kept.length > 0) {
        void vscode.window.showInformationMessage(`Interview Prep: added ${result.written.length} missing files to "${exercise.title}"; your existing files were left untouched.`);
      }
    } catch (error) {
      this.log.error(`generate ${exercise.id}: ${(error as Error).stack ?? error}`);
      void vscode.window.showErrorMessage(`Interview Prep: could not generate "${exercise.title}": ${(error as Error).message}`);
      return undefined;
    }
    await this.progress.dispatch({ type: "exerciseStarted", exerciseId: exercise.id, at: Date.now() });
    if (reloadInto) {
      await this.globalState.update(PENDING_OPEN_KEY, targetUri.toString());
      await vscode.commands.executeCommand("vscode.openFolder", reloadInto);
      return targetUri;
    }
    this.exercises.add({ exerciseId: exercise.id, language: chosenLanguage, folder: targetUri });
    await this.openExerciseFiles(targetUri);
    return targetUri;
  }

  private async openExerciseFiles(folder: vscode.Uri): Promise<void> {
    const exercise = this.exercises.containing(vscode.Uri.joinPath(folder, "README.md"));
    await vscode.commands.executeCommand("markdown.showPreview", vscode.Uri.joinPath(folder, "README.md")).then(undefined, () => undefined);
    const stub = exercise ? await this.stubFiles(exercise) : [];
    if (stub[0]) await vscode.window.showTextDocument(stub[0], { preview: false, viewColumn: vscode.ViewColumn.One });
  }

  private async pickExercise(): Promise<ExerciseMeta | undefined> {
    type Item = vscode.QuickPickItem & { exercise?: ExerciseMeta };
    const { categories, guides, exercises } = this.catalogue.current;
    const items: Item[] = [];
    for (const category of categories) {
      const inCategory = exercises.filter((exercise) => guides.find((guide) => guide.id === exercise.guide)?.category === category.id);
      if (inCategory.length === 0) continue;
      items.push({ label: category.title, kind: vscode.QuickPickItemKind.Separator });
      for (const exercise of inCategory) {
        const status = this.progress.exercise(exercise.id).status;
        items.push({
          label: `${status === "passed" ? "$(pass) " : status === "attempted" ? "$(circle-large-outline) " : "$(beaker) "}${exercise.title}`,
          description: `${category.title} · ${exercise.difficulty} · ${exercise.languages.map((language) => LANGUAGE_CONVENTIONS[language].label).join(", ")}`,
          detail: exercise.summary,
          exercise,
        });
      }
    }
    const picked = await vscode.window.showQuickPick(items, {
      title: "Generate Practice Exercise",
      placeHolder: "Filter by name, topic, difficulty (beginner, intermediate, advanced) or language",
      matchOnDescription: true,
      matchOnDetail: true,
    });
    return picked?.exercise;
  }

  private async pickLanguage(exercise: ExerciseMeta): Promise<ExerciseLanguage | undefined> {
    const preferred = vscode.workspace.getConfiguration("interviewPrep").get<string>("exercises.defaultLanguage", "typescript");
    if (isExerciseLanguage(preferred) && exercise.languages.includes(preferred)) return preferred;
    if (exercise.languages.length === 1) return exercise.languages[0];
    const picked = await vscode.window.showQuickPick(
      exercise.languages.map((language) => ({ label: LANGUAGE_CONVENTIONS[language].label, language })),
      { title: `${exercise.title}: language`, placeHolder: "Set interviewPrep.exercises.defaultLanguage to skip this question" },
    );
    return picked?.language;
  }

  // ---- Hints, solution, reset -------------------------------------------------------------------

  /** The exercise a command applies to: an argument (id or folder), else the active editor's. */
  private target(arg: unknown): { meta: ExerciseMeta; workspace?: WorkspaceExercise } | undefined {
    if (typeof arg === "string") {
      const meta = this.catalogue.exercise(arg);
      return meta ? { meta, workspace: this.exercises.all().find((exercise) => exercise.exerciseId === arg) } : undefined;
    }
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    const workspace = uri ? (this.exercises.containing(uri) ?? this.exercises.all().find((exercise) => exercise.folder.fsPath === uri.fsPath)) : undefined;
    const meta = workspace ? this.catalogue.exercise(workspace.exerciseId) : undefined;
    return meta ? { meta, workspace } : undefined;
  }

  /** Says why a command has no exercise to act on. */
  private explainNoTarget(arg: unknown, action: string): void {
    if (typeof arg === "string") {
      const meta = this.catalogue.exercise(arg);
      if (!meta) void vscode.window.showErrorMessage(`Interview Prep: there is no exercise "${arg}".`);
      else void vscode.window.showInformationMessage(`Interview Prep: "${meta.title}" is not in this workspace yet. Generate it first (Generate Practice Exercise), then ${action}.`);
      return;
    }
    void vscode.window.showInformationMessage(`Interview Prep: open a file of a generated exercise to ${action}.`);
  }

  async showHint(arg?: unknown): Promise<void> {
    const target = this.target(arg);
    if (!target) {
      this.explainNoTarget(arg, "see its hints");
      return;
    }
    const { meta } = target;
    let revealed = this.progress.exercise(meta.id).hintsUsed;
    const show = async (index: number): Promise<void> => {
      const hint = meta.hints[index];
      const isLast = index + 1 >= meta.hints.length;
      const choice = await vscode.window.showInformationMessage(
        `Hint ${index + 1} of ${meta.hints.length}: ${meta.title}`,
        { modal: true, detail: hint },
        ...(isLast ? [] : [index + 1 < revealed ? "Next Hint" : "Reveal Next Hint"]),
        ...(index > 0 ? ["Previous Hint"] : []),
      );
      if (choice === "Reveal Next Hint" || choice === "Next Hint") {
        if (index + 2 > revealed) {
          revealed = index + 2;
          await this.progress.dispatch({ type: "hintRevealed", exerciseId: meta.id, hintNumber: revealed, at: Date.now() });
        }
        return show(index + 1);
      }
      if (choice === "Previous Hint") return show(index - 1);
    };
    if (revealed === 0) {
      revealed = 1;
      await this.progress.dispatch({ type: "hintRevealed", exerciseId: meta.id, hintNumber: 1, at: Date.now() });
    }
    await show(Math.min(revealed, meta.hints.length) - 1);
  }

  async compareWithSolution(arg?: unknown): Promise<void> {
    const target = this.target(arg);
    if (!target?.workspace) {
      this.explainNoTarget(arg, "compare it with the reference solution");
      return;
    }
    const { meta, workspace } = target;
    const confirm = await vscode.window.showWarningMessage(
      `Compare your "${meta.title}" with the reference solution?`,
      { modal: true, detail: "Seeing the solution is recorded in your progress. Trying the hints first usually teaches more." },
      "Show Solution",
    );
    if (confirm !== "Show Solution") return;
    let sources: Awaited<ReturnType<CatalogueService["scaffoldSources"]>>;
    try {
      sources = await this.catalogue.scaffoldSources(meta, workspace.language);
    } catch (error) {
      this.log.error(`compare ${meta.id}: ${(error as Error).message}`);
      void vscode.window.showErrorMessage(`Interview Prep: the reference solution of "${meta.title}" could not be read: ${(error as Error).message}`);
      return;
    }
    await this.progress.dispatch({ type: "solutionViewed", exerciseId: meta.id, at: Date.now() });
    for (const solution of sources.solutions) {
      const mine = vscode.Uri.joinPath(workspace.folder, solution.path);
      const reference = vscode.Uri.from({ scheme: SOLUTION_SCHEME, path: `/${meta.id}/${workspace.language}/${solution.path}` });
      await vscode.commands.executeCommand("vscode.diff", mine, reference, `${solution.path}: yours ↔ reference solution`, { preview: false });
    }
  }

  /** Read-only content of reference solutions for the diff editor. */
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const [, exerciseId, language, file] = uri.path.split("/");
    const meta = this.catalogue.exercise(exerciseId);
    if (!meta || !isExerciseLanguage(language)) return "";
    const sources = await this.catalogue.scaffoldSources(meta, language);
    return sources.solutions.find((solution) => solution.path === file)?.content ?? "";
  }

  async resetExercise(arg?: unknown): Promise<void> {
    const target = this.target(arg);
    if (!target?.workspace) {
      this.explainNoTarget(arg, "reset it");
      return;
    }
    const { meta, workspace } = target;
    let sources: Awaited<ReturnType<CatalogueService["scaffoldSources"]>>;
    try {
      sources = await this.catalogue.scaffoldSources(meta, workspace.language);
    } catch (error) {
      void vscode.window.showErrorMessage(`Interview Prep: the stub of "${meta.title}" could not be read: ${(error as Error).message}`);
      return;
    }
    const confirm = await vscode.window.showWarningMessage(
      `Reset "${meta.title}" to the original stub?`,
      { modal: true, detail: `Your current ${sources.stubs.map((stub) => stub.path).join(", ")} will be copied to .backup/ first, then replaced by the stub. Test files are not touched.` },
      "Back Up and Reset",
    );
    if (confirm !== "Back Up and Reset") return;
    const files = sources.stubs.map((stub) => ({ stub, file: path.join(workspace.folder.fsPath, stub.path) }));
    // Unsaved edits belong in the backup: save them first (the editor then shows the reset file, not a conflict).
    for (const document of vscode.workspace.textDocuments) {
      if (document.isDirty && document.uri.scheme === "file" && files.some(({ file }) => file === document.uri.fsPath) && !(await document.save())) {
        void vscode.window.showErrorMessage(`Interview Prep: reset stopped, ${path.basename(document.uri.fsPath)} has unsaved changes that could not be saved. Nothing was changed.`);
        return;
      }
    }
    const backups: string[] = [];
    const stamp = new Date();
    // Back up everything before replacing anything, so a failed backup leaves every file as it was.
    for (const { stub, file } of files) {
      try {
        backups.push(await backupFile(file, stamp));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
          void vscode.window.showErrorMessage(`Interview Prep: reset stopped, the backup of ${stub.path} failed: ${(error as Error).message}. Nothing was changed.`);
          return;
        }
      }
    }
    try {
      for (const { stub, file } of files) await replaceFileAtomically(file, stub.content);
    } catch (error) {
      void vscode.window.showErrorMessage(`Interview Prep: reset of "${meta.title}" failed: ${(error as Error).message}. Your previous code is in .backup/.`);
      return;
    }
    this.log.info(`reset ${meta.id} (${workspace.language}); backups: ${backups.join(", ") || "none"}`);
    void vscode.window.showInformationMessage(`Interview Prep: "${meta.title}" was reset. Your previous code is in ${backups.map((backup) => path.relative(workspace.folder.fsPath, backup)).join(", ") || "(no previous file)"}.`);
  }

  async runTests(arg?: unknown): Promise<void> {
    const target = this.target(arg);
    if (!target?.workspace || !this.testController) {
      this.explainNoTarget(arg, "run its tests");
      return;
    }
    await this.testController.runExerciseFolder(target.workspace.folder);
  }

  private async stubFiles(exercise: WorkspaceExercise): Promise<vscode.Uri[]> {
    return (await this.stubNames(exercise)).map((name) => vscode.Uri.joinPath(exercise.folder, name));
  }

  private stubNames(exercise: WorkspaceExercise): Promise<string[]> {
    const key = `${exercise.exerciseId}/${exercise.language}`;
    let names = this.stubNameCache.get(key);
    if (!names) {
      const meta = this.catalogue.exercise(exercise.exerciseId);
      names = meta
        ? this.catalogue.scaffoldSources(meta, exercise.language).then(
            (sources) => sources.stubs.map((stub) => stub.path),
            () => [],
          )
        : Promise.resolve([]);
      this.stubNameCache.set(key, names);
    }
    return names;
  }

  // ---- CodeLens and status bar --------------------------------------------------------------------

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const exercise = this.exercises.containing(document.uri);
    if (!exercise || path.dirname(document.uri.fsPath) !== exercise.folder.fsPath) return [];
    // Only on the exercise's stub files: not on tests, helpers the learner adds, or type declarations.
    if (!(await this.stubNames(exercise)).includes(path.basename(document.uri.fsPath))) return [];
    const meta = this.catalogue.exercise(exercise.exerciseId);
    if (!meta) return [];
    const progress = this.progress.exercise(meta.id);
    const range = new vscode.Range(0, 0, 0, 0);
    const nextHint = Math.min(progress.hintsUsed + 1, meta.hints.length);
    return [
      new vscode.CodeLens(range, { title: "$(play) Run tests", command: "interviewPrep.runExerciseTests", arguments: [exercise.folder] }),
      new vscode.CodeLens(range, {
        title: `$(lightbulb) Show hint (${progress.hintsUsed >= meta.hints.length ? `all ${meta.hints.length} revealed` : `${nextHint}/${meta.hints.length}`})`,
        command: "interviewPrep.showHint",
        arguments: [exercise.folder],
      }),
      new vscode.CodeLens(range, { title: "$(diff) Compare with reference solution", command: "interviewPrep.compareWithSolution", arguments: [exercise.folder] }),
      new vscode.CodeLens(range, { title: "$(discard) Reset exercise", command: "interviewPrep.resetExercise", arguments: [exercise.folder] }),
    ];
  }

  private updateStatus(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const exercise = uri ? this.exercises.containing(uri) : undefined;
    const meta = exercise ? this.catalogue.exercise(exercise.exerciseId) : undefined;
    void vscode.commands.executeCommand("setContext", "interviewPrep.inExercise", Boolean(meta));
    if (!exercise || !meta) {
      this.statusItem.hide();
      return;
    }
    const progress = this.progress.exercise(meta.id);
    const status =
      progress.status === "passed" ? "$(pass-filled) passed" : progress.status === "attempted" ? `$(circle-large-outline) ${progress.attempts} run${progress.attempts === 1 ? "" : "s"}` : "$(beaker) not run yet";
    this.statusItem.text = `$(mortar-board) ${meta.title}: ${status}`;
    this.statusItem.tooltip = `${meta.title} (${LANGUAGE_CONVENTIONS[exercise.language].label}) · hints ${progress.hintsUsed}/${meta.hints.length}${progress.solutionViewed ? " · solution viewed" : ""}\nClick to run the tests.`;
    this.statusItem.command = { command: "interviewPrep.runExerciseTests", title: "Run Exercise Tests", arguments: [exercise.folder] };
    this.statusItem.show();
  }
}

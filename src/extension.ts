// Activation: build the parts, wire them, register every disposable. Nothing here parses guides:
// the catalogue comes from the build-time index.
import * as path from "node:path";
import * as vscode from "vscode";
import type { InterviewPrepApi } from "./host/api";
import { CatalogueService } from "./host/catalogueService";
import { ExerciseCommands } from "./host/exercises/exerciseCommands";
import { WorkspaceExercises } from "./host/exercises/workspaceExercises";
import { GuidePanelManager } from "./host/guide/guidePanelManager";
import { ProgressStore } from "./host/progress/progressStore";
import { ReviewService } from "./host/review/reviewService";
import { searchGuides } from "./host/searchGuides";
import { ExerciseTestController } from "./host/testing/exerciseTestController";
import { TopicsTreeProvider, type TopicNode } from "./host/tree/topicsTree";
import { Log } from "./host/util/log";
import { reviewPage } from "./core/protocol/messages";

export async function activate(context: vscode.ExtensionContext): Promise<InterviewPrepApi> {
  const track = <T extends vscode.Disposable>(disposable: T): T => {
    context.subscriptions.push(disposable);
    return disposable;
  };
  const log = track(new Log());
  const catalogue = track(new CatalogueService(context.extensionPath, log));
  const progress = track(new ProgressStore(context.globalState, log));
  const reviews = track(new ReviewService(catalogue, progress));
  const workspaceExercises = track(new WorkspaceExercises());
  const exerciseCommands = track(new ExerciseCommands(catalogue, progress, workspaceExercises, log, context.globalState));
  const panels = track(
    new GuidePanelManager(context.extensionUri, catalogue, progress, reviews, log, {
      generateExercise: (exerciseId, language) => exerciseCommands.generate(exerciseId, language),
      showHint: (exerciseId) => exerciseCommands.showHint(exerciseId),
    }),
  );
  const runnerFolder = path.join(context.extensionPath, "dist", "runners");
  const tests = track(
    new ExerciseTestController(
      workspaceExercises,
      catalogue,
      progress,
      {
        tsRunner: path.join(runnerFolder, "tsTestRunner.js"),
        tsReporter: path.join(runnerFolder, "testEventReporter.mjs"),
        pythonRunner: path.join(runnerFolder, "interview_prep_runner.py"),
      },
      log,
    ),
  );
  exerciseCommands.testController = tests;

  const topics = track(new TopicsTreeProvider(catalogue, progress, reviews));
  const treeView = track(vscode.window.createTreeView<TopicNode>("interviewPrep.topics", { treeDataProvider: topics, showCollapseAll: true }));
  // The view's title shows how many questions are due today (per guide and category in the tree).
  const showDue = () => {
    const due = reviews.dueTotal();
    treeView.description = due > 0 ? `${due} question${due === 1 ? "" : "s"} due` : undefined;
  };
  track(reviews.onDidChange(showDue));

  // Commands get a guide or exercise id (tree item command, guide panel, other extensions), a TopicNode
  // (tree context menu), a Uri (CodeLens, editor title, status bar) or nothing (command palette).
  const topicNode = (arg: unknown): TopicNode | undefined =>
    typeof arg === "object" && arg !== null && !(arg instanceof vscode.Uri) && typeof (arg as { kind?: unknown }).kind === "string" ? (arg as TopicNode) : undefined;
  const guideIdFrom = (arg: unknown): string | undefined => {
    if (typeof arg === "string") return arg;
    const node = topicNode(arg);
    if (node?.kind === "guide") return node.guide.id;
    if (node?.kind === "exercise") return node.guideId;
    if (node) return undefined;
    const selected = treeView.selection[0];
    if (selected?.kind === "guide") return selected.guide.id;
    // Nothing passed and nothing selected: the guide shown in the focused guide panel, if any.
    return panels.activeGuideId();
  };
  const exerciseIdFrom = (arg: unknown): string | undefined => {
    if (typeof arg === "string") return arg;
    const node = topicNode(arg);
    return node?.kind === "exercise" ? node.exercise.id : undefined;
  };
  /** For exercise commands: an exercise node becomes its id; ids and Uris pass through. */
  const exerciseTarget = (arg: unknown): unknown => (topicNode(arg) ? exerciseIdFrom(arg) : arg);
  const register = (command: string, handler: (...args: unknown[]) => unknown) => track(vscode.commands.registerCommand(command, handler));

  register("interviewPrep.refreshTopics", async () => {
    await catalogue.load({ reparse: true });
    await workspaceExercises.refresh();
  });
  register("interviewPrep.showLog", () => log.show());
  register("interviewPrep.searchGuides", () => searchGuides(catalogue, progress));
  register("interviewPrep.openGuide", async (arg, anchor) => {
    const guideId = guideIdFrom(arg);
    if (!guideId) return searchGuides(catalogue, progress);
    if (!catalogue.guide(guideId)) {
      void vscode.window.showErrorMessage(`Interview Prep: there is no guide "${guideId}".`);
      return;
    }
    await panels.open({ kind: "guide", guideId, ...(typeof anchor === "string" ? { anchor } : {}) });
  });
  register("interviewPrep.openExercisePage", async (arg) => {
    const file = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    const exerciseId = exerciseIdFrom(arg) ?? (file ? workspaceExercises.containing(file)?.exerciseId : undefined);
    if (!exerciseId) {
      void vscode.window.showInformationMessage("Interview Prep: choose an exercise in the Topics view (or Search Guides) to open its page.");
      return;
    }
    if (!catalogue.exercise(exerciseId)) {
      void vscode.window.showErrorMessage(`Interview Prep: there is no exercise "${exerciseId}".`);
      return;
    }
    await panels.open({ kind: "exercise", exerciseId });
  });
  const setRead = async (arg: unknown, read: boolean) => {
    const guideId = guideIdFrom(arg);
    if (!guideId) {
      void vscode.window.showInformationMessage(`Interview Prep: select a guide in the Topics view (or open one) to mark it as ${read ? "read" : "unread"}.`);
      return;
    }
    if (!catalogue.guide(guideId)) {
      void vscode.window.showErrorMessage(`Interview Prep: there is no guide "${guideId}".`);
      return;
    }
    await progress.dispatch(read ? { type: "guideRead", guideId, at: Date.now() } : { type: "guideUnread", guideId });
  };
  register("interviewPrep.markGuideRead", (arg) => setRead(arg, true));
  register("interviewPrep.markGuideUnread", (arg) => setRead(arg, false));
  register("interviewPrep.generateExercise", (arg, language) => exerciseCommands.generate(exerciseIdFrom(arg), language));
  register("interviewPrep.showHint", (arg) => exerciseCommands.showHint(exerciseTarget(arg)));
  register("interviewPrep.compareWithSolution", (arg) => exerciseCommands.compareWithSolution(exerciseTarget(arg)));
  register("interviewPrep.resetExercise", (arg) => exerciseCommands.resetExercise(exerciseTarget(arg)));
  register("interviewPrep.runExerciseTests", (arg) => exerciseCommands.runTests(exerciseTarget(arg)));
  // A guide id or guide node reviews that guide (its new questions included); nothing reviews the whole
  // course (new questions only on request). The tree selection is deliberately not used: the view's
  // title-bar button means the whole course.
  register("interviewPrep.reviewQuestions", async (arg) => {
    const node = topicNode(arg);
    const guideId = typeof arg === "string" ? arg : node?.kind === "guide" ? node.guide.id : node?.kind === "exercise" ? node.guideId : undefined;
    if (guideId !== undefined && !catalogue.guide(guideId)) {
      void vscode.window.showErrorMessage(`Interview Prep: there is no guide "${guideId}".`);
      return;
    }
    await panels.open(reviewPage(guideId, guideId !== undefined));
  });
  register("interviewPrep.resetProgress", async () => {
    const choice = await vscode.window.showWarningMessage("Reset all Interview Prep progress?", { modal: true, detail: "Read guides, exercise status, hints, attempts and question reviews are forgotten. Your exercise files stay." }, "Reset Progress");
    if (choice) await progress.dispatch({ type: "resetAll" });
  });

  await catalogue.load();
  showDue();
  void workspaceExercises.refresh().then(() => exerciseCommands.openPendingExercise());

  return {
    catalogue: () => catalogue.current,
    topics,
    testController: tests.controller,
    isGuideRead: (guideId) => progress.isGuideRead(guideId),
    exerciseProgress: (exerciseId) => progress.exercise(exerciseId),
    openPanels: () => panels.openPages(),
    runExerciseTests: (folder) => tests.runExerciseFolder(folder),
    onDidFinishRun: tests.onDidFinishRun,
    refreshExercises: () => workspaceExercises.refresh(),
    questionReview: (questionId) => reviews.review(questionId),
    reviewQueue: (scope) => reviews.queue(scope),
    reviewPanels: () => panels.reviewPanels(),
    gradeShownQuestion: (grade) => panels.gradeShownQuestion(grade),
  };
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}

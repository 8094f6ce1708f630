import type * as vscode from "vscode";
import type { Catalogue } from "../core/content/types";
import type { ExerciseProgress } from "../core/progress/progress";
import type { PanelPage } from "../core/protocol/messages";
import type { ExerciseRunResult } from "./testing/exerciseTestController";
import type { TopicNode } from "./tree/topicsTree";

/** What activate() returns: used by the integration tests and open to other extensions. */
export interface InterviewPrepApi {
  catalogue(): Catalogue;
  topics: vscode.TreeDataProvider<TopicNode>;
  testController: vscode.TestController;
  isGuideRead(guideId: string): boolean;
  exerciseProgress(exerciseId: string): ExerciseProgress;
  openPanels(): PanelPage[];
  /** Runs every test of the generated exercise in `folder`; undefined when it is not an exercise folder. */
  runExerciseTests(folder: vscode.Uri): Promise<ExerciseRunResult | undefined>;
  /** Fires after each exercise test run. */
  onDidFinishRun: vscode.Event<ExerciseRunResult>;
  /** Re-scans the workspace for generated exercises. */
  refreshExercises(): Promise<void>;
}

import type * as vscode from "vscode";
import type { Catalogue } from "../core/content/types";
import type { ExerciseProgress } from "../core/progress/progress";
import type { ReviewQueue, ReviewScope } from "../core/progress/reviewQueue";
import type { Grade, QuestionReview } from "../core/progress/scheduler";
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
  /** A question's review schedule; undefined when it has never been reviewed. */
  questionReview(questionId: string): QuestionReview | undefined;
  /** Today's review queue of the whole course, or of one guide. */
  reviewQueue(scope?: ReviewScope): ReviewQueue;
  /** Open review pages: the question each shows, and how many were graded in that panel. */
  reviewPanels(): Array<{ page: PanelPage; questionId?: string; reviewedInSession: number }>;
  /** Grades the question shown in the first open review panel, as its grade buttons (and keys 1–4) do; its id, or undefined when no question was shown or the grade was refused. */
  gradeShownQuestion(grade: Grade): Promise<string | undefined>;
}

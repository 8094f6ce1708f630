import * as vscode from "vscode";
import type { Catalogue } from "../../core/content/types";
import type { ProgressState } from "../../core/progress/progress";
import { localDay, msUntilNextDay, type Clock, type LocalDay } from "../../core/progress/localDay";
import { buildReviewQueue, dueCountsByGuide, isReviewable, type CourseQuestion, type ReviewQueue, type ReviewScope } from "../../core/progress/reviewQueue";
import type { Grade, QuestionReview } from "../../core/progress/scheduler";
import type { CatalogueService } from "../catalogueService";
import type { ProgressStore } from "../progress/progressStore";
import { Disposable } from "../util/disposable";

export const NEW_PER_DAY_SETTING = "review.newPerDay";
const DEFAULT_NEW_PER_DAY = 10;

/**
 * The review queue over the course's questions (from the catalogue's index: no guide is parsed) and the
 * stored reviews. Fires onDidChange when what is due may have changed: a review, a guide read or
 * unread, the course reloaded, the daily limit changed, or the local day turned over.
 */
export class ReviewService extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private questionList: { catalogue: Catalogue; questions: CourseQuestion[] } | undefined;
  private dueCache: { state: ProgressState; questions: CourseQuestion[]; today: LocalDay; counts: Map<string, number> } | undefined;
  private lastDay: LocalDay;
  private dayTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly catalogue: CatalogueService,
    private readonly progress: ProgressStore,
    private readonly clock: Clock = () => new Date(),
  ) {
    super();
    this.lastDay = this.today();
    let seen = progress.current;
    this.register(
      progress.onDidChange((state) => {
        const relevant = state.reviews !== seen.reviews || state.guides !== seen.guides;
        seen = state;
        if (relevant) this.changed.fire();
      }),
    );
    this.register(catalogue.onDidChange(() => this.changed.fire()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`interviewPrep.${NEW_PER_DAY_SETTING}`)) this.changed.fire();
      }),
    );
    // A timer can fire late after the machine slept: focusing the window checks the day too.
    this.register(vscode.window.onDidChangeWindowState((state) => state.focused && this.checkDay()));
    this.scheduleDayCheck();
    this.register({ dispose: () => clearTimeout(this.dayTimer) });
  }

  today(): LocalDay {
    return localDay(this.clock());
  }

  newPerDay(): number {
    const value = vscode.workspace.getConfiguration("interviewPrep").get<number>(NEW_PER_DAY_SETTING, DEFAULT_NEW_PER_DAY);
    return typeof value === "number" && Number.isFinite(value) ? Math.min(1000, Math.max(0, Math.floor(value))) : DEFAULT_NEW_PER_DAY;
  }

  /** Every question of the course, in course order. */
  questions(): CourseQuestion[] {
    const current = this.catalogue.current;
    if (this.questionList?.catalogue !== current) {
      this.questionList = {
        catalogue: current,
        questions: current.guides.flatMap((guide) => guide.questions.map((question) => ({ id: question.id, guideId: guide.id, title: question.title }))),
      };
    }
    return this.questionList.questions;
  }

  queue(scope: ReviewScope = {}): ReviewQueue {
    const state = this.progress.current;
    return buildReviewQueue(
      { questions: this.questions(), reviews: state.reviews, readGuides: new Set(Object.keys(state.guides)), today: this.today(), newPerDay: this.newPerDay() },
      scope,
    );
  }

  /** Due questions per guide id (cached until the state, the course or the day changes). */
  dueCounts(): ReadonlyMap<string, number> {
    const state = this.progress.current;
    const questions = this.questions();
    const today = this.today();
    if (this.dueCache?.state !== state || this.dueCache.questions !== questions || this.dueCache.today !== today) {
      this.dueCache = { state, questions, today, counts: dueCountsByGuide({ questions, reviews: state.reviews, today }) };
    }
    return this.dueCache.counts;
  }

  dueTotal(): number {
    let total = 0;
    for (const count of this.dueCounts().values()) total += count;
    return total;
  }

  review(questionId: string): QuestionReview | undefined {
    const reviews = this.progress.current.reviews;
    return Object.prototype.hasOwnProperty.call(reviews, questionId) ? reviews[questionId] : undefined;
  }

  /** Whether the question is up for review in this scope now (due, or new and allowed in today). */
  isReviewable(questionId: string, scope: ReviewScope): boolean {
    return isReviewable(this.queue(scope), questionId, scope);
  }

  /** Records a grade for a question up for review; false (and nothing stored) for any other question. */
  async grade(questionId: string, grade: Grade, scope: ReviewScope): Promise<boolean> {
    if (!this.isReviewable(questionId, scope)) return false;
    await this.progress.dispatch({ type: "questionReviewed", questionId, grade, day: this.today() });
    return true;
  }

  private checkDay(): void {
    const today = this.today();
    if (today === this.lastDay) return;
    this.lastDay = today;
    this.changed.fire();
  }

  private scheduleDayCheck(): void {
    clearTimeout(this.dayTimer);
    if (this.isDisposed) return;
    // One second past midnight, so the new day has begun whatever the timer's rounding.
    this.dayTimer = setTimeout(() => {
      this.checkDay();
      this.scheduleDayCheck();
    }, msUntilNextDay(this.clock()) + 1000);
  }
}

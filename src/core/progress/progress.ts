// The learner's progress: pure state, a reducer, and repair of stored state that is damaged or old.
import { isLocalDay, type LocalDay } from "./localDay";
import { isGrade, MAX_EASE, MIN_EASE, scheduleReview, type Grade, type QuestionReview } from "./scheduler";

export type ExerciseStatus = "not-started" | "attempted" | "passed";

export interface ExerciseProgress {
  status: ExerciseStatus;
  /** Test runs of this exercise. */
  attempts: number;
  /** How many hints have been revealed (they unlock in order). */
  hintsUsed: number;
  solutionViewed: boolean;
  /** When the exercise was first generated or run (ms since epoch). */
  startedAt?: number;
  /** When every test first passed (ms since epoch). */
  firstPassedAt?: number;
  /** Languages in which every test has passed. */
  passedLanguages: string[];
}

export interface GuideProgress {
  readAt: number;
}

export interface ProgressState {
  version: typeof PROGRESS_VERSION;
  guides: Record<string, GuideProgress>;
  exercises: Record<string, ExerciseProgress>;
  /** Spaced-repetition schedule of each question reviewed at least once, by question id. */
  reviews: Record<string, QuestionReview>;
}

/** 3: `reviews` added (states of version 1 and 2 load with no reviews). */
export const PROGRESS_VERSION = 3;

export type ProgressAction =
  | { type: "guideRead"; guideId: string; at: number }
  | { type: "guideUnread"; guideId: string }
  | { type: "exerciseStarted"; exerciseId: string; at: number }
  /** `complete`: the run covered every test of the exercise (only then can it count as passing). */
  | { type: "testRunFinished"; exerciseId: string; language: string; passed: number; failed: number; complete: boolean; at: number }
  | { type: "hintRevealed"; exerciseId: string; hintNumber: number; at: number }
  | { type: "solutionViewed"; exerciseId: string; at: number }
  /** `day`: the learner's local day of the review (the scheduler works in whole days). */
  | { type: "questionReviewed"; questionId: string; grade: Grade; day: LocalDay }
  | { type: "resetAll" };

export function emptyProgress(): ProgressState {
  return { version: PROGRESS_VERSION, guides: {}, exercises: {}, reviews: {} };
}

export function newExerciseProgress(): ExerciseProgress {
  return { status: "not-started", attempts: 0, hintsUsed: 0, solutionViewed: false, passedLanguages: [] };
}

export function exerciseProgress(state: ProgressState, exerciseId: string): ExerciseProgress {
  return state.exercises[exerciseId] ?? newExerciseProgress();
}

export function reduceProgress(state: ProgressState, action: ProgressAction): ProgressState {
  const updateExercise = (exerciseId: string, update: (current: ExerciseProgress) => ExerciseProgress): ProgressState => ({
    ...state,
    exercises: { ...state.exercises, [exerciseId]: update(exerciseProgress(state, exerciseId)) },
  });
  switch (action.type) {
    case "guideRead":
      return state.guides[action.guideId] ? state : { ...state, guides: { ...state.guides, [action.guideId]: { readAt: action.at } } };
    case "guideUnread": {
      if (!state.guides[action.guideId]) return state;
      const guides = { ...state.guides };
      delete guides[action.guideId];
      return { ...state, guides };
    }
    case "exerciseStarted":
      return updateExercise(action.exerciseId, (current) => ({ ...current, startedAt: current.startedAt ?? action.at }));
    case "testRunFinished":
      return updateExercise(action.exerciseId, (current) => {
        const allPassed = action.complete && action.failed === 0 && action.passed > 0;
        const passedLanguages =
          allPassed && !current.passedLanguages.includes(action.language) ? [...current.passedLanguages, action.language].sort() : current.passedLanguages;
        return {
          ...current,
          attempts: current.attempts + 1,
          startedAt: current.startedAt ?? action.at,
          status: current.status === "passed" || allPassed ? "passed" : "attempted",
          firstPassedAt: current.firstPassedAt ?? (allPassed ? action.at : undefined),
          passedLanguages,
        };
      });
    case "hintRevealed":
      return updateExercise(action.exerciseId, (current) => ({
        ...current,
        hintsUsed: Math.max(current.hintsUsed, action.hintNumber),
        startedAt: current.startedAt ?? action.at,
      }));
    case "solutionViewed":
      return updateExercise(action.exerciseId, (current) => ({ ...current, solutionViewed: true, startedAt: current.startedAt ?? action.at }));
    case "questionReviewed": {
      const previous = Object.prototype.hasOwnProperty.call(state.reviews, action.questionId) ? state.reviews[action.questionId] : undefined;
      return { ...state, reviews: { ...state.reviews, [action.questionId]: scheduleReview(previous, action.grade, action.day) } };
    }
    case "resetAll":
      return emptyProgress();
  }
}

/** Milliseconds from starting an exercise to first passing it, when both are known. */
export function timeToFirstPass(progress: ExerciseProgress): number | undefined {
  return progress.startedAt !== undefined && progress.firstPassedAt !== undefined ? progress.firstPassedAt - progress.startedAt : undefined;
}

export interface RepairResult {
  state: ProgressState;
  /** What was wrong and dropped or fixed; empty when the stored state was sound. */
  repairs: string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isTime = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0;
const isCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 1e9;

/**
 * Turns whatever was stored into a valid state, keeping every entry that is sound. Version 1 (before
 * the `version` field) stored `readGuides: string[]` and exercise entries without `passedLanguages`;
 * versions 1 and 2 had no `reviews`. A damaged review entry is dropped whole (a half-valid schedule
 * cannot be trusted); the question then counts as new again.
 */
export function repairProgress(stored: unknown): RepairResult {
  const repairs: string[] = [];
  const state = emptyProgress();
  if (stored === undefined || stored === null) return { state, repairs };
  if (typeof stored !== "object" || Array.isArray(stored)) {
    return { state, repairs: [`stored progress was not an object (${Array.isArray(stored) ? "array" : typeof stored}); started fresh`] };
  }
  const raw = stored as Record<string, unknown>;
  if (raw.version !== undefined && raw.version !== 1 && raw.version !== 2 && raw.version !== PROGRESS_VERSION) {
    repairs.push(`unknown progress version ${JSON.stringify(raw.version)}; kept what could be read`);
  }

  if (Array.isArray(raw.readGuides)) {
    for (const id of raw.readGuides) {
      if (typeof id === "string" && ID.test(id)) state.guides[id] = { readAt: 0 };
      else repairs.push(`dropped invalid read-guide entry ${JSON.stringify(id)}`);
    }
  }
  if (raw.guides !== undefined) {
    if (typeof raw.guides !== "object" || raw.guides === null || Array.isArray(raw.guides)) {
      repairs.push("guide progress was not an object; dropped it");
    } else {
      for (const [id, value] of Object.entries(raw.guides)) {
        const readAt = (value as { readAt?: unknown } | null)?.readAt;
        if (ID.test(id) && isTime(readAt)) state.guides[id] = { readAt };
        else repairs.push(`dropped invalid guide entry "${id}"`);
      }
    }
  }
  if (raw.exercises !== undefined) {
    if (typeof raw.exercises !== "object" || raw.exercises === null || Array.isArray(raw.exercises)) {
      repairs.push("exercise progress was not an object; dropped it");
    } else {
      for (const [id, value] of Object.entries(raw.exercises)) {
        if (!ID.test(id) || typeof value !== "object" || value === null) {
          repairs.push(`dropped invalid exercise entry "${id}"`);
          continue;
        }
        const entry = value as Record<string, unknown>;
        const repaired = newExerciseProgress();
        const fix = (field: string) => repairs.push(`exercise "${id}": repaired invalid ${field}`);
        if (entry.status === "not-started" || entry.status === "attempted" || entry.status === "passed") repaired.status = entry.status;
        else fix("status");
        if (isCount(entry.attempts)) repaired.attempts = entry.attempts;
        else if (entry.attempts !== undefined) fix("attempts");
        if (isCount(entry.hintsUsed)) repaired.hintsUsed = entry.hintsUsed;
        else if (entry.hintsUsed !== undefined) fix("hintsUsed");
        if (typeof entry.solutionViewed === "boolean") repaired.solutionViewed = entry.solutionViewed;
        else if (entry.solutionViewed !== undefined) fix("solutionViewed");
        if (isTime(entry.startedAt)) repaired.startedAt = entry.startedAt;
        else if (entry.startedAt !== undefined) fix("startedAt");
        if (isTime(entry.firstPassedAt)) repaired.firstPassedAt = entry.firstPassedAt;
        else if (entry.firstPassedAt !== undefined) fix("firstPassedAt");
        if (Array.isArray(entry.passedLanguages) && entry.passedLanguages.every((language) => typeof language === "string")) {
          repaired.passedLanguages = [...new Set(entry.passedLanguages as string[])].sort();
        } else if (entry.passedLanguages !== undefined) fix("passedLanguages");
        if (repaired.status === "passed" && repaired.attempts === 0) repaired.attempts = 1;
        state.exercises[id] = repaired;
      }
    }
  }
  if (raw.reviews !== undefined) {
    if (typeof raw.reviews !== "object" || raw.reviews === null || Array.isArray(raw.reviews)) {
      repairs.push("question reviews were not an object; dropped them");
    } else {
      for (const [id, value] of Object.entries(raw.reviews)) {
        const review = ID.test(id) ? repairReview(value) : undefined;
        if (review) state.reviews[id] = review;
        else repairs.push(`dropped invalid review of question "${id}"`);
      }
    }
  }
  return { state, repairs };
}

/** A stored review, if every field is sound; undefined otherwise. */
function repairReview(value: unknown): QuestionReview | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const entry = value as Record<string, unknown>;
  const { ease, interval, repetitions, lapses, reviews, lastGrade, due, lastReviewed, firstReviewed } = entry;
  if (typeof ease !== "number" || !Number.isFinite(ease) || ease < MIN_EASE || ease > MAX_EASE) return undefined;
  if (!isCount(interval) || interval < 1 || !isCount(repetitions) || !isCount(lapses) || !isCount(reviews) || reviews < 1) return undefined;
  if (!isGrade(lastGrade) || !isLocalDay(due) || !isLocalDay(lastReviewed) || !isLocalDay(firstReviewed)) return undefined;
  if (firstReviewed > lastReviewed || lastReviewed > due) return undefined;
  return { ease, interval, repetitions, lapses, reviews, lastGrade, due, lastReviewed, firstReviewed };
}

// Spaced repetition for the course's practice questions: SM-2 (SuperMemo 2, as Anki adapted it to
// four grades). Pure: the day of the review is passed in, nothing reads a clock.
//
// - A question starts with ease 2.5, no interval and no repetitions.
// - Again: the repetitions start over (a lapse); ease − 0.20; due tomorrow.
// - Hard:  ease − 0.15; interval 1 day the first time, then × 1.2 (at least one day longer).
// - Good:  ease unchanged; 1 day, then 6 days, then interval × ease (at least one day longer).
// - Easy:  ease + 0.15; 4 days, then 8, then interval × ease × 1.3 (always longer than Good).
// - Ease stays within 1.3..5; intervals are whole days, at most a year; due = review day + interval.
// A review's interval is computed with the ease it had before the grade (as in SM-2).
import { addDays, type LocalDay } from "./localDay";

export const GRADES = ["again", "hard", "good", "easy"] as const;
export type Grade = (typeof GRADES)[number];

export const INITIAL_EASE = 2.5;
export const MIN_EASE = 1.3;
export const MAX_EASE = 5;
export const MAX_INTERVAL_DAYS = 365;

const EASE_CHANGE: Record<Grade, number> = { again: -0.2, hard: -0.15, good: 0, easy: 0.15 };
const HARD_FACTOR = 1.2;
const EASY_BONUS = 1.3;

/** The schedule and history of one question, stored in the progress state under the question's id. */
export interface QuestionReview {
  /** Growth factor of the interval after a Good answer. */
  ease: number;
  /** Days from the last review to the due day. */
  interval: number;
  /** Reviews in a row without Again (0 after a lapse). */
  repetitions: number;
  /** How many times the answer was forgotten (Again). */
  lapses: number;
  /** Every grade given to the question. */
  reviews: number;
  lastGrade: Grade;
  /** The question is due on this day and every day after until it is reviewed. */
  due: LocalDay;
  lastReviewed: LocalDay;
  /** The day the question entered the review queue (its first review). */
  firstReviewed: LocalDay;
}

export function isGrade(value: unknown): value is Grade {
  return typeof value === "string" && (GRADES as readonly string[]).includes(value);
}

/** Whether a reviewed question is due on `today` (overdue questions are due too). */
export function isDue(review: QuestionReview, today: LocalDay): boolean {
  return review.due <= today;
}

const clampEase = (ease: number) => Math.round(Math.min(MAX_EASE, Math.max(MIN_EASE, ease)) * 100) / 100;
const clampInterval = (days: number) => Math.min(MAX_INTERVAL_DAYS, Math.max(1, Math.round(days)));

/** The interval, in days, that each grade would give a question now (shown on the grade buttons). */
export function nextIntervals(previous: QuestionReview | undefined): Record<Grade, number> {
  const ease = previous?.ease ?? INITIAL_EASE;
  const interval = previous?.interval ?? 0;
  const repetitions = previous?.repetitions ?? 0;
  const longer = (days: number, than: number) => clampInterval(Math.max(than + 1, days));
  const good = repetitions === 0 ? 1 : repetitions === 1 ? longer(6, interval) : longer(interval * ease, interval);
  const easy = repetitions === 0 ? 4 : repetitions === 1 ? longer(8, Math.max(interval, good)) : longer(interval * ease * EASY_BONUS, good);
  return {
    again: 1,
    hard: repetitions === 0 ? 1 : longer(interval * HARD_FACTOR, interval),
    good,
    easy,
  };
}

/** The question's schedule after grading it on `today`; `previous` is undefined for a new question. */
export function scheduleReview(previous: QuestionReview | undefined, grade: Grade, today: LocalDay): QuestionReview {
  const interval = nextIntervals(previous)[grade];
  return {
    ease: clampEase((previous?.ease ?? INITIAL_EASE) + EASE_CHANGE[grade]),
    interval,
    repetitions: grade === "again" ? 0 : (previous?.repetitions ?? 0) + 1,
    lapses: (previous?.lapses ?? 0) + (grade === "again" ? 1 : 0),
    reviews: (previous?.reviews ?? 0) + 1,
    lastGrade: grade,
    due: addDays(today, interval),
    lastReviewed: today,
    firstReviewed: previous?.firstReviewed ?? today,
  };
}

// Which questions to review today: those due (in the course's order, most overdue first), then new
// ones. New questions come only from guides the learner has read, or from the guide whose review was
// asked for, and at most `newPerDay` enter the queue each day. Pure: every input is passed in.
import { daysBetween, type LocalDay } from "./localDay";
import { isDue, type QuestionReview } from "./scheduler";

/** A question of the course, in course order (guides in reading order, questions in guide order). */
export interface CourseQuestion {
  id: string;
  guideId: string;
  title: string;
}

export interface ReviewScope {
  /** Only this guide's questions; its new questions may enter the queue even when it is unread. */
  guideId?: string;
  /** Whether new questions follow the due ones. */
  includeNew?: boolean;
}

export interface ReviewQueueInput {
  questions: readonly CourseQuestion[];
  /** Stored reviews by question id; ids that are no longer in the course are ignored. */
  reviews: Readonly<Record<string, QuestionReview>>;
  readGuides: ReadonlySet<string>;
  today: LocalDay;
  newPerDay: number;
}

export interface ReviewQueue {
  /** Due questions in review order. */
  due: CourseQuestion[];
  /** New questions that may enter the queue today (within the daily limit), in course order. */
  fresh: CourseQuestion[];
  /** New questions this scope could offer, before the daily limit. */
  newAvailable: number;
  /** Questions that entered the queue today (anywhere in the course). */
  newToday: number;
  newPerDay: number;
  /** The earliest day after today on which a question of the scope is due, and how many are due then. */
  next?: { day: LocalDay; count: number };
  /** Questions of the scope that have been reviewed at least once. */
  reviewed: number;
  /** The question to show now: the first due one, else (with includeNew) the first new one. */
  current?: CourseQuestion;
}

export function buildReviewQueue(input: ReviewQueueInput, scope: ReviewScope = {}): ReviewQueue {
  const { questions, reviews, readGuides, today } = input;
  const newPerDay = Math.max(0, Math.floor(input.newPerDay));
  const inScope = scope.guideId === undefined ? questions : questions.filter((question) => question.guideId === scope.guideId);
  const review = (id: string): QuestionReview | undefined => (Object.prototype.hasOwnProperty.call(reviews, id) ? reviews[id] : undefined);

  const due: Array<{ question: CourseQuestion; overdue: number; order: number }> = [];
  const unseen: CourseQuestion[] = [];
  let next: ReviewQueue["next"];
  let reviewed = 0;
  inScope.forEach((question, order) => {
    const entry = review(question.id);
    if (!entry) {
      if (scope.guideId !== undefined || readGuides.has(question.guideId)) unseen.push(question);
      return;
    }
    reviewed++;
    if (isDue(entry, today)) {
      due.push({ question, overdue: daysBetween(entry.due, today), order });
    } else if (!next || entry.due < next.day) {
      next = { day: entry.due, count: 1 };
    } else if (entry.due === next.day) {
      next.count++;
    }
  });
  due.sort((a, b) => b.overdue - a.overdue || a.order - b.order);

  let newToday = 0;
  for (const entry of Object.values(reviews)) if (entry.firstReviewed === today) newToday++;
  const fresh = unseen.slice(0, Math.max(0, newPerDay - newToday));
  const dueQuestions = due.map((entry) => entry.question);
  return {
    due: dueQuestions,
    fresh,
    newAvailable: unseen.length,
    newToday,
    newPerDay,
    next,
    reviewed,
    current: dueQuestions[0] ?? (scope.includeNew ? fresh[0] : undefined),
  };
}

/** Whether grading `questionId` now is part of this queue (a stale or repeated grade is not). */
export function isReviewable(queue: ReviewQueue, questionId: string, scope: ReviewScope): boolean {
  return queue.due.some((question) => question.id === questionId) || (scope.includeNew === true && queue.fresh.some((question) => question.id === questionId));
}

/** Due questions per guide, for the whole course (the Topics view's counts). */
export function dueCountsByGuide(input: Omit<ReviewQueueInput, "newPerDay" | "readGuides">): Map<string, number> {
  const counts = new Map<string, number>();
  for (const question of input.questions) {
    const entry = Object.prototype.hasOwnProperty.call(input.reviews, question.id) ? input.reviews[question.id] : undefined;
    if (entry && isDue(entry, input.today)) counts.set(question.guideId, (counts.get(question.guideId) ?? 0) + 1);
  }
  return counts;
}

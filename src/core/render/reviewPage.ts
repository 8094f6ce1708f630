// The review page's article: one question with a "Show answer" button, its hidden answer and the grade
// buttons, or, when nothing is left, when the next review is and whether new questions can start.
// Pure string building; the webview script (webview/guide.ts) reveals the answer and sends the grade.
import { describeInterval } from "../progress/localDay";
import { GRADES, type Grade } from "../progress/scheduler";
import type { WebviewToHostMessage } from "../protocol/messages";
import { escapeHtml } from "./panelHtml";
import type { QuestionCard } from "./questionCard";

export interface ReviewCardView {
  questionId: string;
  guideId: string;
  guideTitle: string;
  card: QuestionCard;
  /** A question entering the queue for the first time. */
  isNew: boolean;
  /** Days until the question comes back, for each grade. */
  intervals: Record<Grade, number>;
}

export interface ReviewDoneView {
  /** Set for a guide's review. */
  guide?: { id: string; title: string };
  /** "tomorrow", "in 3 days (Fri 7 Jun)"…, and how many questions are due then. */
  next?: { when: string; count: number };
  /** Questions of the scope reviewed at least once. */
  reviewed: number;
  /** New questions that can start today (within the daily limit). */
  newReady: number;
  /** New questions the scope has, before the daily limit. */
  newAvailable: number;
  newPerDay: number;
  /** Whether any guide is marked read (new questions of the whole course come from read guides). */
  anyGuideRead: boolean;
  reviewedInSession: number;
}

export const GRADE_LABELS: Record<Grade, { label: string; meaning: string }> = {
  again: { label: "Again", meaning: "Forgot it" },
  hard: { label: "Hard", meaning: "Recalled with difficulty" },
  good: { label: "Good", meaning: "Recalled it" },
  easy: { label: "Easy", meaning: "Knew it at once" },
};

const attribute = (message: WebviewToHostMessage) => escapeHtml(JSON.stringify(message));

export function reviewCardHtml(view: ReviewCardView): string {
  const id = escapeHtml(view.questionId);
  const grades = GRADES.map((grade, index) => {
    const { label, meaning } = GRADE_LABELS[grade];
    const interval = describeInterval(view.intervals[grade]);
    return (
      `<vscode-button class="review-grade" data-grade="${grade}" ${grade === "good" ? "" : 'secondary="" '}` +
      `title="${escapeHtml(`${meaning}: next review in ${interval} (key ${index + 1})`)}" aria-keyshortcuts="${index + 1}">` +
      `<span class="grade-label">${label}</span> <span class="grade-interval">${escapeHtml(interval)}</span> <kbd>${index + 1}</kbd></vscode-button>`
    );
  }).join("\n");
  return `<section class="review-card" id="review-card" data-question-id="${id}" aria-labelledby="review-question">
<p class="review-source">${view.isNew ? '<span class="review-new">New</span> ' : ""}From <a href="#" class="guide-link" data-guide="${escapeHtml(view.guideId)}" data-anchor="q-${id}">${escapeHtml(view.guideTitle)}</a></p>
<h2 class="review-question" id="review-question">${view.card.titleHtml}</h2>
<p class="review-reveal"><vscode-button id="show-answer" aria-controls="review-answer" aria-expanded="false" aria-keyshortcuts="Space">Show answer</vscode-button></p>
<div class="answer review-answer" id="review-answer" hidden>
${view.card.answerHtml}
</div>
<div class="review-grades" id="review-grades" role="group" aria-label="How well did you know the answer? Keys 1 to 4" hidden>
${grades}
</div>
</section>`;
}

export function reviewDoneHtml(view: ReviewDoneView): string {
  const where = view.guide ? ` in ${escapeHtml(view.guide.title)}` : "";
  const lines: string[] = [];
  lines.push(`<h2 class="review-done-title">${view.reviewedInSession > 0 ? "Done for now" : "Nothing to review"}</h2>`);
  lines.push(`<p>No questions${where} are due today.${view.reviewedInSession > 0 ? ` You reviewed ${view.reviewedInSession} in this session.` : ""}</p>`);
  if (view.next) {
    lines.push(`<p class="review-next">Next review: <strong>${escapeHtml(view.next.when)}</strong> (${view.next.count} question${view.next.count === 1 ? "" : "s"}).</p>`);
  } else if (view.reviewed === 0) {
    lines.push(`<p class="review-next">No question${where} has been reviewed yet.</p>`);
  }
  const newTarget = view.guide ? "this guide" : "the guides you have read";
  if (view.newReady > 0) {
    const message: WebviewToHostMessage = { type: "openReview", ...(view.guide ? { guideId: view.guide.id } : {}), includeNew: true };
    lines.push(
      `<p>${view.newReady} new question${view.newReady === 1 ? "" : "s"} from ${newTarget} can start today.</p>`,
      `<p><vscode-button class="page-action" id="review-new" data-message="${attribute(message)}">Review new questions</vscode-button></p>`,
    );
  } else if (view.newAvailable > 0 && view.newPerDay === 0) {
    lines.push(`<p>New questions are turned off (setting <code>interviewPrep.review.newPerDay</code> is 0).</p>`);
  } else if (view.newAvailable > 0) {
    lines.push(
      `<p>Today's ${view.newPerDay} new question${view.newPerDay === 1 ? "" : "s"} have started (setting <code>interviewPrep.review.newPerDay</code>); ` +
        `${view.newAvailable} more from ${newTarget} will start on the next days.</p>`,
    );
  } else if (!view.guide && !view.anyGuideRead) {
    lines.push(`<p>New questions come from the guides you mark as read, or open a guide and choose <strong>Review questions</strong>.</p>`);
  } else {
    lines.push(`<p>Every question of ${newTarget} is in the review queue.${view.guide ? "" : " Mark more guides as read to add theirs."}</p>`);
  }
  return `<section class="review-done" id="review-done">\n${lines.join("\n")}\n</section>`;
}

// One question card out of a rendered guide: the review page shows a single question and, on request,
// its answer, rendered by the same renderer as the guide (so links, code, math and diagrams match).
import { QUESTION_TITLE_CLOSE, QUESTION_TITLE_OPEN } from "./guideRenderer";
import { escapeHtml } from "./panelHtml";

export interface QuestionCard {
  /** The question's title, rendered inline HTML (already safe). */
  titleHtml: string;
  /** The answer, rendered HTML (already safe). */
  answerHtml: string;
}

/**
 * Finds the card `<details class="question" … data-question-id="id"><summary …>title</summary><div class="answer">answer</div></details>`
 * that the renderer emits for each question. Raw HTML in guides renders as text, so the closing
 * `</div></details>` can only be the renderer's own.
 */
export function extractQuestionCard(guideHtml: string, questionId: string): QuestionCard | undefined {
  const open = `data-question-id="${escapeHtml(questionId)}">${QUESTION_TITLE_OPEN}`;
  const start = guideHtml.indexOf(open);
  if (start === -1) return undefined;
  const titleStart = start + open.length;
  const titleEnd = guideHtml.indexOf(QUESTION_TITLE_CLOSE, titleStart);
  if (titleEnd === -1) return undefined;
  const answerStart = titleEnd + QUESTION_TITLE_CLOSE.length;
  const answerEnd = guideHtml.indexOf(`</div></details>`, answerStart);
  if (answerEnd === -1) return undefined;
  return { titleHtml: guideHtml.slice(titleStart, titleEnd), answerHtml: guideHtml.slice(answerStart, answerEnd).trim() };
}

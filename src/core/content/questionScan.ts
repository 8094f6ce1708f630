// Lists a guide's practice questions (the H3s under `## Questions`) without rendering the guide: a
// line scan, for the catalogue and its build-time index. The content checker proves, for every
// guide, that it finds exactly the questions the renderer finds.
import type { MarkdownIt } from "markdown-it";
import { createMarkdown, inlineText, QUESTIONS_HEADING } from "../render/guideRenderer";
import type { QuestionRef } from "./types";

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const H2 = /^ {0,3}##(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const QUESTION = /^ {0,3}###[ \t]+(.*?)[ \t]*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}[ \t]*$/;

let markdown: MarkdownIt | undefined;

/** The heading's text as the renderer shows it, without markup: `Why is \`fsync\` slow?` → `Why is fsync slow?`. */
function plainTitle(source: string): string {
  markdown ??= createMarkdown();
  const [inline] = markdown.parseInline(source, {});
  return inlineText(inline).trim();
}

/** The questions of a guide body, in order. Headings inside fenced code blocks do not count. */
export function scanQuestions(body: string): QuestionRef[] {
  const questions: QuestionRef[] = [];
  let fence: { marker: string; length: number } | undefined;
  let inQuestions = false;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence.marker && fenceMatch[1].length >= fence.length && fenceMatch[2].trim() === "") fence = undefined;
      continue;
    }
    if (fenceMatch && !(fenceMatch[1][0] === "`" && fenceMatch[2].includes("`"))) {
      fence = { marker: fenceMatch[1][0], length: fenceMatch[1].length };
      continue;
    }
    const h2 = H2.exec(line);
    if (h2) {
      inQuestions = plainTitle(h2[1] ?? "") === QUESTIONS_HEADING;
      continue;
    }
    if (!inQuestions) continue;
    const question = QUESTION.exec(line);
    if (question) questions.push({ id: question[2], title: plainTitle(question[1]) });
  }
  return questions;
}

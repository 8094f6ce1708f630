// The format rules for a guide's markdown body (docs/content-format.md), as checks that name file and line.
import katex from "katex";
import type { Token } from "markdown-it";
import { GuideRenderer, inlineText, QUESTIONS_HEADING, type LinkInfo, type QuestionInfo } from "../render/guideRenderer";
import { splitFrontMatter } from "./frontMatter";
import type { ContentProblem, GuideMeta } from "./types";

export const MIN_PROSE_WORDS = 1000;
export const MIN_QUESTIONS = 8;
const REQUIRED_SECTIONS = ["Trade-offs", "In the interview", QUESTIONS_HEADING] as const;
const MERMAID_TYPES =
  /^(flowchart|graph|sequenceDiagram|classDiagram|stateDiagram|stateDiagram-v2|erDiagram|gantt|pie|journey|gitGraph|mindmap|timeline|quadrantChart|xychart-beta|block-beta|sankey-beta|requirementDiagram|C4Context|C4Container|packet-beta|architecture-beta|kanban)\b/;
const HTML_TAG = /<\/?(script|style|iframe|div|span|br|hr|img|a|p|details|summary|table|tr|td|th|b|i|u|em|strong|sup|sub|kbd|code|pre|ul|ol|li|h[1-6]|object|embed|svg|form|input|button)\b[^>]*>/i;

/** A markdown link whose target markdown-it refused (javascript:, command:, file:, …): left as text. */
const REJECTED_LINK = /\]\(\s*((?!https?:|guide:|exercise:)[a-z][a-z0-9+.-]*:)/gi;

/** What one guide contributes to the cross-guide checks. */
export interface GuideAnalysis {
  meta: GuideMeta;
  anchors: Set<string>;
  questions: QuestionInfo[];
  links: LinkInfo[];
  proseWords: number;
  bodyFirstLine: number;
}

/** Checks one guide's body on its own; cross-guide checks are in `lintGuideReferences`. */
export function lintGuideBody(meta: GuideMeta, text: string, renderer: GuideRenderer, problems: ContentProblem[]): GuideAnalysis {
  const file = meta.file;
  const { body, bodyFirstLine } = splitFrontMatter(text);
  const at = (token: Token | undefined) => (token?.map?.[0] ?? 0) + bodyFirstLine;
  const report = (line: number, message: string) => problems.push({ file, line, message });

  const tokens = renderer.parse(body);
  const rendered = renderer.render(body, bodyFirstLine);
  const anchors = new Set(rendered.toc.map((entry) => entry.slug));
  for (const question of rendered.questions) anchors.add(`q-${question.id}`);

  // Sections.
  const h2s: Array<{ title: string; index: number; line: number }> = [];
  tokens.forEach((token, index) => {
    if (token.type === "heading_open" && token.tag === "h1") report(at(token), "guides have no H1 heading: the panel shows the title from the front matter");
    if (token.type === "heading_open" && token.tag === "h2") h2s.push({ title: inlineText(tokens[index + 1]).trim(), index, line: at(token) });
  });
  for (const required of REQUIRED_SECTIONS) {
    if (!h2s.some((h2) => h2.title === required)) report(bodyFirstLine, `missing required section "## ${required}"`);
  }
  const lastH2 = h2s[h2s.length - 1];
  if (lastH2 && lastH2.title !== QUESTIONS_HEADING && h2s.some((h2) => h2.title === QUESTIONS_HEADING)) {
    report(lastH2.line, `"## ${QUESTIONS_HEADING}" must be the last section, but "## ${lastH2.title}" follows it`);
  }
  const sectionEnd = (index: number) => h2s.find((h2) => h2.index > index)?.index ?? tokens.length;
  const tradeOffs = h2s.find((h2) => h2.title === "Trade-offs");
  if (tradeOffs && !tokens.slice(tradeOffs.index, sectionEnd(tradeOffs.index)).some((token) => token.type === "table_open")) {
    report(tradeOffs.line, `"## Trade-offs" needs at least one table`);
  }
  const questionsH2 = h2s.find((h2) => h2.title === QUESTIONS_HEADING);
  const proseEnd = questionsH2?.index ?? tokens.length;

  // Questions: ids, answers, count.
  if (questionsH2) {
    const section = tokens.slice(questionsH2.index + 3, sectionEnd(questionsH2.index));
    let answerBlocks = -1;
    let lastQuestion: Token | undefined;
    let missingId = false;
    const closeQuestion = () => {
      if (lastQuestion && answerBlocks === 0) report(at(lastQuestion), "question has no answer");
    };
    for (const token of section) {
      if (token.type === "question_open") {
        closeQuestion();
        lastQuestion = token;
        answerBlocks = 0;
        if (token.meta?.questionIdMissing) {
          missingId = true;
          report(at(token), `question needs a stable kebab-case id at the end of its heading: {#${meta.id}-…}`);
        }
        continue;
      }
      if (token.type === "heading_open" && token.tag !== "h4" && token.tag !== "h5") {
        report(at(token), `only H3 questions belong in "## ${QUESTIONS_HEADING}"`);
      }
      if (token.level === 0 && token.nesting !== -1 && token.type !== "inline") {
        if (lastQuestion) answerBlocks++;
        else report(at(token), `text before the first question in "## ${QUESTIONS_HEADING}"`);
      }
    }
    closeQuestion();
    // The catalogue lists questions with a line scan (no rendering at activation); it must agree with
    // the renderer. (A question without an id is reported above.)
    const key = (question: { id: string; title: string }) => `${question.id}\u0000${question.title}`;
    if (!missingId && meta.questions.map(key).join("\n") !== rendered.questions.map(key).join("\n")) {
      const first = rendered.questions.find((question, index) => !meta.questions[index] || key(meta.questions[index]) !== key(question));
      report(first?.line ?? questionsH2.line, "the review queue's list of questions differs from the rendered questions: write each question as a one-line `### Title {#id}` heading");
    }
    if (rendered.questions.length < MIN_QUESTIONS) {
      report(questionsH2.line, `needs at least ${MIN_QUESTIONS} questions, has ${rendered.questions.length}`);
    }
  }

  // Code fences, mermaid, math, raw HTML, prose words.
  let proseWords = 0;
  tokens.forEach((token, index) => {
    if (token.type === "fence") {
      const language = token.info.trim().split(/\s+/)[0] ?? "";
      if (!language) report(at(token), "code block needs a language (```ts, ```python, ```text, …)");
      if (language === "mermaid") {
        const firstLine = token.content.split("\n").map((line) => line.trim()).find((line) => line && !line.startsWith("%%")) ?? "";
        if (!MERMAID_TYPES.test(firstLine)) report(at(token), `mermaid block must start with a diagram type (flowchart, sequenceDiagram, …), got "${firstLine}"`);
      }
    }
    if (token.type === "code_block") report(at(token), "indented code block: use a fenced block with a language");
    if (token.type === "math_block" || token.type === "math_block_eqno") checkMath(token.content, true, at(token), report);
    if (token.type === "inline") {
      for (const child of token.children ?? []) {
        if (child.type === "math_inline") checkMath(child.content, false, at(token), report);
        for (const rejectedLink of child.type === "text" ? child.content.matchAll(REJECTED_LINK) : []) {
          report(at(token), `unsupported link target "${rejectedLink[1]}…": links must be guide:, exercise:, #anchor or https: (the link shows as plain text)`);
        }
        if (child.type === "text" && HTML_TAG.test(child.content)) {
          report(at(token), `raw HTML is not rendered: "${HTML_TAG.exec(child.content)?.[0]}" (put code in backticks)`);
        }
      }
      if (index < proseEnd) proseWords += countWords(inlineText(token));
    }
  });
  if (proseWords < MIN_PROSE_WORDS) {
    report(bodyFirstLine, `needs at least ${MIN_PROSE_WORDS} words of prose outside code and questions, has ${proseWords}`);
  }
  return { meta, anchors, questions: rendered.questions, links: rendered.links, proseWords, bodyFirstLine };
}

function checkMath(tex: string, display: boolean, line: number, report: (line: number, message: string) => void): void {
  try {
    katex.renderToString(tex, { throwOnError: true, displayMode: display, trust: false, strict: "ignore" });
  } catch (error) {
    const message = (error as Error).message.replace(/^KaTeX parse error: /, "");
    report(line, `math does not parse (${message}); a literal dollar sign is written \\$`);
  }
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Cross-guide checks: link targets and anchors exist, question ids are unique across the course. */
export function lintGuideReferences(
  analyses: GuideAnalysis[],
  exerciseIds: ReadonlySet<string>,
  problems: ContentProblem[],
): void {
  const byId = new Map(analyses.map((analysis) => [analysis.meta.id, analysis]));
  const questionOwners = new Map<string, string>();
  for (const analysis of analyses) {
    const file = analysis.meta.file;
    for (const link of analysis.links) {
      const target = link.target;
      if (target.kind === "rejected") {
        problems.push({ file, line: link.line, message: `link: ${target.reason}` });
      } else if (target.kind === "guide") {
        const guide = byId.get(target.guideId);
        if (!guide) problems.push({ file, line: link.line, message: `link to unknown guide "${target.guideId}"` });
        else if (target.anchor && !guide.anchors.has(target.anchor)) {
          problems.push({ file, line: link.line, message: `link to "${target.guideId}#${target.anchor}": no such heading in that guide` });
        }
      } else if (target.kind === "exercise" && !exerciseIds.has(target.exerciseId)) {
        problems.push({ file, line: link.line, message: `link to unknown exercise "${target.exerciseId}"` });
      } else if (target.kind === "anchor" && !analysis.anchors.has(target.anchor)) {
        problems.push({ file, line: link.line, message: `link to "#${target.anchor}": no such heading in this guide` });
      }
    }
    for (const question of analysis.questions) {
      const owner = questionOwners.get(question.id);
      if (owner) problems.push({ file, line: question.line, message: `question id "${question.id}" is already used in ${owner}` });
      else questionOwners.set(question.id, `${file}:${question.line}`);
    }
  }
}

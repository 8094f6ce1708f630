// Renders guide markdown to safe HTML for the guide panel.
// Safety: markdown-it runs with html: false (raw HTML shows as text), links are restricted to
// guide:, exercise:, #anchor and http(s) targets, images render as their alt text, and Mermaid
// directives that could loosen its security settings are removed before the source reaches the page.
import markdownIt, { type MarkdownIt, type StateCore, type Token } from "markdown-it";
import katexPlugin from "@vscode/markdown-it-katex";
import githubAlerts from "markdown-it-github-alerts";
import { highlightCode, resolveLanguage } from "./highlight";
import { classifyLink, type LinkTarget } from "./links";
import { SlugAllocator } from "./slug";

export interface TocEntry {
  level: 2 | 3;
  text: string;
  slug: string;
}

export interface QuestionInfo {
  id: string;
  title: string;
  line: number;
}

export interface LinkInfo {
  href: string;
  target: LinkTarget;
  line: number;
}

export interface RenderedGuide {
  html: string;
  toc: TocEntry[];
  questions: QuestionInfo[];
  links: LinkInfo[];
  hasMermaid: boolean;
  hasMath: boolean;
}

/** Rendering environment shared by our markdown-it rules for one document. */
interface RenderEnv {
  slugs: SlugAllocator;
  toc: TocEntry[];
  questions: QuestionInfo[];
  links: LinkInfo[];
  hasMermaid: boolean;
  hasMath: boolean;
  lineOffset: number;
}

export const QUESTIONS_HEADING = "Questions";

/**
 * Markup around a question card's title (also parsed by questionCard.ts). The heading inside <summary>
 * (allowed by HTML) keeps questions in screen readers' heading navigation.
 */
export const QUESTION_TITLE_OPEN = `<summary class="question-title"><h3 class="question-heading">`;
export const QUESTION_TITLE_CLOSE = `</h3></summary><div class="answer">`;

/**
 * Element id of a heading. Anchors (`guide:x#slug`) use the bare slug; the element id is prefixed, so
 * a heading can never take the id of the panel's own elements or shadow a window global
 * (DOM clobbering: a heading "Mermaid" must not become window.mermaid).
 */
export function headingElementId(slug: string): string {
  return `s-${slug}`;
}
const QUESTION_ID = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = (url: string) => classifyLink(url).kind !== "rejected";
  md.use(katexPlugin, { throwOnError: false, enableBareBlocks: false, enableFencedBlocks: false, enableMathBlockInHtml: false, enableMathInlineInHtml: false });
  md.use(githubAlerts);
  md.core.ruler.push("guide_headings", headingsRule);
  md.core.ruler.push("guide_questions", questionsRule);
  md.core.ruler.push("link_lines", linkLinesRule);
  installRenderRules(md);
  return md;
}

export class GuideRenderer {
  private readonly md = createMarkdown();

  /** Renders a guide body. `lineOffset` is the file line where the body starts (for reported lines). */
  render(body: string, lineOffset = 1): RenderedGuide {
    const env: RenderEnv = {
      slugs: new SlugAllocator(),
      toc: [],
      questions: [],
      links: [],
      hasMermaid: false,
      hasMath: false,
      lineOffset,
    };
    const html = this.md.render(body, env as unknown as Record<string, unknown>);
    return { html, toc: env.toc, questions: env.questions, links: env.links, hasMermaid: env.hasMermaid, hasMath: env.hasMath };
  }

  parse(body: string): Token[] {
    const env: RenderEnv = { slugs: new SlugAllocator(), toc: [], questions: [], links: [], hasMermaid: false, hasMath: false, lineOffset: 1 };
    return this.md.parse(body, env as unknown as Record<string, unknown>);
  }
}

export function inlineText(token: Token | undefined): string {
  if (!token?.children) return token?.content ?? "";
  return token.children
    .map((child) => (child.type === "text" || child.type === "code_inline" || child.type === "math_inline" ? child.content : ""))
    .join("");
}

/** Gives every heading a unique id and collects the table of contents; questions get their own ids. */
function headingsRule(state: StateCore): void {
  const tokens = state.tokens;
  const env = state.env as unknown as RenderEnv;
  let inQuestions = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== "heading_open") continue;
    const inline = tokens[i + 1];
    const level = Number(token.tag.slice(1));
    if (level === 2) inQuestions = inlineText(inline).trim() === QUESTIONS_HEADING;
    if (inQuestions && level === 3) {
      const idMatch = stripQuestionId(inline);
      const title = inlineText(inline).trim();
      const id = idMatch ?? env.slugs.allocate(title);
      token.attrSet("id", `q-${id}`);
      token.meta = { questionId: id, questionIdMissing: idMatch === undefined };
      env.questions.push({ id, title, line: (token.map?.[0] ?? 0) + env.lineOffset });
      continue;
    }
    const text = inlineText(inline).trim();
    const slug = env.slugs.allocate(text);
    token.attrSet("id", headingElementId(slug));
    if (level === 2 || level === 3) env.toc.push({ level, text, slug });
  }
}

/** Removes a trailing `{#id}` from a question heading; returns the id. */
function stripQuestionId(inline: Token | undefined): string | undefined {
  const children = inline?.children;
  const last = children?.[children.length - 1];
  if (!last || last.type !== "text") return undefined;
  const match = QUESTION_ID.exec(last.content);
  if (!match) return undefined;
  last.content = last.content.slice(0, match.index);
  if (inline) inline.content = inline.content.replace(QUESTION_ID, "");
  return match[1];
}

/** Turns each H3 inside `## Questions` into a collapsible card: <details><summary>question</summary>answer</details>. */
function questionsRule(state: StateCore): void {
  const { tokens } = state;
  const output: Token[] = [];
  let inQuestions = false;
  let cardOpen = false;
  const closeCard = () => {
    if (cardOpen) output.push(new state.Token("question_close", "details", -1));
    cardOpen = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === "heading_open" && token.tag === "h2") {
      closeCard();
      inQuestions = inlineText(tokens[i + 1]).trim() === QUESTIONS_HEADING;
    }
    if (inQuestions && token.type === "heading_open" && token.tag === "h3") {
      closeCard();
      const open = new state.Token("question_open", "details", 1);
      open.attrs = token.attrs;
      open.meta = token.meta;
      open.map = token.map;
      output.push(open, tokens[i + 1], new state.Token("question_summary_close", "summary", -1));
      i += 2; // skip inline + heading_close
      cardOpen = true;
      continue;
    }
    output.push(token);
  }
  closeCard();
  state.tokens = output;
}

function installRenderRules(md: MarkdownIt): void {
  const escape = md.utils.escapeHtml;

  md.renderer.rules.question_open = (tokens, idx) => {
    const token = tokens[idx];
    const id = escape(String(token.meta?.questionId ?? ""));
    return `<details class="question" id="q-${id}" data-question-id="${id}">${QUESTION_TITLE_OPEN}`;
  };
  md.renderer.rules.question_summary_close = () => `${QUESTION_TITLE_CLOSE}\n`;
  md.renderer.rules.question_close = () => `</div></details>\n`;

  md.renderer.rules.fence = (tokens, idx, _options, rawEnv) => {
    const env = rawEnv as unknown as RenderEnv;
    const token = tokens[idx];
    const info = token.info.trim();
    if (info.split(/\s+/)[0] === "mermaid") {
      env.hasMermaid = true;
      return `<div class="mermaid-diagram"><pre class="mermaid">${escape(sanitizeMermaid(token.content))}</pre></div>\n`;
    }
    const language = resolveLanguage(info);
    const label = escape(info.split(/\s+/)[0] ?? "");
    const code = highlightCode(token.content, language, escape);
    const languageClass = language ? ` language-${escape(language)}` : "";
    return (
      `<div class="code-block"><div class="code-toolbar"><span class="code-language">${label}</span>` +
      `<button class="copy-button" type="button" data-action="copy" title="Copy code">Copy</button></div>` +
      `<pre><code class="hljs${languageClass}">${code}</code></pre></div>\n`
    );
  };
  md.renderer.rules.code_block = (tokens, idx) =>
    `<div class="code-block"><pre><code class="hljs">${escape(tokens[idx].content)}</code></pre></div>\n`;

  md.renderer.rules.link_open = (tokens, idx, _options, rawEnv) => {
    const env = rawEnv as unknown as RenderEnv;
    const token = tokens[idx];
    const href = String(token.attrGet("href") ?? "");
    const target = classifyLink(href);
    env.links.push({ href, target, line: findLine(tokens, idx) + env.lineOffset });
    switch (target.kind) {
      case "guide":
        return `<a href="#" class="guide-link" data-guide="${escape(target.guideId)}"${target.anchor ? ` data-anchor="${escape(target.anchor)}"` : ""}>`;
      case "exercise":
        return `<a href="#" class="exercise-link" data-exercise="${escape(target.exerciseId)}">`;
      case "anchor":
        return `<a href="#${escape(headingElementId(target.anchor))}" data-anchor="${escape(target.anchor)}">`;
      case "external":
        return `<a href="${escape(target.url)}" class="external-link" data-external="${escape(target.url)}" title="${escape(target.url)}">`;
      default:
        return `<a class="rejected-link">`;
    }
  };

  // Images are not part of the format; show their alt text so nothing is fetched.
  md.renderer.rules.image = (tokens, idx) => `<span class="image-alt">${escape(tokens[idx].content)}</span>`;

  for (const mathRule of ["math_inline", "math_block", "math_inline_block", "math_block_eqno"]) {
    const original = md.renderer.rules[mathRule];
    if (!original) continue;
    md.renderer.rules[mathRule] = (tokens, idx, options, env, self) => {
      (env as unknown as RenderEnv).hasMath = true;
      return original(tokens, idx, options, env, self);
    };
  }
}

/** Copies each inline block's line onto its links, so link problems can be reported by line. */
function linkLinesRule(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== "inline" || !token.children || !token.map) continue;
    for (const child of token.children) if (child.type === "link_open") child.map = token.map;
  }
}

/** markdown-it maps only block tokens to lines; an inline token's line comes from its block. */
function findLine(tokens: Token[], idx: number): number {
  return tokens[idx].map?.[0] ?? 0;
}

/** Removes Mermaid `%%{ … }%%` directives: they could change the theme or security level. */
export function sanitizeMermaid(source: string): string {
  return source.replace(/%%\{[\s\S]*?\}%%/g, "").replace(/^\s*%%\{.*$/gm, "");
}

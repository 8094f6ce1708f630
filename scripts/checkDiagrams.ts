// npm run check:diagrams [-- path ...]
// Proves every Mermaid diagram in the course renders: each ```mermaid block of the guides and exercise
// READMEs is parsed and rendered by the Mermaid build the guide panel ships (node_modules/mermaid/dist/
// mermaid.min.js), in headless Chromium, with the panel's settings (securityLevel 'strict'). Every
// broken diagram is printed as content/<file>:<line>: <reason>, the line being that of its ```mermaid
// fence; the exit code is 1 if any fails, 2 if the check itself could not run.
// With paths, only the diagrams in files under those paths are checked.
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { splitFrontMatter } from "../src/core/content/frontMatter";
import { GuideRenderer, sanitizeMermaid } from "../src/core/render/guideRenderer";

export interface Diagram {
  /** Path relative to the content root, with `/` separators. */
  file: string;
  /** 1-based file line of the ```mermaid fence. */
  line: number;
  /** The diagram source exactly as the panel puts it in its <pre class="mermaid"> (after sanitizeMermaid). */
  source: string;
  /** The fence's content as written (before sanitizeMermaid), to point errors at a file line. */
  written: string;
}

export interface DiagramProblem {
  file: string;
  line: number;
  message: string;
}

/** The ```mermaid blocks of one markdown file, found by the renderer's own markdown-it parser. */
export function extractDiagrams(file: string, text: string, renderer: GuideRenderer = new GuideRenderer()): Diagram[] {
  // Guides have front matter (lines are counted from the body's first line, as the content checker does);
  // exercise READMEs are rendered whole (minus their H1 line, which moves no fence content).
  const isGuide = file.startsWith("guides/");
  const { body, bodyFirstLine } = isGuide
    ? splitFrontMatter(text)
    : { body: text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), bodyFirstLine: 1 };
  const diagrams: Diagram[] = [];
  for (const token of renderer.parse(body)) {
    // The same test as the renderer's fence rule.
    if (token.type !== "fence" || token.info.trim().split(/\s+/)[0] !== "mermaid") continue;
    diagrams.push({ file, line: (token.map?.[0] ?? 0) + bodyFirstLine, source: sanitizeMermaid(token.content), written: token.content });
  }
  return diagrams;
}

/** Every markdown file that can hold a diagram: content/guides/**.md and content/exercises/<id>/README.md. */
export async function listContentMarkdown(contentRoot: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(contentRoot, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile() && entry.name.endsWith(".md")) files.push(child);
    }
  };
  await walk("guides");
  const exercises = await readdir(path.join(contentRoot, "exercises"), { withFileTypes: true }).catch(() => []);
  for (const entry of exercises) {
    const readme = `exercises/${entry.name}/README.md`;
    if (entry.isDirectory() && existsSync(path.join(contentRoot, readme))) files.push(readme);
  }
  return files.sort();
}

/** The repository root: the nearest folder above this file (src or bundle) holding scripts/vscode/paths.mjs. */
function findRepoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "scripts", "vscode", "paths.mjs"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`cannot find the repository root above ${__dirname}`);
  }
}

export interface RenderOptions {
  /** A diagram taking longer than this is reported as broken (and the page is replaced). */
  timeoutMs?: number;
  /** Mermaid theme, as the panel picks it: "default" (light) or "dark". */
  theme?: string;
  onDiagram?: (diagram: Diagram, problem: DiagramProblem | undefined) => void;
}

export class ChromiumMissingError extends Error {}

// Runs in the page, once, after mermaid.min.js. `panelText` reproduces what the panel's mermaid.run reads
// from <pre class="mermaid">: the source set as textContent, read back as innerHTML, then mermaid's own
// entityDecode, dedent (ts-dedent), trim and <br> normalisation. The diagram is then parsed and rendered.
const PAGE_SCRIPT = String.raw`(() => {
  let decoder;
  function entityDecode(html) {
    decoder = decoder || document.createElement("div");
    html = escape(html).replace(/%26/g, "&").replace(/%23/g, "#").replace(/%3B/g, ";");
    decoder.innerHTML = html;
    return unescape(decoder.textContent);
  }
  function dedent(text) {
    let string = text.replace(/\r?\n([\t ]*)$/, "");
    const indents = string.match(/\n([\t ]+|(?!\s).)/g);
    if (indents) {
      const min = Math.min(...indents.map((match) => (match.match(/[\t ]/g) || []).length));
      string = string.replace(new RegExp("\n[\t ]{" + min + "}", "g"), "\n");
    }
    return string.replace(/^\r?\n/, "");
  }
  function panelText(source) {
    const pre = document.createElement("pre");
    pre.className = "mermaid";
    pre.textContent = source;
    return dedent(entityDecode(pre.innerHTML)).trim().replace(/<br\s*\/?>/gi, "<br/>");
  }
  function describe(error) {
    if (error && typeof error === "object" && typeof error.message === "string") return error.message;
    return String(error);
  }
  window.__initDiagrams = (theme) => {
    window.mermaid.initialize({
      startOnLoad: false,
      securityLevel: "strict",
      theme,
      fontFamily: "var(--vscode-font-family)",
      secure: ["securityLevel", "startOnLoad", "maxTextSize", "theme", "themeVariables", "fontFamily", "htmlLabels"],
    });
  };
  window.__checkDiagram = async (source, id) => {
    const text = panelText(source);
    try {
      try {
        await window.mermaid.parse(text);
      } catch (error) {
        return { stage: "parse", message: describe(error), text };
      }
      try {
        const { svg } = await window.mermaid.render(id, text);
        if (typeof svg !== "string" || !svg.includes("<svg")) return { stage: "render", message: "render returned no SVG", text };
      } catch (error) {
        return { stage: "render", message: describe(error), text };
      }
      return null;
    } finally {
      document.body.replaceChildren();
    }
  };
})();`;

interface PageFailure {
  stage: "parse" | "render";
  message: string;
  /** The text Mermaid was given (what the panel's mermaid.run would read). */
  text: string;
}

/**
 * One line from a Mermaid error, pointing at the offending diagram line and, when it can be found
 * unambiguously in the fence, its file line: `file line 12 "A[put(k, v)] --> B": parse error: got 'PS', expected 'SQE', …`.
 */
export function describeFailure(diagram: Diagram, failure: PageFailure): string {
  const lines = failure.message.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  const oneLine = (text: string, max = 240) => {
    const collapsed = text.replace(/\s+/g, " ").trim();
    return collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed;
  };
  let reason: string;
  const jison = /^(Parse|Lexical) error on line \d+[.:]?/.exec(lines[0] ?? "");
  if (jison) {
    // Jison: header, excerpt, caret line, then "Expecting 'A', 'B', got 'C'" (or "Unrecognized text.").
    const tail = lines.slice(3).join(" ") || lines[0].slice(jison[0].length);
    const expecting = /^Expecting (.*), got ('[^']*'|\S+)$/.exec(tail);
    if (expecting) {
      const options = expecting[1].split(/,\s*/);
      const shown = options.slice(0, 4).join(", ") + (options.length > 4 ? `, … (${options.length} alternatives)` : "");
      reason = `${jison[1].toLowerCase()} error: got ${expecting[2]}, expected ${shown}`;
    } else {
      reason = `${jison[1].toLowerCase()} error: ${oneLine(tail)}`;
    }
  } else {
    reason = oneLine(lines.join(" "));
  }
  if (failure.stage === "render") reason = `renders with an error: ${reason}`;

  // Where: the diagram line Mermaid names, shown as written and, if unambiguous, as a file line.
  const lineNumber = /\bline (\d+)\b/.exec(failure.message)?.[1];
  const offending = lineNumber ? failure.text.split("\n")[Number(lineNumber) - 1]?.trim() : undefined;
  if (!offending) return reason;
  const matches = diagram.written.split("\n").flatMap((line, index) => (line.trim() === offending ? [index] : []));
  const where = matches.length === 1 ? `file line ${diagram.line + 1 + matches[0]}` : `diagram line ${lineNumber}`;
  return `${where} "${oneLine(offending, 80)}": ${reason}`;
}

/** Parses and renders each diagram in one headless Chromium page; returns the broken ones. The browser is always closed. */
export async function renderDiagrams(diagrams: Diagram[], options: RenderOptions = {}): Promise<DiagramProblem[]> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const repoRoot = findRepoRoot();
  const { chromiumPath, chromiumArgs } = (await import(path.join(repoRoot, "scripts", "vscode", "paths.mjs"))) as {
    chromiumPath: string;
    chromiumArgs: string[];
  };
  if (!existsSync(chromiumPath)) {
    throw new ChromiumMissingError(
      `Chromium not found at ${chromiumPath}. Install the Debian package: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  const mermaidFile = path.join(repoRoot, "node_modules", "mermaid", "dist", "mermaid.min.js");
  if (!existsSync(mermaidFile)) throw new Error(`${mermaidFile} not found: run npm install`);
  const { chromium } = await import("playwright-core");

  const problems: DiagramProblem[] = [];
  let browser: Browser | undefined;
  // A file:// page loads mermaid.min.js from disk (faster than pushing 3.5 MB through the protocol).
  const pageDir = await mkdtemp(path.join(os.tmpdir(), "check-diagrams-"));
  try {
    const pageFile = path.join(pageDir, "check.html");
    await writeFile(
      pageFile,
      `<!doctype html><html><head><meta charset="utf-8"></head><body><script src="${pathToFileURL(mermaidFile).href}"></script></body></html>`,
    );
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
    const openPage = async (): Promise<Page> => {
      const page = await browser!.newPage();
      await page.goto(pathToFileURL(pageFile).href);
      if (!(await page.evaluate(() => typeof (window as unknown as { mermaid?: unknown }).mermaid === "object"))) {
        throw new Error(`${mermaidFile} did not define window.mermaid`);
      }
      await page.addScriptTag({ content: PAGE_SCRIPT });
      await page.evaluate((theme) => (window as unknown as { __initDiagrams(theme: string): void }).__initDiagrams(theme), options.theme ?? "default");
      return page;
    };
    let page = await openPage();
    for (const [index, diagram] of diagrams.entries()) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), timeoutMs);
      });
      const check = page.evaluate(
        ([source, id]) =>
          (window as unknown as { __checkDiagram(source: string, id: string): Promise<PageFailure | null> }).__checkDiagram(
            source,
            id,
          ),
        [diagram.source, `check-diagram-${index}`] as const,
      );
      const result = await Promise.race([check, timedOut]).finally(() => clearTimeout(timer));
      let problem: DiagramProblem | undefined;
      if (result === "timeout") {
        check.catch(() => undefined);
        problem = { file: diagram.file, line: diagram.line, message: `did not render within ${timeoutMs / 1000} s` };
        // The page may be stuck in Mermaid's layout: replace it.
        await page.close({ runBeforeUnload: false }).catch(() => undefined);
        page = await openPage();
      } else if (result) {
        problem = { file: diagram.file, line: diagram.line, message: describeFailure(diagram, result) };
      }
      if (problem) problems.push(problem);
      options.onDiagram?.(diagram, problem);
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await rm(pageDir, { recursive: true, force: true });
  }
  return problems;
}

async function main(): Promise<void> {
  const started = Date.now();
  const root = path.resolve("content");
  const filters = process.argv.slice(2).map((arg) => path.relative(root, path.resolve(arg)).split(path.sep).join("/"));
  const inScope = (file: string) =>
    filters.length === 0 || filters.some((filter) => filter === "" || file === filter || file.startsWith(`${filter}/`));
  const files = (await listContentMarkdown(root)).filter(inScope);
  if (files.length === 0) {
    console.error(`no guide or exercise README under ${filters.length ? filters.map((filter) => `content/${filter}`).join(", ") : "content"}`);
    process.exitCode = 2;
    return;
  }
  const renderer = new GuideRenderer();
  const diagrams: Diagram[] = [];
  for (const file of files) diagrams.push(...extractDiagrams(file, await readFile(path.join(root, file), "utf8"), renderer));

  const problems = diagrams.length ? await renderDiagrams(diagrams) : [];
  for (const problem of problems) console.log(`content/${problem.file}:${problem.line}: ${problem.message}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const withDiagrams = new Set(diagrams.map((diagram) => diagram.file)).size;
  console.log(
    `\n${diagrams.length} diagram${diagrams.length === 1 ? "" : "s"} in ${withDiagrams} of ${files.length} files ` +
      `(Mermaid ${mermaidVersion()}, securityLevel strict): ` +
      (problems.length === 0 ? "all render" : `${problems.length} broken`) +
      ` in ${seconds} s` +
      (filters.length ? ` (${filters.map((filter) => `content/${filter}`).join(", ")})` : ""),
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}

function mermaidVersion(): string {
  try {
    return JSON.parse(readFileSync(path.join(findRepoRoot(), "node_modules", "mermaid", "package.json"), "utf8")).version;
  } catch {
    return "?";
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof ChromiumMissingError ? error.message : error);
    process.exitCode = 2;
  });
}

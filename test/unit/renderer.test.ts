import assert from "node:assert/strict";
import { GuideRenderer, sanitizeMermaid } from "../../src/core/render/guideRenderer";
import { classifyLink } from "../../src/core/render/links";
import { slugify } from "../../src/core/render/slug";

const renderer = new GuideRenderer();
const html = (markdown: string) => renderer.render(markdown).html;

/** True when the HTML contains an element or attribute that could run script or load something. */
function hasActiveContent(output: string): boolean {
  const tags = output.match(/<[a-z][^>]*>/gi) ?? [];
  return tags.some((tag) => /^<(script|iframe|object|embed|img|style|link|meta|form)\b/i.test(tag) || /\son[a-z]+\s*=/i.test(tag) || /\s(href|src)\s*=\s*"(?!#|https?:)/i.test(tag));
}

describe("guide renderer", () => {
  describe("hostile markdown comes out inert", () => {
    it("escapes script tags and raw HTML blocks", () => {
      const output = html('<script>alert("x")</script>\n\n<div onclick="evil()">hi</div>\n\nInline <img src=x onerror=alert(1)> text.');
      assert.ok(!hasActiveContent(output), output);
      assert.match(output, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
      assert.match(output, /&lt;img src=x onerror=alert\(1\)&gt;/);
    });

    for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "command:workbench.action.quit", "file:///etc/passwd", "vscode://settings"]) {
      it(`renders a ${href.split(":")[0]}: link as plain text`, () => {
        const output = html(`[click me](${href}) and <${href}>`);
        assert.ok(!/<a\s/.test(output), output);
        assert.ok(!hasActiveContent(output), output);
      });
    }

    it("turns images into their alt text so nothing is fetched", () => {
      const output = html('![a diagram](https://example.com/x.png) ![b](javascript:alert(1))');
      assert.ok(!/<img/.test(output), output);
      assert.match(output, /<span class="image-alt">a diagram<\/span>/);
    });

    it("escapes attribute breakouts in link targets and code fence info strings", () => {
      const output = html('[x](https://example.com/"onmouseover="alert(1))\n\n```ts" onclick="alert(1)\ncode\n```');
      assert.ok(!/\sonmouseover=|\sonclick=/.test(output), output);
    });

    it("strips Mermaid init directives that could loosen its security level", () => {
      const output = html("```mermaid\n%%{init: {'securityLevel': 'loose'}}%%\nflowchart LR\n  A-->B\n```");
      assert.doesNotMatch(output, /securityLevel|loose|%%\{/);
      assert.match(output, /<pre class="mermaid">\s*flowchart LR/);
      assert.equal(sanitizeMermaid("%%{\n init: {}\n}%%\nsequenceDiagram"), "\nsequenceDiagram");
    });

    it("keeps KaTeX from producing links or HTML from \\href and \\htmlData", () => {
      const output = html("$\\href{javascript:alert(1)}{x}$ and $\\htmlData{foo=bar}{x}$");
      assert.ok(!/href="javascript/i.test(output), output);
      assert.ok(!/data-foo/.test(output), output);
    });
  });

  describe("features", () => {
    it("gives headings unique GitHub-style ids and builds a table of contents", () => {
      const result = renderer.render("## Read path\n\n### Bloom filters (per SSTable)\n\n## Read path\n");
      assert.deepEqual(result.toc, [
        { level: 2, text: "Read path", slug: "read-path" },
        { level: 3, text: "Bloom filters (per SSTable)", slug: "bloom-filters-per-sstable" },
        { level: 2, text: "Read path", slug: "read-path-1" },
      ]);
      assert.match(result.html, /<h2 id="s-read-path-1">/);
    });

    it("highlights code with a language label and a copy button", () => {
      const output = html("```python\ndef f(x):\n    return x + 1\n```");
      assert.match(output, /<span class="code-language">python<\/span>/);
      assert.match(output, /data-action="copy"/);
      assert.match(output, /<code class="hljs language-python"><span class="hljs-keyword">def<\/span>/);
    });

    it("renders inline and display math with KaTeX and flags the page as having math", () => {
      const result = renderer.render("Error is $1.04/\\sqrt{m}$.\n\n$$\np = (1 - e^{-kn/m})^k\n$$\n");
      assert.equal(result.hasMath, true);
      assert.match(result.html, /class="katex"/);
      assert.match(result.html, /class="katex-display"/);
      assert.equal(renderer.render("Costs \\$5 and \\$10.").hasMath, false);
    });

    it("marks pages with diagrams so the panel loads Mermaid only for them", () => {
      assert.equal(renderer.render("```mermaid\nflowchart LR\nA-->B\n```").hasMermaid, true);
      assert.equal(renderer.render("```ts\nconst a = 1;\n```").hasMermaid, false);
    });

    it("renders GitHub callouts", () => {
      const output = html("> [!WARNING]\n> Compaction can stall writes.");
      assert.match(output, /class="markdown-alert markdown-alert-warning"/);
      assert.match(output, /Compaction can stall writes/);
    });

    it("turns guide:, exercise:, anchor and https links into data attributes the panel handles", () => {
      const output = html("[a](guide:lsm-trees#compaction) [b](exercise:lru-cache) [c](#intro) [d](https://example.com/x)");
      assert.match(output, /<a href="#" class="guide-link" data-guide="lsm-trees" data-anchor="compaction">a<\/a>/);
      assert.match(output, /<a href="#" class="exercise-link" data-exercise="lru-cache">b<\/a>/);
      assert.match(output, /<a href="#s-intro" data-anchor="intro">c<\/a>/);
      assert.match(output, /data-external="https:\/\/example\.com\/x"/);
    });

    it("renders the Questions section as collapsible cards keyed by question id", () => {
      const result = renderer.render("## Questions\n\n### Why sequential? {#lsm-why}\n\nBecause **appends**.\n\n### And then? {#lsm-then}\n\nMore.\n");
      assert.deepEqual(result.questions.map((question) => [question.id, question.title]), [["lsm-why", "Why sequential?"], ["lsm-then", "And then?"]]);
      assert.match(result.html, /<details class="question" id="q-lsm-why" data-question-id="lsm-why"><summary class="question-title"><h3 class="question-heading">Why sequential\?<\/h3><\/summary><div class="answer">\n<p>Because <strong>appends<\/strong>\.<\/p>\n<\/div><\/details>/);
      assert.doesNotMatch(result.html, /\{#lsm/);
    });

    it("renders tables", () => {
      assert.match(html("| a | b |\n|---|---|\n| 1 | 2 |"), /<table>[\s\S]*<td>2<\/td>/);
    });

    it("renders pathological nesting without blowing up", () => {
      const deep = `${"> ".repeat(500)}quote\n\n${"[".repeat(5000)}x${"]".repeat(5000)}\n\n${"*a ".repeat(5000)}`;
      const output = html(deep);
      assert.ok(output.length > 0);
    });
  });

  describe("link classification", () => {
    it("accepts only guide:, exercise:, #anchor and http(s) targets", () => {
      assert.deepEqual(classifyLink("guide:big-o"), { kind: "guide", guideId: "big-o" });
      assert.deepEqual(classifyLink("exercise:lru-cache"), { kind: "exercise", exerciseId: "lru-cache" });
      assert.equal(classifyLink("guide:../etc").kind, "rejected");
      assert.equal(classifyLink("guide:Big_O").kind, "rejected");
      assert.equal(classifyLink("https://example.com").kind, "external");
      assert.equal(classifyLink("ftp://example.com").kind, "rejected");
      assert.equal(classifyLink("#a\"b").kind, "rejected");
    });

    it("slugifies like GitHub", () => {
      assert.equal(slugify("What happens when you type a URL?"), "what-happens-when-you-type-a-url");
      assert.equal(slugify("R + W > N"), "r--w--n");
    });
  });
});

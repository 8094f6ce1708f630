import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { loadCatalogue } from "../../src/core/content/catalogueLoader";
import { CONTENT_INDEX_VERSION, readContentIndex } from "../../src/core/content/contentIndex";
import { checkCourse } from "../../src/core/content/courseCheck";
import { splitFrontMatter } from "../../src/core/content/frontMatter";
import { scanQuestions } from "../../src/core/content/questionScan";
import { formatProblem } from "../../src/core/content/types";
import { buildPanelHtml } from "../../src/core/render/panelHtml";
import { GuideRenderer } from "../../src/core/render/guideRenderer";
import { extractQuestionCard } from "../../src/core/render/questionCard";
import { reviewCardHtml, reviewDoneHtml, type ReviewDoneView } from "../../src/core/render/reviewPage";
import { CATEGORIES, memorySource, validGuide } from "./helpers";

const QUESTIONS_BODY = `Intro.

## Questions

### Why are writes \`sequential\`? {#lsm-why}

Because **appends** are cheap: see [compaction](guide:lsm-trees#compaction).

\`\`\`text
### Not a question {#lsm-fake}
\`\`\`

### What does a nil *MyError hold, and what is __Host-? {#lsm-nil}

A type and a nil pointer.

\`\`\`mermaid
flowchart LR
  A --> B
\`\`\`

### Is $O(\\log n)$ & <b>fine</b>? {#lsm-math}

Yes.
`;

describe("questions for review", () => {
  describe("listing a guide's questions without rendering it", () => {
    it("finds the H3 ids and plain titles under ## Questions, ignoring code blocks and other sections", () => {
      const body = `## How it works\n\n### Looks like one {#not-in-questions}\n\n${QUESTIONS_BODY}`;
      assert.deepEqual(scanQuestions(body), [
        { id: "lsm-why", title: "Why are writes sequential?" },
        { id: "lsm-nil", title: "What does a nil *MyError hold, and what is __Host-?" },
        { id: "lsm-math", title: "Is O(\\log n) & <b>fine</b>?" },
      ]);
    });

    it("agrees with the renderer on every guide of the course", () => {
      const renderer = new GuideRenderer();
      const root = path.join(__dirname, "../../content/guides");
      let total = 0;
      for (const category of readdirSync(root)) {
        for (const file of readdirSync(path.join(root, category)).filter((name) => name.endsWith(".md"))) {
          const { body } = splitFrontMatter(readFileSync(path.join(root, category, file), "utf8"));
          const scanned = scanQuestions(body);
          assert.deepEqual(scanned, renderer.render(body).questions.map(({ id, title }) => ({ id, title })), `${category}/${file}`);
          total += scanned.length;
        }
      }
      assert.ok(total >= 800, `the course has ${total} questions`);
    });

    it("puts each guide's questions in the catalogue (so the build-time index carries them)", async () => {
      const catalogue = await loadCatalogue(memorySource({ "categories.yaml": CATEGORIES, "guides/databases/lsm-trees.md": validGuide("lsm-trees") }));
      assert.deepEqual(
        catalogue.guides[0].questions.map((question) => question.id),
        Array.from({ length: 8 }, (_, i) => `lsm-trees-q${i}`),
      );
      assert.equal(catalogue.guides[0].questions[0].title, "Question number 0?");
    });

    it("rejects an index from before questions were indexed (the catalogue is then read from the content)", () => {
      const guide = { id: "a", questions: [] };
      const index = (version: number, guides: unknown[]) => JSON.stringify({ version, categories: [], guides, exercises: [], problems: [] });
      assert.ok(readContentIndex(index(CONTENT_INDEX_VERSION, [guide])));
      assert.equal(readContentIndex(index(1, [guide])), undefined);
      assert.equal(readContentIndex(index(CONTENT_INDEX_VERSION, [{ id: "a" }])), undefined);
      assert.equal(readContentIndex(index(CONTENT_INDEX_VERSION, [null])), undefined);
    });

    it("the content checker reports a question the line scan cannot see (so the review queue never misses one)", async () => {
      const body = validGuide("g").split("---\n").slice(2).join("---\n").replace("### Question number 3?", "> ### Question number 3?");
      const { problems } = await checkCourse(memorySource({ "categories.yaml": CATEGORIES, "guides/databases/g.md": validGuide("g", { body }) }));
      const text = problems.map(formatProblem).join("\n");
      assert.match(text, /g\.md:\d+: the review queue's list of questions differs from the rendered questions/);
    });
  });

  describe("a question card out of the rendered guide", () => {
    const html = new GuideRenderer().render(QUESTIONS_BODY).html;

    it("extracts the title and the whole answer, with its code, links and diagrams", () => {
      const why = extractQuestionCard(html, "lsm-why");
      assert.ok(why);
      assert.equal(why.titleHtml, "Why are writes <code>sequential</code>?");
      assert.match(why.answerHtml, /^<p>Because <strong>appends<\/strong> are cheap/);
      assert.match(why.answerHtml, /class="guide-link" data-guide="lsm-trees" data-anchor="compaction"/);
      assert.match(why.answerHtml, /### Not a question \{#lsm-fake\}/, "the code block is part of the answer");
      assert.doesNotMatch(why.answerHtml, /lsm-nil|<\/details>/, "and nothing of the next question");
      const nil = extractQuestionCard(html, "lsm-nil");
      assert.match(nil?.answerHtml ?? "", /<pre class="mermaid">/);
    });

    it("keeps raw HTML in a question inert and finds nothing for an unknown id", () => {
      const math = extractQuestionCard(html, "lsm-math");
      assert.match(math?.titleHtml ?? "", /&lt;b&gt;fine&lt;\/b&gt;/);
      assert.match(math?.titleHtml ?? "", /class="katex"/);
      assert.equal(extractQuestionCard(html, "lsm-fake"), undefined);
      assert.equal(extractQuestionCard(html, "nope"), undefined);
      assert.equal(extractQuestionCard(html, 'lsm-why" onclick="x'), undefined);
    });
  });

  describe("the review page", () => {
    const card = { titleHtml: "Why <code>x</code>?", answerHtml: "<p>Because.</p>" };
    const view = { questionId: "lsm-why", guideId: "lsm-trees", guideTitle: "LSM <Trees>", card, isNew: true, intervals: { again: 1, hard: 1, good: 1, easy: 4 } };

    it("shows the question with its answer hidden behind Show answer, and four grade buttons with keys and intervals", () => {
      const html = reviewCardHtml(view);
      assert.match(html, /<section class="review-card" id="review-card" data-question-id="lsm-why"/);
      assert.match(html, /<h2 class="review-question" id="review-question">Why <code>x<\/code>\?<\/h2>/);
      assert.match(html, /<vscode-button id="show-answer"[^>]*>Show answer<\/vscode-button>/);
      assert.match(html, /<div class="answer review-answer" id="review-answer" hidden>\n<p>Because\.<\/p>/);
      assert.match(html, /id="review-grades"[^>]*hidden>/);
      const grades = [...html.matchAll(/data-grade="(\w+)"[^>]*aria-keyshortcuts="(\d)">.*?<span class="grade-interval">([^<]+)<\/span>/g)].map((m) => [m[1], m[2], m[3]]);
      assert.deepEqual(grades, [["again", "1", "1 day"], ["hard", "2", "1 day"], ["good", "3", "1 day"], ["easy", "4", "4 days"]]);
      assert.match(html, /<span class="review-new">New<\/span> From <a href="#" class="guide-link" data-guide="lsm-trees" data-anchor="q-lsm-why">LSM &lt;Trees&gt;<\/a>/);
      assert.doesNotMatch(reviewCardHtml({ ...view, isNew: false }), /review-new/);
    });

    it("when nothing is due, says when the next review is and offers new questions", () => {
      const done: ReviewDoneView = { next: { when: "tomorrow", count: 3 }, reviewed: 12, newReady: 5, newAvailable: 9, newPerDay: 10, anyGuideRead: true, reviewedInSession: 4 };
      const html = reviewDoneHtml(done);
      assert.match(html, /Done for now/);
      assert.match(html, /You reviewed 4 in this session/);
      assert.match(html, /Next review: <strong>tomorrow<\/strong> \(3 questions\)/);
      const button = /<vscode-button class="page-action" id="review-new" data-message="([^"]+)">Review new questions<\/vscode-button>/.exec(html);
      assert.ok(button, html);
      assert.deepEqual(JSON.parse(button[1].replace(/&quot;/g, '"')), { type: "openReview", includeNew: true });
      const guideDone = reviewDoneHtml({ ...done, guide: { id: "raft", title: "Raft & co" } });
      assert.match(guideDone, /No questions in Raft &amp; co are due today/);
      assert.deepEqual(JSON.parse(/data-message="([^"]+)"/.exec(guideDone)![1].replace(/&quot;/g, '"')), { type: "openReview", guideId: "raft", includeNew: true });
    });

    it("explains why no new question is offered: the daily limit, nothing read, or everything started", () => {
      const base: ReviewDoneView = { reviewed: 0, newReady: 0, newAvailable: 0, newPerDay: 10, anyGuideRead: false, reviewedInSession: 0 };
      assert.match(reviewDoneHtml(base), /Nothing to review[\s\S]*No question has been reviewed yet[\s\S]*guides you mark as read/);
      assert.match(reviewDoneHtml({ ...base, newAvailable: 4 }), /Today's 10 new questions have started[\s\S]*4 more/);
      assert.match(reviewDoneHtml({ ...base, newAvailable: 4, newPerDay: 0 }), /New questions are turned off/);
      assert.match(reviewDoneHtml({ ...base, anyGuideRead: true, reviewed: 3 }), /Every question of the guides you have read is in the review queue/);
      assert.doesNotMatch(reviewDoneHtml(base), /page-action/);
    });

    it("is served in the panel with the same strict CSP, scripts only with the nonce", () => {
      const html = buildPanelHtml(
        {
          page: { kind: "review" },
          title: "Review questions",
          subtitle: ["3 due today", "0 reviewed in this session"],
          articleHtml: reviewCardHtml(view),
          toc: [],
          hasMermaid: false,
          canGoBack: false,
          canGoForward: false,
          actions: [{ label: "Open the guide", title: "Open <it>", message: { type: "openGuide", guideId: "lsm-trees" } }],
        },
        { cspSource: "https://webview.example", styleUri: "s.css", scriptUri: "g.js", mermaidUri: "m.js" },
        "n0nce",
      );
      assert.match(html, /script-src 'nonce-n0nce'/);
      for (const script of html.match(/<script\b[^>]*>/g) ?? []) assert.ok(/nonce="n0nce"/.test(script) || /type="application\/json"/.test(script), script);
      assert.doesNotMatch(html, /id="read-toggle"/, "no Mark as read on a review page");
      assert.match(html, /title="Open &lt;it&gt;" data-message="\{&quot;type&quot;:&quot;openGuide&quot;/);
      assert.doesNotMatch(html, /\son[a-z]+=/i, "no inline event handlers");
    });
  });
});

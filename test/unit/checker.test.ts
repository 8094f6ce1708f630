import assert from "node:assert/strict";
import { checkCourse } from "../../src/core/content/courseCheck";
import { formatProblem } from "../../src/core/content/types";
import { CATEGORIES, memorySource, validGuide } from "./helpers";

async function problemsFor(files: Record<string, string>): Promise<string[]> {
  const { problems } = await checkCourse(memorySource({ "categories.yaml": CATEGORIES, ...files }));
  return problems.map(formatProblem);
}

const guideWithBody = (body: string) => validGuide("g", { body });
const FRONT_MATTER_LINES = 12; // validGuide's front matter occupies lines 1-12; the body starts on line 13

describe("content checker", () => {
  it("accepts a guide that meets every rule", async () => {
    assert.deepEqual(await problemsFor({ "guides/databases/g.md": validGuide("g") }), []);
  });

  it("reports missing required sections and a Questions section that is not last", async () => {
    const body = validGuide("g").split("---\n").slice(2).join("---\n").replace("## Trade-offs", "## Costs").replace("## Questions", "## Questions") + "\n## Afterword\n\nMore text.\n";
    const problems = await problemsFor({ "guides/databases/g.md": guideWithBody(body) });
    assert.ok(problems.some((problem) => /missing required section "## Trade-offs"/.test(problem)), problems.join("\n"));
    assert.ok(problems.some((problem) => /"## Questions" must be the last section, but "## Afterword" follows it/.test(problem)), problems.join("\n"));
  });

  it("requires a table in Trade-offs, eight questions with ids and answers", async () => {
    const prose = Array.from({ length: 1100 }, () => "word").join(" ");
    const body = `${prose}\n\n## Trade-offs\n\nNo table.\n\n## In the interview\n\nText.\n\n## Questions\n\n### First? {#g-first}\n\nAnswer.\n\n### No id here\n\nAnswer.\n\n### Empty answer? {#g-empty}\n\n### Last? {#g-last}\n\nAnswer.\n`;
    const problems = await problemsFor({ "guides/databases/g.md": guideWithBody(body) });
    const text = problems.join("\n");
    assert.match(text, /g\.md:\d+: "## Trade-offs" needs at least one table/);
    assert.match(text, new RegExp(`g\\.md:${FRONT_MATTER_LINES + 1 + 16}: question needs a stable kebab-case id`));
    assert.match(text, new RegExp(`g\\.md:${FRONT_MATTER_LINES + 1 + 20}: question has no answer`));
    assert.match(text, /needs at least 8 questions, has 4/);
  });

  it("counts prose words outside code and questions", async () => {
    const body = `Short intro.\n\n\`\`\`ts\n${"const a = 1;\n".repeat(2000)}\`\`\`\n\n## Trade-offs\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## In the interview\n\nText.\n\n## Questions\n\n${Array.from({ length: 8 }, (_, i) => `### Q${i}? {#g-q${i}}\n\n${"answer ".repeat(200)}\n`).join("\n")}`;
    const problems = await problemsFor({ "guides/databases/g.md": guideWithBody(body) });
    assert.ok(problems.some((problem) => /needs at least 1000 words of prose outside code and questions, has \d+$/.test(problem)), problems.join("\n"));
  });

  it("reports code fences without a language, raw HTML, bad math and unknown mermaid types with their lines", async () => {
    const base = validGuide("g");
    const guide = base.replace("## How it works\n", "## How it works\n\n```\nno language\n```\n\nA <div>raw</div> tag and bad math $\\frac{1$ here.\n\n```mermaid\nnotADiagram\n```\n");
    const problems = await problemsFor({ "guides/databases/g.md": guide });
    const text = problems.join("\n");
    const line = guide.split("\n").indexOf("```\nno language".split("\n")[0], guide.split("\n").indexOf("## How it works")) + 1;
    assert.match(text, new RegExp(`g\\.md:${line}: code block needs a language`));
    assert.match(text, /raw HTML is not rendered: "<div>"/);
    assert.match(text, /math does not parse/);
    assert.match(text, /mermaid block must start with a diagram type/);
  });

  it("checks link targets, anchors and link schemes", async () => {
    const guide = validGuide("g").replace(
      "Say the right things.",
      "See [missing](guide:nope), [anchor](guide:h#no-such-heading), [good anchor](guide:h#how-it-works), [exercise](exercise:ghost), [bad](javascript:alert(1)), [cmd](command:workbench.action.quit) and [local](#trade-offs).",
    );
    const problems = await problemsFor({ "guides/databases/g.md": guide, "guides/databases/h.md": validGuide("h") });
    const text = problems.join("\n");
    assert.match(text, /link to unknown guide "nope"/);
    assert.match(text, /link to "h#no-such-heading": no such heading in that guide/);
    assert.doesNotMatch(text, /how-it-works/);
    assert.match(text, /link to unknown exercise "ghost"/);
    assert.doesNotMatch(text, /#trade-offs/);
    // javascript: and command: links are refused by the renderer (they stay plain text) and reported.
    assert.match(text, /unsupported link target "javascript:…"/);
    assert.match(text, /unsupported link target "command:…"/);
  });

  it("reports question ids used twice across the course, naming the first place", async () => {
    const problems = await problemsFor({
      "guides/databases/a.md": validGuide("a", { questionPrefix: "shared" }),
      "guides/databases/b.md": validGuide("b", { questionPrefix: "shared" }),
    });
    assert.ok(problems.some((problem) => /b\.md:\d+: question id "shared-q0" is already used in guides\/databases\/a\.md:\d+/.test(problem)), problems.join("\n"));
  });

  it("checks exercise folders: README title, stubs with solutions, tests", async () => {
    const problems = await problemsFor({
      "guides/databases/g.md": validGuide("g", { exercises: ["x"] }),
      "exercises/x/exercise.yaml": "id: x\ntitle: X\nguide: g\ndifficulty: beginner\nestimatedMinutes: 10\nsummary: s\nlanguages: [typescript, python]\nhints: [a, b, c]\n",
      "exercises/x/README.md": "No title\n",
      "exercises/x/typescript/thing.ts": "export {}",
      "exercises/x/typescript/thing.test.ts": "",
      "exercises/x/python/thing.py": "",
      "exercises/x/python/solution/other.py": "",
    });
    const text = problems.join("\n");
    assert.match(text, /README\.md:1: README\.md must start with an H1 title/);
    assert.match(text, /typescript\/thing\.ts:1: stub has no reference solution/);
    assert.match(text, /python:1: no Python test file/);
    assert.match(text, /python\/solution\/other\.py:1: solution file has no stub of the same name/);
  });
});

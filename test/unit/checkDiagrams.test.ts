import assert from "node:assert/strict";
import { extractDiagrams, renderDiagrams, type DiagramProblem } from "../../scripts/checkDiagrams";

// Lines 1-4 front matter, the body starts on line 5.
const GUIDE = [
  "---", //                                   1
  "id: g", //                                 2
  "title: G", //                              3
  "---", //                                   4
  "Intro.", //                                5
  "", //                                      6
  "```mermaid", //                            7  good
  "flowchart LR", //                          8
  '  A["put(k, v)"] --> B', //                9
  "```", //                                   10
  "", //                                      11
  "```ts", //                                 12 not a diagram
  "const a = 1;", //                          13
  "```", //                                   14
  "", //                                      15
  "> [!NOTE]", //                             16
  "> ```mermaid", //                          17 bad: unquoted parentheses in a label
  "> flowchart LR", //                        18
  ">   A[put(k, v)] --> B", //                19
  "> ```", //                                 20
  "", //                                      21
  "```mermaid", //                            22 good once its directive is removed, as the panel does
  "%%{init: {'securityLevel': 'loose'}}%%", // 23
  "sequenceDiagram", //                       24
  "  A->>B: hello", //                        25
  "```", //                                   26
  "", //                                      27
  "```mermaid", //                            28 bad: parses, fails while rendering
  "sankey-beta", //                           29
  "  a,b,10", //                              30
  "  b,a,5", //                               31
  "```", //                                   32
  "",
].join("\n");

describe("diagram checker", () => {
  it("finds every ```mermaid fence with its file line, sanitized like the renderer", () => {
    const diagrams = extractDiagrams("guides/databases/g.md", GUIDE);
    assert.deepEqual(
      diagrams.map((diagram) => diagram.line),
      [7, 17, 22, 28],
    );
    assert.ok(!diagrams[2].source.includes("%%{"), diagrams[2].source);
    // Exercise READMEs have no front matter: lines count from the top of the file.
    assert.deepEqual(
      extractDiagrams("exercises/e/README.md", "# E\n\n```mermaid\nflowchart LR\n  A --> B\n```\n").map((diagram) => diagram.line),
      [3],
    );
  });

  it("reports a diagram that does not parse or does not render, and no good one (headless Chromium)", async function () {
    this.timeout(15_000);
    // No skip when Chromium is missing: the error names the Debian package to install, and .ci/run installs it.
    const problems: DiagramProblem[] = await renderDiagrams(extractDiagrams("guides/databases/g.md", GUIDE));
    assert.deepEqual(
      problems.map((problem) => `${problem.file}:${problem.line}`),
      ["guides/databases/g.md:17", "guides/databases/g.md:28"],
    );
    assert.match(problems[0].message, /^file line 19 "A\[put\(k, v\)\] --> B": parse error: got 'PS'/);
    assert.match(problems[1].message, /^renders with an error: circular link/);
  });
});

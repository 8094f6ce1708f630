// The adversarial suite (issue 9): hostile content, hostile messages, hostile file names, runaway
// tests and damaged state. Each case checks that the extension stays safe and says what happened.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { abnormalEnd, runExerciseTests, type RunnerFiles } from "../../src/core/exercises/exerciseRunner";
import { DEFAULT_LIMITS } from "../../src/core/exercises/processRunner";
import { checkPython } from "../../src/core/exercises/pythonCheck";
import { resolveInside, writeScaffold } from "../../src/core/exercises/scaffold";
import { PROGRESS_VERSION, repairProgress } from "../../src/core/progress/progress";
import { parsePanelPage, parseWebviewMessage } from "../../src/core/protocol/messages";
import { GuideRenderer, sanitizeMermaid } from "../../src/core/render/guideRenderer";

const root = path.resolve(__dirname, "../..");
const renderer = new GuideRenderer();
const runnerFiles: RunnerFiles = {
  tsRunner: path.join(root, "dist/runners/tsTestRunner.js"),
  tsReporter: path.join(root, "dist/runners/testEventReporter.mjs"),
  pythonRunner: path.join(root, "src/runners/python/interview_prep_runner.py"),
};

function activeTags(html: string): string[] {
  const withoutIcons = html.replace(/<svg class="octicon[^]*?<\/svg>/g, "");
  return (withoutIcons.match(/<[a-z][^>]*>/gi) ?? []).filter(
    (tag) =>
      /^<(script|iframe|object|embed|img|style|link|meta|form|base|svg|math(?![^>]*xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"))\b/i.test(tag) ||
      /\son[a-z]+\s*=/i.test(tag) ||
      /\s(href|src|action|formaction|xlink:href)\s*=\s*"(?!#|https?:)/i.test(tag),
  );
}

describe("adversarial", function () {
  this.timeout(60_000);

  describe("hostile guide markdown renders inert", () => {
    const cases: Record<string, string> = {
      "script tags": "<script>alert(1)</script>\n\n<SCRIPT SRC=//x.example/x.js></SCRIPT>",
      "event-handler attributes": '<a onmouseover="alert(1)">x</a> <svg onload=alert(1)> <body onload=alert(1)>',
      "javascript: links": "[a](javascript:alert(1)) [b](  javascript:alert(1)) [c](java\tscript:alert(1)) <javascript:alert(1)>",
      "vbscript: links": "[a](vbscript:msgbox(1))",
      "data: links and images": "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) ![i](data:image/svg+xml,<svg onload=alert(1)>)",
      "command: links": "[run](command:workbench.action.terminal.new) [q](command:_workbench.downloadResource?%5B%5D)",
      "reference-style links to bad targets": "[x][bad]\n\n[bad]: javascript:alert(1)",
      "html entities that spell javascript:": "[x](&#106;avascript:alert(1)) [y](jav&#x09;ascript:alert(1))",
    };
    for (const [name, markdown] of Object.entries(cases)) {
      it(name, () => {
        const html = renderer.render(markdown).html;
        assert.deepEqual(activeTags(html), [], html);
        assert.doesNotMatch(html, /<a\s[^>]*href="(?!#|https?:)/i, html);
      });
    }

    it("DOM-clobbering heading names cannot take the page's ids or window globals", () => {
      const html = renderer.render("## mermaid\n\n## page-state\n\n## read-toggle\n\n## acquireVsCodeApi\n\n## __proto__\n").html;
      const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
      assert.deepEqual(ids, ["s-mermaid", "s-page-state", "s-read-toggle", "s-acquirevscodeapi", "s-proto"]);
    });

    it("markdown-it's pathological inputs finish and stay inert", () => {
      const inputs = [
        "[".repeat(50_000) + "a" + "]".repeat(50_000),
        "*".repeat(50_000) + "a" + "*".repeat(50_000),
        "> ".repeat(10_000) + "deep",
        "- ".repeat(5_000) + "list",
        "[a](".repeat(20_000),
        "`".repeat(50_000),
        "\\".repeat(50_000),
        "<".repeat(50_000) + "script>",
        "![".repeat(20_000),
        "| a |\n|---|\n" + "| x |\n".repeat(20_000),
        "$".repeat(20_000),
        "$$\n" + "\\frac{".repeat(2_000) + "\n$$",
        "```mermaid\n" + "%%{init:".repeat(10_000) + "\n```",
      ];
      for (const input of inputs) {
        const html = renderer.render(input).html;
        assert.deepEqual(activeTags(html), [], input.slice(0, 40));
      }
    });
  });

  describe("Mermaid stays strict", () => {
    it("removes init directives that try to set securityLevel: loose, in any spelling", () => {
      for (const source of [
        "%%{init: {'securityLevel': 'loose'}}%%\nflowchart LR\nA-->B",
        "%%{ init : { \"securityLevel\" : \"loose\" } }%%\nflowchart LR\nA-->B",
        "flowchart LR\n%%{init: {'securityLevel':'loose'}}%%\nA-->B",
        "%%{initialize: {'securityLevel': 'loose'}}%%\nsequenceDiagram",
        "%%{init: {\n 'securityLevel': 'loose'\n}}%%\nflowchart LR",
      ]) {
        assert.doesNotMatch(sanitizeMermaid(source), /securityLevel|loose/, source);
        assert.doesNotMatch(renderer.render("```mermaid\n" + source + "\n```").html, /securityLevel|loose/);
      }
    });

    it("pins securityLevel in the webview's mermaid configuration so directives cannot change it", () => {
      const script = readFileSync(path.join(root, "webview/guide.ts"), "utf8");
      assert.match(script, /securityLevel: "strict"/);
      assert.match(script, /secure: \[[^\]]*"securityLevel"/);
    });
  });

  describe("webview messages", () => {
    it("rejects unknown types, extra fields and values that reach outside the extension", () => {
      for (const message of [
        { type: "executeCommand", command: "workbench.action.quit" },
        { type: "openGuide", guideId: "big-o", path: "/etc/passwd" },
        { type: "openGuide", guideId: "../../package" },
        { type: "openExercise", exerciseId: "lru-cache/../../x" },
        { type: "openExternal", url: "file:///etc/passwd" },
        { type: "openExternal", url: "vscode://file/etc/passwd" },
        { type: "generateExercise", exerciseId: "C:\\Windows" },
        JSON.parse('{"type":"ready","__proto__":{"x":1}}'),
      ]) {
        assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message));
      }
      assert.equal(parsePanelPage({ kind: "guide", guideId: "../../../etc/passwd" }), undefined);
    });
  });

  describe("scaffolding", () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "adversarial-"))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("refuses ../x, absolute paths and NUL bytes", async () => {
      for (const name of ["../x", "/tmp/x", "a/\u0000/b", "x\u0000.ts", "..", "a/../../b", "C:\\x"]) {
        await assert.rejects(writeScaffold(dir, [{ path: name, content: "x" }]), /refusing to write/, JSON.stringify(name));
      }
      assert.equal(existsSync(path.join(dir, "..", "x")), false);
    });

    it("overwrites nothing where files exist", async () => {
      writeFileSync(path.join(dir, "stub.ts"), "learner's work");
      const result = await writeScaffold(dir, [{ path: "stub.ts", content: "template" }, { path: "new.ts", content: "template" }]);
      assert.deepEqual(result, { written: ["new.ts"], kept: ["stub.ts"] });
      assert.equal(readFileSync(path.join(dir, "stub.ts"), "utf8"), "learner's work");
    });

    it("a crash mid-write leaves either no file or the whole file, never half of one", async () => {
      const target = path.join(dir, "big.txt");
      const size = 64 * 1024 * 1024;
      const script = `
        require(${JSON.stringify(path.join(root, "node_modules/sucrase/register/ts"))});
        const { writeNewFileAtomically } = require(${JSON.stringify(path.join(root, "src/core/exercises/scaffold.ts"))});
        process.stdout.write("start\\n");
        writeNewFileAtomically(${JSON.stringify(target)}, "x".repeat(${size}));
      `;
      const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
      await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 30));
      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));
      if (existsSync(target)) assert.equal(readFileSync(target).length, size, "a target that exists is complete");
      assert.throws(() => resolveInside(dir, "../big.txt"));
    });
  });

  describe("runaway tests", () => {
    const fixture = path.join(__dirname, "fixtures/runaway/typescript");
    before(() => {
      spawnSync(process.execPath, [path.join(root, "esbuild.mjs"), "--scripts"], { cwd: root, stdio: "inherit" });
    });

    it("an infinite loop in a test is stopped at the timeout and reported", async () => {
      const report = await runExerciseTests(
        { language: "typescript", folder: fixture, testFiles: [path.join(fixture, "loop.test.ts")], only: [], nodePath: process.execPath, limits: { ...DEFAULT_LIMITS, timeoutMs: 1500 } },
        runnerFiles,
      );
      assert.equal(report.timedOut, true);
      assert.match(abnormalEnd(report, { ...DEFAULT_LIMITS, timeoutMs: 1500 }) ?? "", /timed out after 1.5 s/);
    });

    it("a test printing 100 MB is stopped at the output limit and reported", async () => {
      const limits = { ...DEFAULT_LIMITS, killAfterOutputBytes: 4_000_000 };
      let shown = 0;
      const report = await runExerciseTests(
        { language: "typescript", folder: fixture, testFiles: [path.join(fixture, "flood.test.ts")], only: [], nodePath: process.execPath, limits },
        runnerFiles,
        { onOutput: (text) => (shown += text.length) },
      );
      assert.equal(report.outputLimitExceeded, true, JSON.stringify({ ...report, shown }).slice(0, 2000));
      assert.ok(shown < 100_000_000);
      assert.match(abnormalEnd(report, limits) ?? "", /more than 4 MB of output/);
    });

    it("invalid UTF-8 from a test does not break the run", async () => {
      let output = "";
      const report = await runExerciseTests(
        { language: "typescript", folder: fixture, testFiles: [path.join(fixture, "bytes.test.ts")], only: [], nodePath: process.execPath, limits: DEFAULT_LIMITS },
        runnerFiles,
        { onOutput: (text) => (output += text) },
      );
      assert.equal(abnormalEnd(report, DEFAULT_LIMITS), undefined);
      assert.deepEqual(report.results.map((result) => result.outcome), ["passed"]);
      assert.match(output, /\uFFFD/);
    });
  });

  describe("Python interpreter problems", () => {
    it("a missing interpreter path says it was not found", async () => {
      assert.equal(await checkPython("/no/such/python3"), "was not found");
    });

    it("a path to something that is not Python says so", async () => {
      assert.equal(await checkPython(process.execPath), "is not a working Python interpreter");
    });

    it("a working python3 passes", async () => {
      assert.equal(await checkPython("python3"), undefined);
    });
  });

  describe("progress state", () => {
    it("corrupted or old-version state is repaired without a crash", () => {
      const inputs: unknown[] = [
        "not json at all",
        { version: 99, guides: "x", exercises: [] },
        { guides: { "big-o": null }, exercises: { "lru-cache": { status: 7, attempts: "many" } } },
        { readGuides: ["tcp", 5, null] },
        Object.create(null),
        { version: 3, reviews: { "big-o-q1": { ease: "2.5" }, "big-o-q2": 7 } },
        JSON.parse('{"version":3,"reviews":{"__proto__":{"ease":2.5},"constructor":null}}'),
      ];
      for (const input of inputs) {
        const { state } = repairProgress(input);
        assert.equal(state.version, PROGRESS_VERSION);
        assert.equal(typeof state.guides, "object");
        assert.deepEqual(Object.keys(state.reviews), []);
        assert.equal(Object.getPrototypeOf(state.reviews), Object.prototype);
      }
      assert.deepEqual(Object.keys(repairProgress({ readGuides: ["tcp", 5, null] }).state.guides), ["tcp"]);
    });
  });
});

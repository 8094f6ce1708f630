import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { abnormalEnd, pythonRunSpec, runExerciseTests, summarize, typeScriptRunSpec, type RunnerFiles } from "../../src/core/exercises/exerciseRunner";
import { DEFAULT_LIMITS } from "../../src/core/exercises/processRunner";
import { RunnerOutputParser, EVENT_PREFIX, type TestEvent } from "../../src/core/exercises/testEvents";

const root = path.resolve(__dirname, "../..");
const files: RunnerFiles = {
  tsRunner: path.join(root, "dist/runners/tsTestRunner.js"),
  tsReporter: path.join(root, "dist/runners/testEventReporter.mjs"),
  pythonRunner: path.join(root, "src/runners/python/interview_prep_runner.py"),
};
const fixture = (language: string) => path.join(__dirname, "fixtures/exercise", language);

describe("exercise runners (real node and python)", function () {
  this.timeout(30_000);
  before(function () {
    // The TypeScript runner is bundled by esbuild; build it if this run has not.
    spawnSync(process.execPath, [path.join(root, "esbuild.mjs"), "--scripts"], { cwd: root, stdio: "inherit" });
  });

  it("runs TypeScript tests with type stripping and reports pass, fail, diff values and lines", async () => {
    let output = "";
    const folder = fixture("typescript");
    const report = await runExerciseTests(
      { language: "typescript", folder, testFiles: [path.join(folder, "adder.test.ts")], only: [], nodePath: process.execPath, limits: DEFAULT_LIMITS },
      files,
      { onOutput: (text) => (output += text) },
    );
    assert.equal(abnormalEnd(report, DEFAULT_LIMITS), undefined);
    assert.deepEqual(summarize(report), { passed: 2, failed: 1, skipped: 0, total: 3 });
    const failed = report.results.find((result) => result.outcome === "failed");
    assert.equal(failed?.id, "add > adds two and three");
    assert.equal(failed?.line, 10);
    assert.equal(failed?.failure?.line, 11, "the failing assertion's line in the .ts file");
    assert.equal(failed?.failure?.file, path.join(folder, "adder.test.ts"));
    assert.match(failed?.failure?.actual ?? "", /sum: 6/);
    assert.match(failed?.failure?.expected ?? "", /sum: 5/);
    assert.match(output, /hello from the test/);
    assert.doesNotMatch(output, new RegExp(EVENT_PREFIX));
  });

  it("runs only the requested TypeScript test", async () => {
    const folder = fixture("typescript");
    const report = await runExerciseTests(
      { language: "typescript", folder, testFiles: [path.join(folder, "adder.test.ts")], only: ["adds small numbers"], nodePath: process.execPath, limits: DEFAULT_LIMITS },
      files,
    );
    const ran = report.results.filter((result) => result.outcome !== "skipped").map((result) => result.id);
    assert.deepEqual(ran, ["add > adds small numbers"]);
  });

  it("runs Python unittest tests and reports failures, errors, diff values and lines", async () => {
    const folder = fixture("python");
    const report = await runExerciseTests({ language: "python", folder, testFiles: [], only: [], nodePath: process.execPath, pythonCommand: "python3", limits: DEFAULT_LIMITS }, files);
    assert.equal(abnormalEnd(report, DEFAULT_LIMITS), undefined);
    assert.deepEqual(summarize(report), { passed: 1, failed: 2, skipped: 0, total: 3 });
    const byId = new Map(report.results.map((result) => [result.id, result]));
    const diff = byId.get("test_adder.TestAdd.test_adds_two_and_three");
    assert.equal(diff?.outcome, "failed");
    assert.equal(diff?.name, "adds two and three");
    assert.equal(diff?.line, 10);
    assert.equal(diff?.failure?.line, 11);
    assert.equal(diff?.failure?.actual, "{'sum': 6}");
    assert.equal(diff?.failure?.expected, "{'sum': 5}");
    const error = byId.get("test_adder.TestAdd.test_raises_in_the_code_under_test");
    assert.match(error?.failure?.message ?? "", /TypeError/);
    assert.equal(error?.failure?.file, path.join(folder, "adder.py"), "an error points at the learner's code");
  });

  it("runs one Python test by id", async () => {
    const folder = fixture("python");
    const report = await runExerciseTests(
      { language: "python", folder, testFiles: [], only: ["test_adder.TestAdd.test_adds_small_numbers"], nodePath: process.execPath, pythonCommand: "python3", limits: DEFAULT_LIMITS },
      files,
    );
    assert.deepEqual(report.results.map((result) => [result.id, result.outcome]), [["test_adder.TestAdd.test_adds_small_numbers", "passed"]]);
  });

  it("explains a missing Python interpreter", async () => {
    const report = await runExerciseTests(
      { language: "python", folder: fixture("python"), testFiles: [], only: [], nodePath: process.execPath, pythonCommand: "/no/such/python3", limits: DEFAULT_LIMITS },
      files,
    );
    assert.match(abnormalEnd(report, DEFAULT_LIMITS) ?? "", /could not start the test process/);
  });

  it("builds argv arrays without a shell and anchors name filters", () => {
    const spec = typeScriptRunSpec(files, "/node", "/ex", "/ex/a.test.ts", ["a (b) c"]);
    assert.deepEqual(spec.args.slice(-3), ["--test-name-pattern=^(?:a \\(b\\) c)$", files.tsRunner, "/ex/a.test.ts"]);
    assert.equal(spec.env?.ELECTRON_RUN_AS_NODE, "1");
    assert.deepEqual(pythonRunSpec(files, "python3", "/ex", []).args, ["-X", "utf8", "-B", files.pythonRunner, "/ex"]);
  });
});

describe("runner output protocol", () => {
  it("separates events from output across chunk boundaries and distrusts malformed events", () => {
    const events: TestEvent[] = [];
    let output = "";
    const parser = new RunnerOutputParser((event) => events.push(event), (text) => (output += text));
    const event = `${EVENT_PREFIX}${JSON.stringify({ type: "result", id: "a", name: "a", outcome: "passed", durationMs: 1 })}\n`;
    parser.push("user output\n" + event.slice(0, 20));
    parser.push(event.slice(20) + `${EVENT_PREFIX}{not json}\n${EVENT_PREFIX}${JSON.stringify({ type: "result", id: "b", name: "b", outcome: "exploded" })}\ntail`);
    parser.end();
    assert.deepEqual(events, [{ type: "result", id: "a", name: "a", outcome: "passed", durationMs: 1 }]);
    assert.match(output, /^user output\n/);
    assert.match(output, /\{not json\}/);
    assert.match(output, /exploded/);
    assert.match(output, /tail$/);
  });

  it("drops the separator line written before each event, keeping the tests' own blank lines", () => {
    let output = "";
    const events: TestEvent[] = [];
    const parser = new RunnerOutputParser((event) => events.push(event), (text) => (output += text));
    const event = (id: string) => `\n${EVENT_PREFIX}${JSON.stringify({ type: "start", id, name: id })}\n`;
    parser.push(`${event("a")}hello\n${event("b")}partial${event("c")}\n\nafter a blank\n${event("d")}\n`);
    parser.end();
    assert.deepEqual(events.map((e) => (e.type === "start" ? e.id : "")), ["a", "b", "c", "d"]);
    assert.equal(output, "hello\npartial\n\n\nafter a blank\n\n");
  });
});

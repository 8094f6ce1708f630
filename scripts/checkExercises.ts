// npm run check:exercises [-- exercise-id ...]
// For every exercise and language, proves with the extension's own runner code that the reference
// solution passes every test and that the stub fails every test; checks the test counts match across
// languages; type-checks all TypeScript exercises against the shim learners get.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { loadCatalogue } from "../src/core/content/catalogueLoader";
import { listFilesRecursive } from "../src/core/content/courseCheck";
import { fsContentSource } from "../src/core/content/fsContentSource";
import { formatProblem, type ContentProblem, type ExerciseLanguage, type ExerciseMeta } from "../src/core/content/types";
import { classifyLanguageFiles, type LanguageLayout } from "../src/core/exercises/exerciseLayout";
import { abnormalEnd, runExerciseTests, type RunnerFiles, type TestRunReport } from "../src/core/exercises/exerciseRunner";
import { DEFAULT_LIMITS } from "../src/core/exercises/processRunner";

const MIN_TESTS = 8;
const SLOW_FILE_MS = 2000;
const root = path.resolve(".");
const contentRoot = path.join(root, "content");
const runnerFiles: RunnerFiles = {
  tsRunner: path.join(root, "dist/runners/tsTestRunner.js"),
  tsReporter: path.join(root, "dist/runners/testEventReporter.mjs"),
  pythonRunner: path.join(root, "src/runners/python/interview_prep_runner.py"),
};
const pythonCommand = process.env.INTERVIEW_PREP_PYTHON ?? "python3";
const limits = { ...DEFAULT_LIMITS, timeoutMs: 20_000 };

interface Job {
  exercise: ExerciseMeta;
  language: ExerciseLanguage;
  layout: LanguageLayout;
  folder: string;
}

interface JobResult {
  job: Job;
  lines: string[];
  problems: ContentProblem[];
  testCount: number;
  ok: boolean;
}

function prepare(job: Job, withSolution: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), `check-${job.exercise.id}-${job.language}-`));
  for (const file of [...job.layout.stubs, ...job.layout.tests, ...job.layout.support]) {
    cpSync(path.join(contentRoot, job.folder, file), path.join(dir, file));
  }
  if (withSolution) {
    for (const file of job.layout.solutions) cpSync(path.join(contentRoot, job.folder, "solution", file), path.join(dir, file));
  }
  return dir;
}

async function run(job: Job, withSolution: boolean): Promise<TestRunReport> {
  const dir = prepare(job, withSolution);
  try {
    return await runExerciseTests(
      {
        language: job.language,
        folder: dir,
        testFiles: job.layout.tests.map((file) => path.join(dir, file)),
        only: [],
        nodePath: process.execPath,
        pythonCommand,
        limits,
      },
      runnerFiles,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function check(job: Job): Promise<JobResult> {
  const label = `content/${job.folder}`;
  const problems: ContentProblem[] = [];
  const fail = (message: string) => problems.push({ file: job.folder, line: 1, message });
  const solution = await run(job, true);
  const stub = await run(job, false);
  const lines: string[] = [];

  const solutionEnd = abnormalEnd(solution, limits);
  if (solutionEnd) fail(`reference solution run: ${solutionEnd}`);
  for (const error of solution.errors) fail(`reference solution run error: ${error.message.split("\n")[0]}`);
  const solutionFailures = solution.results.filter((result) => result.outcome !== "passed");
  for (const result of solutionFailures) {
    fail(`reference solution ${result.outcome === "skipped" ? "skips" : "fails"} "${result.name}": ${result.failure?.message.split("\n")[0] ?? ""}`);
  }
  const testCount = solution.results.length;
  if (testCount < MIN_TESTS) fail(`needs at least ${MIN_TESTS} tests, has ${testCount}`);

  const stubEnd = abnormalEnd(stub, limits);
  if (stubEnd) fail(`stub run: ${stubEnd}`);
  const stubPasses = stub.results.filter((result) => result.outcome !== "failed");
  for (const result of stubPasses) fail(`stub ${result.outcome === "skipped" ? "skips" : "passes"} "${result.name}": every test must fail against the stub`);
  if (stub.results.length !== testCount && stub.errors.length === 0) {
    fail(`the stub run reported ${stub.results.length} tests, the solution run ${testCount}`);
  }
  const slowest = Math.max(0, ...solution.processes.map((outcome) => outcome.durationMs));
  const ok = problems.length === 0;
  lines.push(
    `${ok ? "ok  " : "FAIL"} ${label}: reference passes ${testCount - solutionFailures.length}/${testCount}, ` +
      `stub fails ${stub.results.length - stubPasses.length}/${stub.results.length}` +
      (slowest > SLOW_FILE_MS ? ` (slow: ${slowest} ms, tests should finish well under a second)` : ""),
  );
  return { job, lines, problems, testCount, ok };
}

function typeCheck(): ContentProblem[] {
  const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(contentRoot, "exercises/tsconfig.json"), "--pretty", "false"], {
    cwd: root,
    encoding: "utf8",
  });
  const problems: ContentProblem[] = [];
  for (const line of `${result.stdout}${result.stderr}`.split("\n")) {
    const match = /^(.+?)\((\d+),\d+\): (error .*)$/.exec(line.trim());
    if (match) problems.push({ file: path.relative(contentRoot, path.resolve(root, match[1])).split(path.sep).join("/"), line: Number(match[2]), message: match[3] });
    else if (line.trim() && result.status !== 0) problems.push({ file: "exercises/tsconfig.json", line: 1, message: line.trim() });
  }
  return problems;
}

async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  const catalogue = await loadCatalogue(fsContentSource(contentRoot));
  const problems: ContentProblem[] = [];
  const jobs: Job[] = [];
  const exercises = catalogue.exercises.filter((exercise) => only.size === 0 || only.has(exercise.id));
  for (const id of only) if (!exercises.some((exercise) => exercise.id === id)) problems.push({ file: `exercises/${id}`, line: 1, message: "no such exercise" });
  for (const exercise of exercises) {
    for (const language of exercise.languages) {
      const folder = `${exercise.folder}/${language}`;
      const layout = classifyLanguageFiles(language, await listFilesRecursive(fsContentSource(contentRoot), folder), folder, problems);
      if (layout.tests.length && layout.stubs.length && layout.solutions.length) jobs.push({ exercise, language, layout, folder });
    }
  }

  const results: JobResult[] = [];
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const result = await check(job);
      for (const line of result.lines) console.log(line);
      results.push(result);
    }
  };
  await Promise.all([worker(), worker()]);
  for (const result of results) problems.push(...result.problems);

  for (const exercise of exercises) {
    const counts = results.filter((result) => result.job.exercise.id === exercise.id);
    if (counts.length === 2 && counts[0].testCount !== counts[1].testCount) {
      problems.push({
        file: exercise.folder,
        line: 1,
        message: `both languages must test the same behaviours: ${counts.map((c) => `${c.job.language} has ${c.testCount} tests`).join(", ")}`,
      });
    }
  }
  if (exercises.some((exercise) => exercise.languages.includes("typescript"))) problems.push(...typeCheck().filter((p) => only.size === 0 || [...only].some((id) => p.file.startsWith(`exercises/${id}/`))));

  for (const problem of problems) console.log(formatProblem({ ...problem, file: `content/${problem.file}` }));
  const passed = results.filter((result) => result.ok).length;
  console.log(`\ncheck:exercises: ${exercises.length} exercises, ${results.reduce((sum, r) => sum + r.testCount, 0)} tests in ${jobs.length} language folders`);
  console.log(`${passed} passed, ${results.length - passed} failed`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});

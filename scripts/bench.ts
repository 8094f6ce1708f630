// npm run bench: side-by-side measurements in one run, medians over repeated runs. Reports, never fails
// on noise. Results go to the console as a table and to bench-results/latest.json for comparison.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import markdownIt from "markdown-it";
import { transform } from "sucrase";
import { loadCatalogue } from "../src/core/content/catalogueLoader";
import { readContentIndex } from "../src/core/content/contentIndex";
import { splitFrontMatter } from "../src/core/content/frontMatter";
import { fsContentSource } from "../src/core/content/fsContentSource";
import { runExerciseTests, type RunnerFiles } from "../src/core/exercises/exerciseRunner";
import { DEFAULT_LIMITS } from "../src/core/exercises/processRunner";
import { GuideRenderer } from "../src/core/render/guideRenderer";

const root = path.resolve(".");
const contentRoot = path.join(root, "content");
const runs = Number(process.env.BENCH_RUNS ?? 7);
const runnerFiles: RunnerFiles = {
  tsRunner: path.join(root, "dist/runners/tsTestRunner.js"),
  tsReporter: path.join(root, "dist/runners/testEventReporter.mjs"),
  pythonRunner: path.join(root, "dist/runners/interview_prep_runner.py"),
};

interface Row {
  name: string;
  ours: number;
  baseline?: number;
  unit: string;
  /** ours / baseline; for throughput (higher is better) the ratio is baseline / ours, so > 1 always means slower. */
  ratio?: number;
  note?: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Median milliseconds of `fn` over `runs` runs after one warm-up; the two sides alternate to share noise. */
async function timePair(ours: () => unknown, baseline: () => unknown, count = runs): Promise<[number, number]> {
  await ours();
  await baseline();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < count; i++) {
    let start = performance.now();
    await ours();
    a.push(performance.now() - start);
    start = performance.now();
    await baseline();
    b.push(performance.now() - start);
  }
  return [median(a), median(b)];
}

function guideFiles(): string[] {
  const files: string[] = [];
  for (const category of readdirSync(path.join(contentRoot, "guides"))) {
    for (const file of readdirSync(path.join(contentRoot, "guides", category))) if (file.endsWith(".md")) files.push(path.join(contentRoot, "guides", category, file));
  }
  return files.sort();
}

async function renderingRows(): Promise<Row[]> {
  const bodies = guideFiles().map((file) => splitFrontMatter(readFileSync(file, "utf8")).body);
  const bytes = bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0);
  const largest = bodies.reduce((a, b) => (Buffer.byteLength(b) > Buffer.byteLength(a) ? b : a), "");
  const ours = new GuideRenderer();
  const bare = markdownIt();
  const rows: Row[] = [];
  for (const [name, set, size] of [
    [`render whole course (${bodies.length} guides)`, bodies, bytes],
    ["render largest guide", [largest], Buffer.byteLength(largest)],
  ] as const) {
    const [oursMs, bareMs] = await timePair(
      () => set.forEach((body) => ours.render(body)),
      () => set.forEach((body) => bare.render(body)),
    );
    const mbps = (ms: number) => size / 1e6 / (ms / 1000);
    rows.push({ name: `${name}: MB/s`, ours: mbps(oursMs), baseline: mbps(bareMs), unit: "MB/s", ratio: bareMs === 0 ? undefined : oursMs / bareMs, note: "baseline: bare markdown-it; ratio = our time / baseline time" });
  }
  return rows;
}

async function catalogueRows(): Promise<Row[]> {
  const indexFile = path.join(root, "dist/content-index.json");
  const files = guideFiles();
  const [indexMs, rawMs] = await timePair(
    () => readContentIndex(readFileSync(indexFile, "utf8")),
    () => files.forEach((file) => readFileSync(file, "utf8")),
  );
  const [parseMs] = await timePair(
    () => loadCatalogue(fsContentSource(contentRoot)),
    () => undefined,
  );
  return [
    { name: "catalogue at activation (index) vs reading raw guide files", ours: indexMs, baseline: rawMs, unit: "ms", ratio: indexMs / rawMs },
    { name: "catalogue without the index (parse every front matter)", ours: parseMs, baseline: rawMs, unit: "ms", ratio: parseMs / rawMs, note: "the fallback path, not used at activation" },
  ];
}

function prepareExercise(id: string, language: "typescript" | "python"): string {
  const source = path.join(contentRoot, "exercises", id, language);
  const dir = mkdtempSync(path.join(tmpdir(), `bench-${id}-${language}-`));
  cpSync(source, dir, { recursive: true });
  cpSync(path.join(dir, "solution"), dir, { recursive: true });
  rmSync(path.join(dir, "solution"), { recursive: true, force: true });
  return dir;
}

async function exerciseRows(): Promise<Row[]> {
  const id = existsSync(path.join(contentRoot, "exercises/lru-cache")) ? "lru-cache" : readdirSync(path.join(contentRoot, "exercises")).find((name) => !name.endsWith(".json"));
  if (!id) return [];
  const rows: Row[] = [];

  const tsDir = prepareExercise(id, "typescript");
  const testFile = readdirSync(tsDir).find((name) => name.endsWith(".test.ts"));
  if (testFile) {
    // Baseline: the same files compiled to JavaScript ahead of time, run with node --test.
    const jsDir = mkdtempSync(path.join(tmpdir(), `bench-${id}-js-`));
    for (const file of readdirSync(tsDir).filter((name) => name.endsWith(".ts"))) {
      const code = transform(readFileSync(path.join(tsDir, file), "utf8"), { transforms: ["typescript", "imports"], filePath: file }).code;
      writeFileSync(path.join(jsDir, file.replace(/\.ts$/, ".js")), code);
    }
    const [ours, baseline] = await timePair(
      () => runExerciseTests({ language: "typescript", folder: tsDir, testFiles: [path.join(tsDir, testFile)], only: [], nodePath: process.execPath, limits: DEFAULT_LIMITS }, runnerFiles),
      () => spawnSync(process.execPath, ["--test", path.join(jsDir, testFile.replace(/\.ts$/, ".js"))], { cwd: jsDir, stdio: "ignore" }),
    );
    rows.push({ name: `TypeScript runner vs node --test on precompiled JS (${id})`, ours, baseline, unit: "ms", ratio: ours / baseline, note: "goal ≤ 1.3" });
    rmSync(jsDir, { recursive: true, force: true });
  }
  rmSync(tsDir, { recursive: true, force: true });

  const pyDir = prepareExercise(id, "python");
  const python = process.env.INTERVIEW_PREP_PYTHON ?? "python3";
  const [ours, baseline] = await timePair(
    () => runExerciseTests({ language: "python", folder: pyDir, testFiles: [], only: [], nodePath: process.execPath, pythonCommand: python, limits: DEFAULT_LIMITS }, runnerFiles),
    () => spawnSync(python, ["-B", "-m", "unittest", "discover", "-s", pyDir, "-p", "test_*.py"], { cwd: pyDir, stdio: "ignore" }),
  );
  rows.push({ name: `Python runner vs python -m unittest (${id})`, ours, baseline, unit: "ms", ratio: ours / baseline, note: "goal ≤ 1.3" });
  rmSync(pyDir, { recursive: true, force: true });
  return rows;
}

function sizeRows(): Row[] {
  const vsix = path.join(root, "dist/backend-interview-prep.vsix");
  const size = (file: string) => (existsSync(file) ? statSync(file).size : NaN);
  const listing = spawnSync(process.execPath, [require.resolve("@vscode/vsce/vsce", { paths: [root] }), "ls", "--no-dependencies"], { cwd: root, encoding: "utf8" });
  const vsixFiles = listing.status === 0 ? listing.stdout.split("\n").filter((line) => line.trim()).length : NaN;
  return [
    { name: "dist/extension.js", ours: size(path.join(root, "dist/extension.js")), unit: "bytes" },
    { name: "webview bundle (guide.js + guide.css)", ours: size(path.join(root, "dist/webview/guide.js")) + size(path.join(root, "dist/webview/guide.css")), unit: "bytes" },
    { name: "mermaid (loaded only on pages with diagrams)", ours: size(path.join(root, "dist/webview/mermaid.min.js")), unit: "bytes" },
    { name: "VSIX", ours: size(vsix), unit: "bytes" },
    { name: "files in the VSIX", ours: vsixFiles, unit: "files" },
  ];
}

function format(value: number | undefined, unit: string): string {
  if (value === undefined || Number.isNaN(value)) return "-";
  if (unit === "bytes") return value.toLocaleString("en-US");
  if (unit === "files") return String(value);
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}

async function main(): Promise<void> {
  console.log(`Benchmarks: medians of ${runs} runs (BENCH_RUNS to change), production build, ${process.platform} ${process.arch}, node ${process.version}\n`);
  const rows = [...(await renderingRows()), ...(await catalogueRows()), ...(await exerciseRows()), ...sizeRows()];
  const widths = [Math.max(...rows.map((row) => row.name.length)), 12, 12, 7];
  const line = (cells: string[]) => cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[index]))).join("  ");
  console.log(line(["measurement", "ours", "baseline", "ratio"]) + "  unit / note");
  console.log("-".repeat(widths.reduce((a, b) => a + b + 2, 0) + 12));
  for (const row of rows) {
    console.log(line([row.name, format(row.ours, row.unit), format(row.baseline, row.unit), row.ratio === undefined ? "" : row.ratio.toFixed(2)]) + `  ${row.unit}${row.note ? ` (${row.note})` : ""}`);
  }
  mkdirSync(path.join(root, "bench-results"), { recursive: true });
  const result = { date: new Date().toISOString(), node: process.version, runs, rows };
  writeFileSync(path.join(root, "bench-results/latest.json"), `${JSON.stringify(result, null, 2)}\n`);
  console.log("\nwritten: bench-results/latest.json");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

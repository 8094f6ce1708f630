import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { ExerciseMeta } from "../../src/core/content/types";
import {
  EXERCISE_MARKER,
  backupFile,
  exerciseFolderPath,
  parseExerciseMarker,
  planScaffold,
  resolveInside,
  validateRelativePath,
  writeNewFileAtomically,
  writeScaffold,
} from "../../src/core/exercises/scaffold";

const exercise: ExerciseMeta = {
  id: "lru-cache",
  title: "LRU cache",
  guide: "lru-and-lfu-caches",
  difficulty: "intermediate",
  estimatedMinutes: 30,
  summary: "Build one.",
  languages: ["typescript", "python"],
  hints: ["a", "b", "c"],
  folder: "exercises/lru-cache",
};
const sources = {
  readme: "# LRU cache\n\nSee [the guide](guide:lru-and-lfu-caches).\n",
  stubs: [{ path: "lruCache.ts", content: "export class LRUCache {}\n" }],
  tests: [{ path: "lruCache.test.ts", content: "import { test } from 'node:test';\n" }],
  support: [],
  shim: "declare module 'node:test' {}\n",
};

describe("exercise scaffolding", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "scaffold-"));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("plans README, stub, tests, marker, tsconfig and the Node shim for TypeScript", () => {
    const files = planScaffold(exercise, "typescript", sources);
    assert.deepEqual(files.map((file) => file.path), ["README.md", "lruCache.ts", "lruCache.test.ts", EXERCISE_MARKER, "tsconfig.json", "types/node-shim.d.ts"]);
    const readme = files[0].content;
    assert.match(readme, /^# LRU cache/);
    assert.doesNotMatch(readme, /guide:/, "panel-only links are reduced to their text in the workspace README");
    assert.deepEqual(parseExerciseMarker(files[3].content), { exerciseId: "lru-cache", language: "typescript", version: 1 });
    const tsconfig = JSON.parse(files[4].content);
    assert.deepEqual(tsconfig.include, ["*.ts", "types/node-shim.d.ts"]);
    assert.equal(tsconfig.compilerOptions.moduleResolution, "node16", "node/node10 resolution is deprecated in TypeScript 6");
  });

  it("plans no TypeScript config for Python", () => {
    const files = planScaffold(exercise, "python", { ...sources, stubs: [{ path: "lru_cache.py", content: "" }], tests: [{ path: "test_lru_cache.py", content: "" }], shim: undefined });
    assert.deepEqual(files.map((file) => file.path), ["README.md", "lru_cache.py", "test_lru_cache.py", EXERCISE_MARKER]);
  });

  it("refuses template paths that could escape the exercise folder", () => {
    for (const bad of ["../x", "a/../../x", "/etc/passwd", "C:\\x", "C:/x", "a\\b", "a\u0000b", "", "a//b", "./a"]) {
      assert.ok(validateRelativePath(bad), `accepted ${JSON.stringify(bad)}`);
      assert.throws(() => resolveInside(root, bad), /refusing to write/);
    }
    assert.throws(() => planScaffold(exercise, "typescript", { ...sources, support: [{ path: "../../evil.ts", content: "" }] }), /bad template path/);
    assert.equal(validateRelativePath("solution/lruCache.ts"), undefined);
  });

  it("refuses an exercises-folder setting that leaves the workspace", () => {
    assert.throws(() => exerciseFolderPath(root, "../outside", "lru-cache", "python"), /refusing to write/);
    assert.equal(exerciseFolderPath(root, "practice/", "lru-cache", "python"), path.join(root, "practice", "lru-cache", "python"));
    assert.equal(exerciseFolderPath(root, "", "lru-cache", "python"), path.join(root, "interview-exercises", "lru-cache", "python"));
  });

  it("writes every planned file and, on a second run, keeps the learner's edits", async () => {
    const files = planScaffold(exercise, "typescript", sources);
    const first = await writeScaffold(root, files);
    assert.equal(first.written.length, files.length);
    await writeFile(path.join(root, "lruCache.ts"), "my work in progress\n");
    const second = await writeScaffold(root, files);
    assert.deepEqual(second.written, []);
    assert.equal(second.kept.length, files.length);
    assert.equal(await readFile(path.join(root, "lruCache.ts"), "utf8"), "my work in progress\n");
    assert.deepEqual((await readdir(root)).filter((name) => name.endsWith(".tmp")), [], "no temporary files are left");
  });

  it("fills in only missing files when some exist", async () => {
    await writeFile(path.join(root, "lruCache.test.ts"), "edited tests\n");
    const result = await writeScaffold(root, planScaffold(exercise, "typescript", sources));
    assert.ok(result.kept.includes("lruCache.test.ts"));
    assert.ok(result.written.includes("lruCache.ts"));
    assert.equal(await readFile(path.join(root, "lruCache.test.ts"), "utf8"), "edited tests\n");
  });

  it("never replaces a file that appears between the check and the write", async () => {
    const target = path.join(root, "race.txt");
    await writeFile(target, "theirs");
    assert.equal(await writeNewFileAtomically(target, "ours"), false);
    assert.equal(await readFile(target, "utf8"), "theirs");
    assert.deepEqual((await readdir(root)).sort(), ["race.txt"]);
  });

  it("backs a file up before a reset", async () => {
    const file = path.join(root, "lruCache.ts");
    await mkdir(root, { recursive: true });
    await writeFile(file, "mine");
    const backup = await backupFile(file, new Date("2026-01-02T03:04:05.678Z"));
    assert.equal(path.relative(root, backup), path.join(".backup", "lruCache.ts.2026-01-02T03-04-05-678Z"));
    assert.equal(await readFile(backup, "utf8"), "mine");
  });

  it("rejects markers that are not ours", () => {
    assert.equal(parseExerciseMarker("not json"), undefined);
    assert.equal(parseExerciseMarker('{"exerciseId":"../x","language":"python"}'), undefined);
    assert.equal(parseExerciseMarker('{"exerciseId":"x","language":"ruby"}'), undefined);
  });
});

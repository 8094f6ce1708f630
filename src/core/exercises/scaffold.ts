// Writing an exercise into the learner's workspace: a pure plan (what goes where) and a writer that
// never overwrites an existing file and never leaves a half-written one.
import { constants } from "node:fs";
import { copyFile, link, lstat, mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import * as path from "node:path";
import type { ExerciseLanguage, ExerciseMeta } from "../content/types";

export const EXERCISE_MARKER = ".interview-prep.json";
export const SHIM_PATH = "types/node-shim.d.ts";

export interface ScaffoldFile {
  /** Path relative to the exercise's language folder, forward slashes. */
  path: string;
  content: string;
}

export interface ExerciseMarker {
  exerciseId: string;
  language: ExerciseLanguage;
  /** Format version of this marker file. */
  version: 1;
}

/** Reads a marker file's JSON; undefined when it is not one of ours. */
export function parseExerciseMarker(json: string): ExerciseMarker | undefined {
  try {
    const value = JSON.parse(json) as Partial<ExerciseMarker>;
    if (
      typeof value.exerciseId === "string" &&
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value.exerciseId) &&
      (value.language === "typescript" || value.language === "python")
    ) {
      return { exerciseId: value.exerciseId, language: value.language, version: 1 };
    }
  } catch {
    // not JSON
  }
  return undefined;
}

/**
 * Rejects anything that could leave the target folder: absolute paths, drive letters, `..`,
 * backslashes, NUL and other control characters, empty segments.
 */
export function validateRelativePath(relative: string): string | undefined {
  if (!relative) return "empty path";
  if (/[\u0000-\u001f]/.test(relative)) return "control characters are not allowed in file names";
  if (relative.includes("\\")) return "backslashes are not allowed in file names";
  if (relative.startsWith("/") || /^[A-Za-z]:/.test(relative)) return "absolute paths are not allowed";
  const segments = relative.split("/");
  if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) return "path segments '', '.' and '..' are not allowed";
  return undefined;
}

/** Joins a validated relative path under root; throws when it would escape. */
export function resolveInside(root: string, relative: string): string {
  const problem = validateRelativePath(relative);
  if (problem) throw new Error(`refusing to write "${relative}": ${problem}`);
  const full = path.resolve(root, ...relative.split("/"));
  const rel = path.relative(path.resolve(root), full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error(`refusing to write "${relative}": outside the exercise folder`);
  return full;
}

/** The exercise folder inside a workspace: `<exercisesFolder>/<exercise-id>/<language>`. */
export function exerciseFolderPath(workspaceRoot: string, exercisesFolder: string, exerciseId: string, language: ExerciseLanguage): string {
  const base = exercisesFolder.trim().replace(/^\.\/+/, "").replace(/\/+$/, "") || "interview-exercises";
  return resolveInside(workspaceRoot, `${base}/${exerciseId}/${language}`);
}

export interface ScaffoldSources {
  readme: string;
  stubs: ScaffoldFile[];
  tests: ScaffoldFile[];
  support: ScaffoldFile[];
  /** The TypeScript declarations for node:test etc. (TypeScript only). */
  shim?: string;
}

/** The files that make up a fresh exercise folder. */
export function planScaffold(exercise: ExerciseMeta, language: ExerciseLanguage, sources: ScaffoldSources): ScaffoldFile[] {
  const marker: ExerciseMarker = { exerciseId: exercise.id, language, version: 1 };
  const files: ScaffoldFile[] = [
    { path: "README.md", content: exerciseReadme(exercise, language, sources) },
    ...sources.stubs,
    ...sources.tests,
    ...sources.support,
    { path: EXERCISE_MARKER, content: `${JSON.stringify(marker, null, 2)}\n` },
  ];
  if (language === "typescript") {
    files.push({ path: "tsconfig.json", content: TS_CONFIG });
    if (sources.shim) files.push({ path: SHIM_PATH, content: sources.shim });
  }
  for (const file of files) {
    const problem = validateRelativePath(file.path);
    if (problem) throw new Error(`exercise ${exercise.id}: bad template path "${file.path}": ${problem}`);
  }
  return files;
}

const TS_CONFIG = `${JSON.stringify(
  {
    compilerOptions: {
      target: "es2022",
      lib: ["es2022"],
      // node16 (CommonJS here, as Node runs the files): "node"/"node10" resolution is deprecated in TypeScript 6.
      module: "node16",
      moduleResolution: "node16",
      esModuleInterop: true,
      strict: true,
      noEmit: true,
      types: [],
    },
    include: ["*.ts", SHIM_PATH],
  },
  null,
  2,
)}\n`;

function exerciseReadme(exercise: ExerciseMeta, language: ExerciseLanguage, sources: ScaffoldSources): string {
  const stubNames = sources.stubs.map((file) => `\`${file.path}\``).join(", ");
  const testNames = sources.tests.map((file) => `\`${file.path}\``).join(", ");
  const body = sources.readme.replace(/\]\((guide|exercise):[^)]*\)/g, "]"); // guide:/exercise: links work only in the panel
  return (
    `${body.trimEnd()}\n\n---\n\n` +
    `**Your files:** complete ${stubNames}. The tests are in ${testNames}.\n\n` +
    `Run the tests from the Testing view (or the ▶ buttons in the test file). ` +
    `Stuck? Use **Show hint** above the stub (${exercise.hints.length} hints unlock one at a time). ` +
    `**Compare with reference solution** shows the model answer side by side.\n` +
    (language === "typescript"
      ? `\nTypeScript runs on the Node.js inside VS Code: nothing to install. \`tsconfig.json\` and \`${SHIM_PATH}\` make the editor understand \`node:test\`.\n`
      : `\nPython tests use the standard library's \`unittest\`: any Python 3.8+ works, nothing to install.\n`)
  );
}

export interface ScaffoldResult {
  written: string[];
  /** Files that already existed and were left exactly as they were. */
  kept: string[];
}

/**
 * Writes the planned files under root. An existing file is never touched. Each file is written to a
 * temporary name and then hard-linked into place (atomic, and fails if the name exists), so a crash
 * never leaves a half-written file under the real name.
 */
export async function writeScaffold(root: string, files: readonly ScaffoldFile[]): Promise<ScaffoldResult> {
  const result: ScaffoldResult = { written: [], kept: [] };
  for (const file of files) {
    const target = resolveInside(root, file.path);
    if (await exists(target)) {
      result.kept.push(file.path);
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    const created = await writeNewFileAtomically(target, file.content);
    (created ? result.written : result.kept).push(file.path);
  }
  return result;
}

/** Writes content to a new file; false (and nothing changed) when the file already exists. */
export async function writeNewFileAtomically(target: string, content: string): Promise<boolean> {
  const temp = await writeTempBeside(target, content);
  try {
    await link(temp, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw error;
    // No hard links on this file system: exclusive copy (fails if the target exists).
    try {
      await copyFile(temp, target, constants.COPYFILE_EXCL);
      return true;
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw copyError;
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Replaces a file's content atomically (write temp, rename over): used only by an explicit, confirmed reset. */
export async function replaceFileAtomically(target: string, content: string): Promise<void> {
  await rename(await writeTempBeside(target, content), target);
}

/** Writes and flushes content to a fresh temporary file next to `target` (same file system); returns its path. */
async function writeTempBeside(target: string, content: string): Promise<string> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(content, "utf8");
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return temp;
}

/** Copies the current file to `.backup/<name>.<stamp>` next to it and returns the backup's path. */
export async function backupFile(file: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const backup = path.join(path.dirname(file), ".backup", `${path.basename(file)}.${stamp}`);
  await mkdir(path.dirname(backup), { recursive: true });
  await copyFile(file, backup, constants.COPYFILE_EXCL);
  return backup;
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

export async function readTextIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

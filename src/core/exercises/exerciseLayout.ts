// Which files of an exercise's language folder are stubs, tests and reference solutions.
import type { ContentProblem, ExerciseLanguage } from "../content/types";

export interface LanguageLayout {
  language: ExerciseLanguage;
  /** File names (no folders) of the files the learner completes. */
  stubs: string[];
  tests: string[];
  /** Names of files in solution/ (each replaces the stub of the same name). */
  solutions: string[];
  /** Other files shipped with the exercise (fixtures, helpers); copied as they are. */
  support: string[];
}

export const LANGUAGE_CONVENTIONS: Record<ExerciseLanguage, { extension: string; isTest: (name: string) => boolean; stubName: RegExp; label: string }> = {
  typescript: {
    extension: ".ts",
    isTest: (name) => name.endsWith(".test.ts"),
    stubName: /^[a-z][A-Za-z0-9]*\.ts$/,
    label: "TypeScript",
  },
  python: {
    extension: ".py",
    isTest: (name) => /^test_[a-z0-9_]+\.py$/.test(name),
    stubName: /^[a-z][a-z0-9_]*\.py$/,
    label: "Python",
  },
};

/**
 * Classifies a language folder's files. `files` are paths relative to the language folder with
 * forward slashes (`lruCache.ts`, `solution/lruCache.ts`). Problems are reported against `folder`.
 */
export function classifyLanguageFiles(
  language: ExerciseLanguage,
  files: readonly string[],
  folder: string,
  problems: ContentProblem[],
): LanguageLayout {
  const convention = LANGUAGE_CONVENTIONS[language];
  const layout: LanguageLayout = { language, stubs: [], tests: [], solutions: [], support: [] };
  for (const file of files) {
    if (file.startsWith("solution/")) {
      const name = file.slice("solution/".length);
      if (name.includes("/")) problems.push({ file: `${folder}/${file}`, line: 1, message: "solution/ must be flat (no sub-folders)" });
      else layout.solutions.push(name);
    } else if (file.includes("/")) {
      problems.push({ file: `${folder}/${file}`, line: 1, message: "exercise files must be directly in the language folder or in solution/" });
    } else if (convention.isTest(file)) {
      layout.tests.push(file);
    } else if (file.endsWith(convention.extension)) {
      if (!convention.stubName.test(file)) {
        problems.push({ file: `${folder}/${file}`, line: 1, message: `${convention.label} file name does not follow the naming convention (${convention.stubName})` });
      }
      layout.stubs.push(file);
    } else {
      layout.support.push(file);
    }
  }
  for (const list of [layout.stubs, layout.tests, layout.solutions, layout.support]) list.sort();
  if (layout.tests.length === 0) problems.push({ file: folder, line: 1, message: `no ${convention.label} test file (${language === "typescript" ? "*.test.ts" : "test_*.py"})` });
  if (layout.stubs.length === 0) problems.push({ file: folder, line: 1, message: `no ${convention.label} stub file` });
  if (layout.solutions.length === 0) problems.push({ file: `${folder}/solution`, line: 1, message: "no reference solution" });
  for (const solution of layout.solutions) {
    if (!layout.stubs.includes(solution)) {
      problems.push({ file: `${folder}/solution/${solution}`, line: 1, message: `solution file has no stub of the same name in ${folder}` });
    }
  }
  for (const stub of layout.stubs) {
    if (!layout.solutions.includes(stub)) problems.push({ file: `${folder}/${stub}`, line: 1, message: `stub has no reference solution at solution/${stub}` });
  }
  return layout;
}

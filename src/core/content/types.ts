// The course's data model. Pure data: shared by the extension host, the checkers and the index builder.

export const DIFFICULTIES = ["beginner", "intermediate", "advanced"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const EXERCISE_LANGUAGES = ["typescript", "python"] as const;
export type ExerciseLanguage = (typeof EXERCISE_LANGUAGES)[number];

export interface Category {
  id: string;
  title: string;
  icon: string;
  summary: string;
  /** Reading order of the category's guides; guides not listed follow, by title. */
  guides: string[];
}

export interface GuideMeta {
  id: string;
  title: string;
  category: string;
  summary: string;
  difficulty: Difficulty;
  estimatedMinutes: number;
  tags: string[];
  keywords: string[];
  related: string[];
  exercises: string[];
  /** Path relative to the content root, with forward slashes: `guides/databases/lsm-trees.md`. */
  file: string;
  /** The practice questions under `## Questions`, in order (ids and plain-text titles; answers stay in the file). */
  questions: QuestionRef[];
}

/** A practice question as the catalogue knows it; the review queue and progress key on `id`. */
export interface QuestionRef {
  id: string;
  title: string;
}

export interface ExerciseMeta {
  id: string;
  title: string;
  guide: string;
  difficulty: Difficulty;
  estimatedMinutes: number;
  summary: string;
  languages: ExerciseLanguage[];
  hints: string[];
  /** Folder relative to the content root: `exercises/lru-cache`. */
  folder: string;
}

/** A problem found in a content file, reported as `file:line: message`. */
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

export interface Catalogue {
  categories: Category[];
  guides: GuideMeta[];
  exercises: ExerciseMeta[];
  problems: ContentProblem[];
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

export function isDifficulty(value: unknown): value is Difficulty {
  return typeof value === "string" && (DIFFICULTIES as readonly string[]).includes(value);
}

export function isExerciseLanguage(value: unknown): value is ExerciseLanguage {
  return typeof value === "string" && (EXERCISE_LANGUAGES as readonly string[]).includes(value);
}

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Loads the course catalogue (categories, guide metadata, exercise metadata) from a content folder.
// A broken file never takes the others down: it becomes a ContentProblem and the rest loads.
import { isMap, isSeq, type Node } from "yaml";
import { splitFrontMatter } from "./frontMatter";
import { scanQuestions } from "./questionScan";
import {
  DIFFICULTIES,
  EXERCISE_LANGUAGES,
  KEBAB_CASE,
  type Catalogue,
  type Category,
  type ContentProblem,
  type ExerciseMeta,
  type GuideMeta,
} from "./types";
import { FieldReader, parseYaml } from "./yamlFields";

/** Read-only access to a content root; paths are relative, with forward slashes. */
export interface ContentSource {
  readText(path: string): Promise<string>;
  /** Entries of a folder; an empty list when it does not exist. */
  list(path: string): Promise<Array<{ name: string; isDirectory: boolean }>>;
}

const GUIDE_FIELDS = [
  "id",
  "title",
  "category",
  "summary",
  "difficulty",
  "estimatedMinutes",
  "tags",
  "keywords",
  "related",
  "exercises",
] as const;
const EXERCISE_FIELDS = ["id", "title", "guide", "difficulty", "estimatedMinutes", "summary", "languages", "hints"] as const;
const CATEGORY_FIELDS = ["id", "title", "icon", "summary", "guides"] as const;

export async function loadCategories(source: ContentSource, problems: ContentProblem[]): Promise<Category[]> {
  const file = "categories.yaml";
  let text: string;
  try {
    text = await source.readText(file);
  } catch {
    problems.push({ file, line: 1, message: "categories.yaml is missing: it lists the course's categories in order" });
    return [];
  }
  const parsed = parseYaml(text, file, 1, problems);
  if (parsed.value === undefined) return [];
  const root = parsed.doc.contents;
  if (!isSeq(root)) {
    problems.push({ file, line: 1, message: "categories.yaml must be a list of {id, title, icon, summary}" });
    return [];
  }
  const categories: Category[] = [];
  const seen = new Set<string>();
  for (const item of root.items) {
    const fields = new FieldReader(item as Node, parsed, file, problems, parsed.lineOf(item as Node));
    if (!isMap(item)) {
      problems.push({ file, line: parsed.lineOf(item as Node), message: "each category must be a mapping {id, title, icon, summary}" });
      continue;
    }
    fields.rejectUnknownKeys(CATEGORY_FIELDS);
    const category: Category = {
      id: fields.string("id", { pattern: KEBAB_CASE, patternName: "kebab-case" }),
      title: fields.string("title"),
      icon: fields.string("icon", { pattern: /^[a-z0-9-]+$/, patternName: "a codicon name" }),
      summary: fields.string("summary"),
      guides: fields.stringList("guides", { optional: true, pattern: KEBAB_CASE }),
    };
    if (!category.id) continue;
    if (seen.has(category.id)) {
      fields.report("id", `duplicate category id "${category.id}"`);
      continue;
    }
    seen.add(category.id);
    categories.push(category);
  }
  return categories;
}

/** Parses a guide file's front matter into metadata; undefined when it is unusable. */
export function parseGuideMeta(
  text: string,
  file: string,
  expected: { id: string; category: string },
  problems: ContentProblem[],
): GuideMeta | undefined {
  const split = splitFrontMatter(text);
  if (split.yaml === undefined) {
    problems.push({ file, line: 1, message: "missing front matter: the file must start with a --- line, YAML metadata, and a closing --- line" });
    return undefined;
  }
  const before = problems.length;
  const parsed = parseYaml(split.yaml, file, split.yamlFirstLine, problems);
  if (parsed.value === undefined) return undefined;
  if (!isMap(parsed.doc.contents)) {
    problems.push({ file, line: split.yamlFirstLine, message: "front matter must be a YAML mapping" });
    return undefined;
  }
  const fields = new FieldReader(parsed.doc.contents, parsed, file, problems, split.yamlFirstLine);
  fields.rejectUnknownKeys(GUIDE_FIELDS);
  const meta: GuideMeta = {
    id: fields.string("id", { pattern: KEBAB_CASE, patternName: "kebab-case" }),
    title: fields.string("title"),
    category: fields.string("category"),
    summary: fields.string("summary"),
    difficulty: fields.oneOf("difficulty", DIFFICULTIES),
    estimatedMinutes: fields.integer("estimatedMinutes", 5, 240),
    tags: fields.stringList("tags"),
    keywords: fields.stringList("keywords"),
    related: fields.stringList("related", { pattern: KEBAB_CASE }),
    exercises: fields.stringList("exercises", { pattern: KEBAB_CASE }),
    file,
    questions: scanQuestions(split.body),
  };
  if (meta.id && meta.id !== expected.id) fields.report("id", `id "${meta.id}" must equal the file name "${expected.id}"`);
  if (meta.category && meta.category !== expected.category) {
    fields.report("category", `category "${meta.category}" must equal the folder name "${expected.category}"`);
  }
  if (problems.length > before && (!meta.id || !meta.title)) return undefined;
  return meta;
}

export function parseExerciseMeta(
  text: string,
  file: string,
  expectedId: string,
  problems: ContentProblem[],
): ExerciseMeta | undefined {
  const parsed = parseYaml(text, file, 1, problems);
  if (parsed.value === undefined) return undefined;
  if (!isMap(parsed.doc.contents)) {
    problems.push({ file, line: 1, message: "exercise.yaml must be a YAML mapping" });
    return undefined;
  }
  const fields = new FieldReader(parsed.doc.contents, parsed, file, problems, 1);
  fields.rejectUnknownKeys(EXERCISE_FIELDS);
  const meta: ExerciseMeta = {
    id: fields.string("id", { pattern: KEBAB_CASE, patternName: "kebab-case" }),
    title: fields.string("title"),
    guide: fields.string("guide", { pattern: KEBAB_CASE, patternName: "a guide id" }),
    difficulty: fields.oneOf("difficulty", DIFFICULTIES),
    estimatedMinutes: fields.integer("estimatedMinutes", 5, 240),
    summary: fields.string("summary"),
    languages: fields.stringList("languages", { minItems: 1 }) as ExerciseMeta["languages"],
    hints: fields.stringList("hints", { minItems: 3 }),
    folder: file.replace(/\/exercise\.yaml$/, ""),
  };
  for (const language of meta.languages) {
    if (!(EXERCISE_LANGUAGES as readonly string[]).includes(language)) {
      fields.report("languages", `unknown language "${language}" (allowed: ${EXERCISE_LANGUAGES.join(", ")})`);
    }
  }
  meta.languages = meta.languages.filter((language) => (EXERCISE_LANGUAGES as readonly string[]).includes(language));
  if (meta.id && meta.id !== expectedId) fields.report("id", `id "${meta.id}" must equal the folder name "${expectedId}"`);
  if (!meta.id || !meta.title) return undefined;
  return meta;
}

/** Loads every category, guide and exercise's metadata and checks the references between them. */
export async function loadCatalogue(source: ContentSource): Promise<Catalogue> {
  const problems: ContentProblem[] = [];
  const categories = await loadCategories(source, problems);
  const categoriesText = await source.readText("categories.yaml").catch(() => "");
  const categoryLines = new Map(categories.map((category) => [category.id, lineContaining(categoriesText, `- id: ${category.id}`)]));
  const categoryIds = new Set(categories.map((category) => category.id));

  const texts = new Map<string, string>();
  const guides: GuideMeta[] = [];
  for (const folder of await sortedEntries(source, "guides")) {
    if (!folder.isDirectory) continue;
    if (!categoryIds.has(folder.name)) {
      problems.push({ file: `guides/${folder.name}`, line: 1, message: `folder "${folder.name}" is not a category listed in categories.yaml` });
    }
    for (const entry of await sortedEntries(source, `guides/${folder.name}`)) {
      if (entry.isDirectory || !entry.name.endsWith(".md")) continue;
      const file = `guides/${folder.name}/${entry.name}`;
      try {
        const text = await source.readText(file);
        texts.set(file, text);
        const meta = parseGuideMeta(text, file, { id: entry.name.slice(0, -3), category: folder.name }, problems);
        if (meta) guides.push(meta);
      } catch (error) {
        problems.push({ file, line: 1, message: `cannot read: ${(error as Error).message}` });
      }
    }
  }

  const exercises: ExerciseMeta[] = [];
  for (const folder of await sortedEntries(source, "exercises")) {
    if (!folder.isDirectory) continue;
    const file = `exercises/${folder.name}/exercise.yaml`;
    let text: string;
    try {
      text = await source.readText(file);
    } catch {
      problems.push({ file: `exercises/${folder.name}`, line: 1, message: "exercise folder has no exercise.yaml" });
      continue;
    }
    texts.set(file, text);
    const meta = parseExerciseMeta(text, file, folder.name, problems);
    if (meta) exercises.push(meta);
  }

  checkReferences({ categories, guides, exercises, problems }, (file, needle) => lineContaining(texts.get(file), needle));
  for (const category of categories) {
    for (const id of category.guides) {
      if (!guides.some((guide) => guide.id === id && guide.category === category.id)) {
        problems.push({ file: "categories.yaml", line: categoryLines.get(category.id) ?? 1, message: `category "${category.id}" lists guide "${id}", which is not in guides/${category.id}/` });
      }
    }
  }
  return { categories, guides: sortGuides(categories, guides), exercises, problems };
}

/** Cross-file checks: unique ids, categories, related guides, guide ↔ exercise links. */
export function checkReferences(catalogue: Catalogue, lineOf: (file: string, needle: string) => number = () => 1): void {
  const { guides, exercises, problems } = catalogue;
  const categoryIds = new Set(catalogue.categories.map((category) => category.id));
  const guideIds = new Map<string, GuideMeta>();
  for (const guide of guides) {
    const other = guideIds.get(guide.id);
    if (other) problems.push({ file: guide.file, line: lineOf(guide.file, "id:"), message: `guide id "${guide.id}" is also used by ${other.file}` });
    guideIds.set(guide.id, guide);
    if (!categoryIds.has(guide.category)) {
      problems.push({ file: guide.file, line: lineOf(guide.file, "category:"), message: `unknown category "${guide.category}"` });
    }
  }
  const exerciseIds = new Map(exercises.map((exercise) => [exercise.id, exercise]));
  for (const guide of guides) {
    for (const related of guide.related) {
      if (!guideIds.has(related)) {
        problems.push({ file: guide.file, line: lineOf(guide.file, "related:"), message: `related guide "${related}" does not exist` });
      }
    }
    for (const exerciseId of guide.exercises) {
      if (!exerciseIds.has(exerciseId)) {
        problems.push({ file: guide.file, line: lineOf(guide.file, "exercises:"), message: `exercise "${exerciseId}" does not exist` });
      }
    }
  }
  for (const exercise of exercises) {
    const file = `${exercise.folder}/exercise.yaml`;
    const guide = guideIds.get(exercise.guide);
    if (!guide) {
      problems.push({ file, line: lineOf(file, "guide:"), message: `guide "${exercise.guide}" does not exist` });
    } else if (!guide.exercises.includes(exercise.id)) {
      problems.push({ file, line: lineOf(file, "guide:"), message: `guide "${exercise.guide}" does not list this exercise under "exercises"` });
    }
  }
}

/** Guides in reading order: by category order, then the category's `guides` list, then title. */
export function sortGuides(categories: Category[], guides: GuideMeta[]): GuideMeta[] {
  const categoryIndex = new Map(categories.map((category, index) => [category.id, index]));
  const position = new Map(categories.flatMap((category) => category.guides.map((id, index) => [`${category.id}/${id}`, index] as const)));
  const rank = (guide: GuideMeta) => position.get(`${guide.category}/${guide.id}`) ?? Number.MAX_SAFE_INTEGER;
  return [...guides].sort(
    (a, b) =>
      (categoryIndex.get(a.category) ?? Number.MAX_SAFE_INTEGER) - (categoryIndex.get(b.category) ?? Number.MAX_SAFE_INTEGER) ||
      rank(a) - rank(b) ||
      a.title.localeCompare(b.title),
  );
}

async function sortedEntries(source: ContentSource, path: string) {
  const entries = await source.list(path);
  return [...entries].sort((a, b) => a.name.localeCompare(b.name));
}

/** 1-based line of the first line that starts with `needle` (after indentation); 1 when absent. */
export function lineContaining(text: string | undefined, needle: string): number {
  if (!text) return 1;
  const index = text.split(/\r?\n/).findIndex((line) => line.trimStart().startsWith(needle));
  return index === -1 ? 1 : index + 1;
}

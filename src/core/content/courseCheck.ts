// The whole-course content check behind `npm run check:content`: metadata, guide bodies, links,
// question ids, exercise folders. Pure over a ContentSource so tests can feed it fixtures.
import { GuideRenderer } from "../render/guideRenderer";
import { classifyLanguageFiles } from "../exercises/exerciseLayout";
import { loadCatalogue, type ContentSource } from "./catalogueLoader";
import { lintGuideBody, lintGuideReferences, type GuideAnalysis } from "./guideLint";
import type { Catalogue, ContentProblem } from "./types";

export interface CourseCheckResult {
  catalogue: Catalogue;
  problems: ContentProblem[];
  analyses: GuideAnalysis[];
}

export async function checkCourse(source: ContentSource): Promise<CourseCheckResult> {
  const catalogue = await loadCatalogue(source);
  const problems = [...catalogue.problems];
  const renderer = new GuideRenderer();
  const analyses: GuideAnalysis[] = [];
  for (const guide of catalogue.guides) {
    analyses.push(lintGuideBody(guide, await source.readText(guide.file), renderer, problems));
  }
  const exerciseIds = new Set(catalogue.exercises.map((exercise) => exercise.id));
  lintGuideReferences(analyses, exerciseIds, problems);

  const guideIds = new Set(catalogue.guides.map((guide) => guide.id));
  for (const exercise of catalogue.exercises) {
    const readme = `${exercise.folder}/README.md`;
    let text: string | undefined;
    try {
      text = await source.readText(readme);
    } catch {
      problems.push({ file: readme, line: 1, message: "missing README.md (the task as the learner reads it)" });
    }
    if (text !== undefined) {
      if (!/^# \S/.test(text.replace(/^\uFEFF/, ""))) problems.push({ file: readme, line: 1, message: "README.md must start with an H1 title" });
      for (const link of renderer.render(text).links) {
        const target = link.target;
        if (target.kind === "rejected") problems.push({ file: readme, line: link.line, message: `link: ${target.reason}` });
        if (target.kind === "guide" && !guideIds.has(target.guideId)) problems.push({ file: readme, line: link.line, message: `link to unknown guide "${target.guideId}"` });
        if (target.kind === "exercise" && !exerciseIds.has(target.exerciseId)) {
          problems.push({ file: readme, line: link.line, message: `link to unknown exercise "${target.exerciseId}"` });
        }
      }
    }
    for (const language of exercise.languages) {
      const folder = `${exercise.folder}/${language}`;
      const files = await listFilesRecursive(source, folder);
      if (files.length === 0) {
        problems.push({ file: `${exercise.folder}/exercise.yaml`, line: 1, message: `lists language "${language}" but ${folder}/ is empty or missing` });
        continue;
      }
      classifyLanguageFiles(language, files, folder, problems);
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { catalogue, problems, analyses };
}

/** Files below `folder`, relative to it, with forward slashes. */
export async function listFilesRecursive(source: ContentSource, folder: string): Promise<string[]> {
  const result: string[] = [];
  const walk = async (relative: string) => {
    for (const entry of await source.list(relative ? `${folder}/${relative}` : folder)) {
      if (entry.name === "__pycache__" || entry.name.startsWith(".")) continue;
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory) await walk(path);
      else result.push(path);
    }
  };
  await walk("");
  return result.sort();
}

import { readFile } from "node:fs/promises";
import * as path from "node:path";
import * as vscode from "vscode";
import { loadCatalogue } from "../core/content/catalogueLoader";
import { readContentIndex } from "../core/content/contentIndex";
import { listFilesRecursive } from "../core/content/courseCheck";
import { splitFrontMatter } from "../core/content/frontMatter";
import { fsContentSource } from "../core/content/fsContentSource";
import { formatProblem, type Catalogue, type ExerciseLanguage, type ExerciseMeta, type GuideMeta } from "../core/content/types";
import { classifyLanguageFiles } from "../core/exercises/exerciseLayout";
import type { ScaffoldFile, ScaffoldSources } from "../core/exercises/scaffold";
import { GuideRenderer, type RenderedGuide } from "../core/render/guideRenderer";
import type { Log } from "./util/log";

export type CatalogueState = "ok" | "empty" | "broken";

/**
 * The course: metadata from the build-time index at activation (no guide is parsed on that path),
 * guide bodies read and rendered on demand. Problems are logged with file:line and announced once.
 */
export class CatalogueService implements vscode.Disposable {
  private catalogue: Catalogue = { categories: [], guides: [], exercises: [], problems: [] };
  private guidesById = new Map<string, GuideMeta>();
  private exercisesById = new Map<string, ExerciseMeta>();
  private readonly renderer = new GuideRenderer();
  private readonly renderCache = new Map<string, RenderedGuide>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  readonly contentRoot: string;

  constructor(
    private readonly extensionPath: string,
    private readonly log: Log,
  ) {
    this.contentRoot = path.join(extensionPath, "content");
  }

  get current(): Catalogue {
    return this.catalogue;
  }

  get state(): CatalogueState {
    if (this.catalogue.guides.length > 0) return "ok";
    return this.catalogue.problems.length > 0 ? "broken" : "empty";
  }

  guide(id: string): GuideMeta | undefined {
    return this.guidesById.get(id);
  }

  exercise(id: string): ExerciseMeta | undefined {
    return this.exercisesById.get(id);
  }

  /** Loads from the index (fast path) or, with `reparse` or no usable index, from the content files. */
  async load(options: { reparse?: boolean } = {}): Promise<void> {
    const started = Date.now();
    let catalogue: Catalogue | undefined;
    let origin = "index";
    if (!options.reparse) {
      try {
        catalogue = readContentIndex(await readFile(path.join(this.extensionPath, "dist", "content-index.json"), "utf8"));
      } catch {
        catalogue = undefined;
      }
    }
    if (!catalogue) {
      origin = "content files";
      catalogue = await loadCatalogue(fsContentSource(this.contentRoot));
    }
    this.catalogue = catalogue;
    this.guidesById = new Map(catalogue.guides.map((guide) => [guide.id, guide]));
    this.exercisesById = new Map(catalogue.exercises.map((exercise) => [exercise.id, exercise]));
    this.renderCache.clear();
    this.log.info(
      `course loaded from ${origin} in ${Date.now() - started} ms: ${catalogue.categories.length} categories, ${catalogue.guides.length} guides, ${catalogue.exercises.length} exercises`,
    );
    this.reportProblems(catalogue);
    await vscode.commands.executeCommand("setContext", "interviewPrep.catalogueState", this.state);
    this.changed.fire();
  }

  private reportProblems(catalogue: Catalogue): void {
    if (catalogue.problems.length === 0) return;
    for (const problem of catalogue.problems) this.log.error(formatProblem({ ...problem, file: path.join(this.contentRoot, problem.file) }));
    const first = catalogue.problems[0];
    void vscode.window
      .showWarningMessage(
        `Interview Prep: ${catalogue.problems.length} problem${catalogue.problems.length === 1 ? "" : "s"} in the course content (first: ${formatProblem(first)}). The rest of the course loaded.`,
        "Show Log",
      )
      .then((choice) => {
        if (choice === "Show Log") this.log.show();
      });
  }

  /** The rendered guide, cached per guide. */
  async renderGuide(guide: GuideMeta): Promise<RenderedGuide> {
    const cached = this.renderCache.get(guide.id);
    if (cached) return cached;
    const text = await readFile(path.join(this.contentRoot, guide.file), "utf8");
    const { body, bodyFirstLine } = splitFrontMatter(text);
    const rendered = this.renderer.render(body, bodyFirstLine);
    this.renderCache.set(guide.id, rendered);
    return rendered;
  }

  async renderExerciseReadme(exercise: ExerciseMeta): Promise<RenderedGuide> {
    const text = await readFile(path.join(this.contentRoot, exercise.folder, "README.md"), "utf8");
    return this.renderer.render(text.replace(/^# .*\n/, ""));
  }

  /** Everything needed to scaffold an exercise in one language. */
  async scaffoldSources(exercise: ExerciseMeta, language: ExerciseLanguage): Promise<ScaffoldSources & { solutions: ScaffoldFile[] }> {
    const folder = `${exercise.folder}/${language}`;
    const problems: Array<{ file: string; line: number; message: string }> = [];
    const layout = classifyLanguageFiles(language, await listFilesRecursive(fsContentSource(this.contentRoot), folder), folder, problems);
    if (problems.length > 0) throw new Error(`exercise ${exercise.id} (${language}) is incomplete: ${problems.map(formatProblem).join("; ")}`);
    const read = async (relative: string, name = relative): Promise<ScaffoldFile> => ({
      path: name,
      content: await readFile(path.join(this.contentRoot, folder, relative), "utf8"),
    });
    return {
      readme: await readFile(path.join(this.contentRoot, exercise.folder, "README.md"), "utf8"),
      stubs: await Promise.all(layout.stubs.map((file) => read(file))),
      tests: await Promise.all(layout.tests.map((file) => read(file))),
      support: await Promise.all(layout.support.map((file) => read(file))),
      solutions: await Promise.all(layout.solutions.map((file) => read(`solution/${file}`, file))),
      shim: language === "typescript" ? await readFile(path.join(this.extensionPath, "dist", "exercise-support", "node-shim.d.ts"), "utf8") : undefined,
    };
  }

  dispose(): void {
    this.changed.dispose();
  }
}

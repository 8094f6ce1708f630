import * as vscode from "vscode";
import type { CatalogueService } from "./catalogueService";
import type { ProgressStore } from "./progress/progressStore";

/** QuickPick over guide titles, keywords, tags and summaries (and exercises); opens the pick. */
export async function searchGuides(catalogue: CatalogueService, progress: ProgressStore): Promise<void> {
  type Item = vscode.QuickPickItem & { guideId?: string; exerciseId?: string };
  const { categories, guides, exercises } = catalogue.current;
  const categoryTitle = new Map(categories.map((category) => [category.id, category.title]));
  const items: Item[] = [
    ...guides.map((guide) => ({
      label: `${progress.isGuideRead(guide.id) ? "$(pass-filled)" : "$(book)"} ${guide.title}`,
      description: `${categoryTitle.get(guide.category) ?? guide.category} · ${guide.difficulty} · ${guide.estimatedMinutes} min`,
      detail: `${guide.summary}  ·  ${[...guide.keywords, ...guide.tags].join(", ")}`,
      guideId: guide.id,
    })),
    { label: "Exercises", kind: vscode.QuickPickItemKind.Separator },
    ...exercises.map((exercise) => ({
      label: `$(beaker) ${exercise.title}`,
      description: `exercise · ${exercise.difficulty}`,
      detail: exercise.summary,
      exerciseId: exercise.id,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: "Search Guides",
    placeHolder: "Search by title, keyword, tag or summary",
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked?.guideId) await vscode.commands.executeCommand("interviewPrep.openGuide", picked.guideId);
  else if (picked?.exerciseId) await vscode.commands.executeCommand("interviewPrep.openExercisePage", picked.exerciseId);
}

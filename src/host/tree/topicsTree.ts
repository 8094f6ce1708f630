import * as vscode from "vscode";
import type { Category, ExerciseMeta, GuideMeta } from "../../core/content/types";
import type { CatalogueService } from "../catalogueService";
import type { ProgressStore } from "../progress/progressStore";
import type { ReviewService } from "../review/reviewService";
import { Disposable } from "../util/disposable";

export type TopicNode =
  | { kind: "category"; category: Category }
  | { kind: "guide"; guide: GuideMeta }
  | { kind: "exercise"; exercise: ExerciseMeta; guideId: string };

const DIFFICULTY_LABEL = { beginner: "Beginner", intermediate: "Intermediate", advanced: "Advanced" } as const;

/** Categories → guides → the guide's exercises, with difficulty, minutes, progress marks and questions due. */
export class TopicsTreeProvider extends Disposable implements vscode.TreeDataProvider<TopicNode> {
  private readonly changed = this.register(new vscode.EventEmitter<TopicNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly catalogue: CatalogueService,
    private readonly progress: ProgressStore,
    private readonly reviews: ReviewService,
  ) {
    super();
    this.register(catalogue.onDidChange(() => this.changed.fire(undefined)));
    this.register(progress.onDidChange(() => this.changed.fire(undefined)));
    // Also when the day turns over (questions fall due) or the course's questions change.
    this.register(reviews.onDidChange(() => this.changed.fire(undefined)));
  }

  getChildren(node?: TopicNode): TopicNode[] {
    const { categories, guides } = this.catalogue.current;
    if (!node) {
      return categories.filter((category) => guides.some((guide) => guide.category === category.id)).map((category) => ({ kind: "category", category }));
    }
    if (node.kind === "category") {
      return guides.filter((guide) => guide.category === node.category.id).map((guide) => ({ kind: "guide", guide }));
    }
    if (node.kind === "guide") {
      return node.guide.exercises.flatMap((id) => {
        const exercise = this.catalogue.exercise(id);
        return exercise ? [{ kind: "exercise" as const, exercise, guideId: node.guide.id }] : [];
      });
    }
    return [];
  }

  getParent(node: TopicNode): TopicNode | undefined {
    if (node.kind === "guide") {
      const category = this.catalogue.current.categories.find((candidate) => candidate.id === node.guide.category);
      return category ? { kind: "category", category } : undefined;
    }
    if (node.kind === "exercise") {
      const guide = this.catalogue.guide(node.guideId);
      return guide ? { kind: "guide", guide } : undefined;
    }
    return undefined;
  }

  getTreeItem(node: TopicNode): vscode.TreeItem {
    switch (node.kind) {
      case "category":
        return this.categoryItem(node.category);
      case "guide":
        return this.guideItem(node.guide);
      case "exercise":
        return this.exerciseItem(node.exercise, node.guideId);
    }
  }

  private categoryItem(category: Category): vscode.TreeItem {
    const guides = this.catalogue.current.guides.filter((guide) => guide.category === category.id);
    const read = guides.filter((guide) => this.progress.isGuideRead(guide.id)).length;
    const dueCounts = this.reviews.dueCounts();
    const due = guides.reduce((sum, guide) => sum + (dueCounts.get(guide.id) ?? 0), 0);
    const item = new vscode.TreeItem(category.title, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `category:${category.id}`;
    item.iconPath = new vscode.ThemeIcon(category.icon);
    item.description = `${read}/${guides.length} read${due > 0 ? ` · ${due} due` : ""}`;
    item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(category.title)}**\n\n${escapeMarkdown(category.summary)}`);
    item.contextValue = "category";
    return item;
  }

  private guideItem(guide: GuideMeta): vscode.TreeItem {
    const read = this.progress.isGuideRead(guide.id);
    const item = new vscode.TreeItem(
      guide.title,
      guide.exercises.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.id = `guide:${guide.id}`;
    const due = this.reviews.dueCounts().get(guide.id) ?? 0;
    item.description = `${DIFFICULTY_LABEL[guide.difficulty]} · ${guide.estimatedMinutes} min${due > 0 ? ` · ${due} due` : ""}`;
    item.iconPath = read ? new vscode.ThemeIcon("pass-filled", new vscode.ThemeColor("testing.iconPassed")) : new vscode.ThemeIcon("book");
    const tooltip = new vscode.MarkdownString(
      `**${escapeMarkdown(guide.title)}** ${read ? "· ✓ read" : "· unread"}\n\n${escapeMarkdown(guide.summary)}\n\n` +
        `${DIFFICULTY_LABEL[guide.difficulty]} · about ${guide.estimatedMinutes} minutes` +
        (guide.tags.length ? `\n\nTags: ${guide.tags.map(escapeMarkdown).join(", ")}` : "") +
        (guide.questions.length ? `\n\n${guide.questions.length} practice questions${due > 0 ? ` · ${due} due for review today` : ""}` : ""),
    );
    item.tooltip = tooltip;
    item.accessibilityInformation = {
      label: `${guide.title}, ${DIFFICULTY_LABEL[guide.difficulty]}, ${guide.estimatedMinutes} minutes, ${read ? "read" : "unread"}${due > 0 ? `, ${due} questions due` : ""}`,
    };
    item.contextValue = read ? "guide.read" : "guide";
    item.command = { command: "interviewPrep.openGuide", title: "Open Guide", arguments: [guide.id] };
    return item;
  }

  private exerciseItem(exercise: ExerciseMeta, guideId: string): vscode.TreeItem {
    const progress = this.progress.exercise(exercise.id);
    const item = new vscode.TreeItem(exercise.title, vscode.TreeItemCollapsibleState.None);
    item.id = `exercise:${guideId}:${exercise.id}`;
    const status =
      progress.status === "passed" ? "passed" : progress.status === "attempted" ? `attempted (${progress.attempts} run${progress.attempts === 1 ? "" : "s"})` : "not started";
    item.description = `Exercise · ${DIFFICULTY_LABEL[exercise.difficulty]} · ${status}`;
    item.iconPath =
      progress.status === "passed"
        ? new vscode.ThemeIcon("pass", new vscode.ThemeColor("testing.iconPassed"))
        : progress.status === "attempted"
          ? new vscode.ThemeIcon("circle-large-outline", new vscode.ThemeColor("testing.iconQueued"))
          : new vscode.ThemeIcon("beaker");
    item.tooltip = new vscode.MarkdownString(
      `**${escapeMarkdown(exercise.title)}** (exercise)\n\n${escapeMarkdown(exercise.summary)}\n\n` +
        `Languages: ${exercise.languages.join(", ")} · about ${exercise.estimatedMinutes} minutes\n\nStatus: ${status}` +
        (progress.hintsUsed ? ` · hints used: ${progress.hintsUsed}/${exercise.hints.length}` : "") +
        (progress.solutionViewed ? " · solution viewed" : ""),
    );
    item.contextValue = "exercise";
    item.command = { command: "interviewPrep.openExercisePage", title: "Open Exercise", arguments: [exercise.id] };
    return item;
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, "\\$&");
}

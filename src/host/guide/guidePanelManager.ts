import { randomBytes } from "node:crypto";
import * as vscode from "vscode";
import { describeDay } from "../../core/progress/localDay";
import { nextIntervals } from "../../core/progress/scheduler";
import { parsePanelPage, parseWebviewMessage, reviewPage, type HostToWebviewMessage, type PanelPage, type WebviewToHostMessage } from "../../core/protocol/messages";
import { buildPanelHtml, escapeHtml, type PanelContent } from "../../core/render/panelHtml";
import { extractQuestionCard } from "../../core/render/questionCard";
import { reviewCardHtml, reviewDoneHtml } from "../../core/render/reviewPage";
import type { CatalogueService } from "../catalogueService";
import type { ProgressStore } from "../progress/progressStore";
import type { ReviewService } from "../review/reviewService";
import { Disposable } from "../util/disposable";
import type { Log } from "../util/log";

export const GUIDE_VIEW_TYPE = "interviewPrep.guide";

/** A page's content, and for a review page the question it shows. */
type PageContent = PanelContent & { reviewQuestionId?: string };

/** How many due or new questions a review page tries before giving up on questions missing from their guide. */
const MAX_REVIEW_CANDIDATES = 20;

export interface GuidePanelActions {
  generateExercise(exerciseId: string, language?: "typescript" | "python"): Promise<unknown>;
  showHint(exerciseId: string): Promise<void>;
}

/** One guide panel: its webview, its page and its back/forward history. */
class GuidePanel extends Disposable {
  private back: PanelPage[] = [];
  private forward: PanelPage[] = [];
  private renders = 0;
  /** Questions graded in this panel (the review page's "reviewed in this session"). */
  reviewedInSession = 0;
  /** The question the review page shows, once rendered. */
  shownQuestionId: string | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    public page: PanelPage,
    private readonly manager: GuidePanelManager,
  ) {
    super();
    this.register(panel.webview.onDidReceiveMessage((raw: unknown) => void this.onMessage(raw)));
    this.register(panel.onDidDispose(() => manager.forget(this)));
  }

  async show(page: PanelPage, options: { pushHistory: boolean }): Promise<void> {
    if (options.pushHistory && !samePage(page, this.page)) {
      this.back.push(this.page);
      this.forward = [];
    }
    this.page = page;
    this.shownQuestionId = undefined;
    await this.render();
  }

  async render(): Promise<void> {
    const render = ++this.renders;
    const content = await this.manager.pageContent(this.page, this.back.length > 0, this.forward.length > 0, this.reviewedInSession);
    // A newer render (quick navigation) wins; a panel closed meanwhile has no webview to set.
    if (!content || render !== this.renders || this.isDisposed) return;
    this.shownQuestionId = content.reviewQuestionId;
    this.panel.title = content.title;
    this.panel.webview.html = this.manager.html(this.panel.webview, content);
  }

  post(message: HostToWebviewMessage): void {
    if (!this.isDisposed) void this.panel.webview.postMessage(message);
  }

  /** Handles a message as if the webview had sent it (validated the same way); false when it was invalid. */
  async onMessage(raw: unknown): Promise<boolean> {
    const message = parseWebviewMessage(raw);
    if (!message) {
      this.manager.log.warn(`guide panel: ignored an invalid message ${JSON.stringify(raw)?.slice(0, 200)}`);
      return false;
    }
    await this.handle(message);
    return true;
  }

  private async handle(message: WebviewToHostMessage): Promise<void> {
    switch (message.type) {
      case "ready":
        if (this.page.kind !== "guide") return;
        // The webview is rebuilt from the last HTML whenever it is shown again (no retained context), so
        // that HTML's read state can be stale: messages posted while it was hidden were dropped.
        this.post({ type: "readState", guideId: this.page.guideId, read: this.manager.progress.isGuideRead(this.page.guideId) });
        if (this.page.anchor) this.post({ type: "scrollTo", anchor: this.page.anchor });
        return;
      case "openGuide":
        if (this.page.kind === "guide" && this.page.guideId === message.guideId && message.anchor) {
          this.post({ type: "scrollTo", anchor: message.anchor });
          return;
        }
        if (!this.manager.catalogue.guide(message.guideId)) {
          void vscode.window.showWarningMessage(`Interview Prep: there is no guide "${message.guideId}".`);
          return;
        }
        await this.show({ kind: "guide", guideId: message.guideId, ...(message.anchor ? { anchor: message.anchor } : {}) }, { pushHistory: true });
        return;
      case "openExercise":
        if (!this.manager.catalogue.exercise(message.exerciseId)) {
          void vscode.window.showWarningMessage(`Interview Prep: there is no exercise "${message.exerciseId}".`);
          return;
        }
        await this.show({ kind: "exercise", exerciseId: message.exerciseId }, { pushHistory: true });
        return;
      case "navigate": {
        const from = message.direction === "back" ? this.back : this.forward;
        const to = message.direction === "back" ? this.forward : this.back;
        const target = from.pop();
        if (!target) return;
        to.push(this.page);
        this.page = target;
        this.shownQuestionId = undefined;
        await this.render();
        return;
      }
      case "setRead":
        if (!this.manager.catalogue.guide(message.guideId)) return;
        await this.manager.progress.dispatch(message.read ? { type: "guideRead", guideId: message.guideId, at: Date.now() } : { type: "guideUnread", guideId: message.guideId });
        return;
      case "openExternal":
        // VS Code asks the user to confirm before opening a link to an untrusted domain.
        await vscode.env.openExternal(vscode.Uri.parse(message.url, true));
        return;
      case "copyCode":
        await vscode.env.clipboard.writeText(message.text);
        void vscode.window.setStatusBarMessage("$(copy) Code copied", 2000);
        return;
      case "generateExercise":
        await this.manager.actions.generateExercise(message.exerciseId, message.language);
        return;
      case "showHint":
        await this.manager.actions.showHint(message.exerciseId);
        return;
      case "openReview":
        if (message.guideId !== undefined && !this.manager.catalogue.guide(message.guideId)) {
          void vscode.window.showWarningMessage(`Interview Prep: there is no guide "${message.guideId}".`);
          return;
        }
        await this.show(reviewPage(message.guideId, message.includeNew === true), { pushHistory: true });
        return;
      case "gradeQuestion": {
        if (this.page.kind !== "review") return;
        const scope = { guideId: this.page.guideId, includeNew: this.page.includeNew };
        // A repeated or stale grade (the question was graded meanwhile, in this or another panel) is not
        // recorded twice: only a question up for review now can be graded.
        if (!this.manager.reviews.isReviewable(message.questionId, scope)) {
          this.manager.log.info(`review: ignored a grade for "${message.questionId}", which is not up for review`);
          await this.render();
          return;
        }
        // Counted before the grade is stored: storing it re-renders the page, which shows the count.
        this.reviewedInSession++;
        if (!(await this.manager.reviews.grade(message.questionId, message.grade, scope))) this.reviewedInSession--;
        return;
      }
    }
  }
}

function samePage(a: PanelPage, b: PanelPage): boolean {
  if (a.kind === "guide" && b.kind === "guide") return a.guideId === b.guideId;
  if (a.kind === "exercise" && b.kind === "exercise") return a.exerciseId === b.exerciseId;
  return a.kind === "review" && b.kind === "review" && a.guideId === b.guideId && (a.includeNew ?? false) === (b.includeNew ?? false);
}

/** Opens guides beside the editor, reuses one panel (or one per guide), and restores panels after a reload. */
export class GuidePanelManager extends Disposable implements vscode.WebviewPanelSerializer {
  private readonly panels = new Set<GuidePanel>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    readonly catalogue: CatalogueService,
    readonly progress: ProgressStore,
    readonly reviews: ReviewService,
    readonly log: Log,
    readonly actions: GuidePanelActions,
  ) {
    super();
    this.register(vscode.window.registerWebviewPanelSerializer(GUIDE_VIEW_TYPE, this));
    this.register(
      progress.onDidChange(() => {
        for (const panel of this.panels) {
          if (panel.page.kind === "guide") panel.post({ type: "readState", guideId: panel.page.guideId, read: progress.isGuideRead(panel.page.guideId) });
          else if (panel.page.kind === "exercise") void panel.render();
        }
      }),
    );
    // Review pages follow the queue (a grade here or in another panel, a guide read, a new day), not
    // every progress change: a test run finishing must not hide an answer being read.
    this.register(reviews.onDidChange(() => this.panels.forEach((panel) => panel.page.kind === "review" && void panel.render())));
    this.register(catalogue.onDidChange(() => this.panels.forEach((panel) => void panel.render())));
  }

  /** The guide shown in the active (focused) guide panel, if any. */
  activeGuideId(): string | undefined {
    const page = [...this.panels].find((panel) => panel.panel.active)?.page;
    return page?.kind === "guide" ? page.guideId : undefined;
  }

  /** Pages shown in open panels (for tests and the API). */
  openPages(): PanelPage[] {
    return [...this.panels].map((panel) => panel.page);
  }

  /** Open review pages: the question each shows and how many were graded in it (for tests and the API). */
  reviewPanels(): Array<{ page: PanelPage; questionId?: string; reviewedInSession: number }> {
    return [...this.panels]
      .filter((panel) => panel.page.kind === "review")
      .map((panel) => ({ page: panel.page, ...(panel.shownQuestionId ? { questionId: panel.shownQuestionId } : {}), reviewedInSession: panel.reviewedInSession }));
  }

  /** Grades the question shown in the first review panel through the path its grade buttons take; the question's id, if one was shown. */
  async gradeShownQuestion(grade: string): Promise<string | undefined> {
    const panel = [...this.panels].find((candidate) => candidate.page.kind === "review" && candidate.shownQuestionId);
    const questionId = panel?.shownQuestionId;
    if (!panel || !questionId) return undefined;
    const before = panel.reviewedInSession;
    await panel.onMessage({ type: "gradeQuestion", questionId, grade });
    return panel.reviewedInSession > before ? questionId : undefined;
  }

  async open(page: PanelPage): Promise<void> {
    const reuse = vscode.workspace.getConfiguration("interviewPrep").get<boolean>("guidePanel.reuse", true);
    const existing = reuse ? [...this.panels][0] : [...this.panels].find((panel) => samePage(panel.page, page));
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn ?? vscode.ViewColumn.Beside, false);
      // Already showing this page and no anchor to go to: revealing is enough (keeps the reader's place).
      if (samePage(existing.page, page) && !(page.kind === "guide" && page.anchor)) return;
      await existing.show(page, { pushHistory: true });
      return;
    }
    const panel = vscode.window.createWebviewPanel(GUIDE_VIEW_TYPE, "Interview Prep", { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, this.webviewOptions());
    await this.adopt(panel, page);
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    panel.webview.options = this.webviewOptions();
    const page = parsePanelPage((state as { page?: unknown } | undefined)?.page);
    if (!page) {
      panel.dispose();
      return;
    }
    await this.adopt(panel, page);
  }

  private async adopt(webviewPanel: vscode.WebviewPanel, page: PanelPage): Promise<void> {
    webviewPanel.iconPath = vscode.Uri.joinPath(this.extensionUri, "media", "panel-icon.svg");
    const panel = new GuidePanel(webviewPanel, page, this);
    this.panels.add(panel);
    await panel.render();
  }

  forget(panel: GuidePanel): void {
    this.panels.delete(panel);
    panel.dispose();
  }

  private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, "dist", "webview")],
    };
  }

  html(webview: vscode.Webview, content: PanelContent): string {
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, "dist", "webview", name)).toString();
    return buildPanelHtml(
      content,
      { cspSource: webview.cspSource, styleUri: asset("guide.css"), scriptUri: asset("guide.js"), mermaidUri: asset("mermaid.min.js") },
      randomBytes(16).toString("base64"),
    );
  }

  async pageContent(page: PanelPage, canGoBack: boolean, canGoForward: boolean, reviewedInSession = 0): Promise<PageContent | undefined> {
    try {
      if (page.kind === "review") return await this.reviewContent(page, canGoBack, canGoForward, reviewedInSession);
      if (page.kind === "guide") {
        const guide = this.catalogue.guide(page.guideId);
        if (!guide) return this.missing(page, `There is no guide "${page.guideId}" in the course.`, canGoBack, canGoForward);
        const rendered = await this.catalogue.renderGuide(guide);
        const category = this.catalogue.current.categories.find((candidate) => candidate.id === guide.category);
        return {
          page,
          title: guide.title,
          subtitle: [category?.title ?? guide.category, capitalize(guide.difficulty), `${guide.estimatedMinutes} min`],
          articleHtml: rendered.html,
          toc: rendered.toc,
          hasMermaid: rendered.hasMermaid,
          canGoBack,
          canGoForward,
          read: this.progress.isGuideRead(guide.id),
          actions: [
            ...guide.exercises
              .filter((id) => this.catalogue.exercise(id))
              .map((id, index) => ({ label: `Practise: ${this.catalogue.exercise(id)?.title}`, message: { type: "openExercise", exerciseId: id } as const, primary: index === 0 })),
            ...(guide.questions.length > 0
              ? [{ label: "Review questions", title: "Review this guide's questions", message: { type: "openReview", guideId: guide.id, includeNew: true } as const }]
              : []),
          ],
        };
      }
      const exercise = this.catalogue.exercise(page.exerciseId);
      if (!exercise) return this.missing(page, `There is no exercise "${page.exerciseId}" in the course.`, canGoBack, canGoForward);
      const rendered = await this.catalogue.renderExerciseReadme(exercise);
      const progress = this.progress.exercise(exercise.id);
      const status = progress.status === "passed" ? "Passed ✓" : progress.status === "attempted" ? `Attempted (${progress.attempts} run${progress.attempts === 1 ? "" : "s"})` : "Not started";
      return {
        page,
        title: exercise.title,
        subtitle: ["Exercise", capitalize(exercise.difficulty), `${exercise.estimatedMinutes} min`, status, `hints used ${progress.hintsUsed}/${exercise.hints.length}`],
        articleHtml: rendered.html,
        toc: [],
        hasMermaid: rendered.hasMermaid,
        canGoBack,
        canGoForward,
        actions: [
          ...exercise.languages.map((language, index) => ({
            label: `Generate in ${language === "typescript" ? "TypeScript" : "Python"}`,
            message: { type: "generateExercise", exerciseId: exercise.id, language } as const,
            primary: index === 0,
          })),
          { label: "Show hint", message: { type: "showHint", exerciseId: exercise.id } as const },
          { label: "Read the guide", message: { type: "openGuide", guideId: exercise.guide } as const },
        ],
      };
    } catch (error) {
      this.log.error(`guide panel: ${(error as Error).message}`);
      return this.missing(page, `This page could not be loaded: ${(error as Error).message}`, canGoBack, canGoForward);
    }
  }

  /** One due (or new) question with its hidden answer and grade buttons, or what comes next when none is left. */
  private async reviewContent(page: Extract<PanelPage, { kind: "review" }>, canGoBack: boolean, canGoForward: boolean, reviewedInSession: number): Promise<PageContent> {
    const scopeGuide = page.guideId !== undefined ? this.catalogue.guide(page.guideId) : undefined;
    if (page.guideId !== undefined && !scopeGuide) return this.missing(page, `There is no guide "${page.guideId}" in the course.`, canGoBack, canGoForward);
    const queue = this.reviews.queue({ guideId: page.guideId, includeNew: page.includeNew });
    const today = this.reviews.today();
    const newLeft = page.includeNew ? [`${queue.fresh.length} new left today`] : [];
    const base = {
      page,
      title: scopeGuide ? `Review: ${scopeGuide.title}` : "Review questions",
      subtitle: [`${queue.due.length} due today`, `${reviewedInSession} reviewed in this session`, ...newLeft],
      toc: [],
      canGoBack,
      canGoForward,
      actions: scopeGuide ? [{ label: "Open the guide", message: { type: "openGuide", guideId: scopeGuide.id } as const }] : [],
    };
    const candidates = [...queue.due, ...(page.includeNew ? queue.fresh : [])].slice(0, MAX_REVIEW_CANDIDATES);
    for (const question of candidates) {
      const guide = this.catalogue.guide(question.guideId);
      const card = guide ? extractQuestionCard((await this.catalogue.renderGuide(guide)).html, question.id) : undefined;
      if (!guide || !card) {
        // The index and the guide disagree (content edited without Reload Course): skip the question.
        this.log.warn(`review: question "${question.id}" was not found in guide "${question.guideId}"; Reload Course re-reads the content`);
        continue;
      }
      const review = this.reviews.review(question.id);
      return {
        ...base,
        articleHtml: reviewCardHtml({ questionId: question.id, guideId: guide.id, guideTitle: guide.title, card, isNew: !review, intervals: nextIntervals(review) }),
        hasMermaid: card.answerHtml.includes('class="mermaid"'),
        reviewQuestionId: question.id,
      };
    }
    const readGuides = Object.keys(this.progress.current.guides);
    return {
      ...base,
      articleHtml: reviewDoneHtml({
        ...(scopeGuide ? { guide: { id: scopeGuide.id, title: scopeGuide.title } } : {}),
        ...(queue.next ? { next: { when: describeDay(queue.next.day, today), count: queue.next.count } } : {}),
        reviewed: queue.reviewed,
        newReady: page.includeNew ? 0 : queue.fresh.length,
        newAvailable: queue.newAvailable,
        newPerDay: queue.newPerDay,
        anyGuideRead: readGuides.length > 0,
        reviewedInSession,
      }),
      hasMermaid: false,
    };
  }

  private missing(page: PanelPage, message: string, canGoBack: boolean, canGoForward: boolean): PanelContent {
    return { page, title: "Not found", subtitle: [], articleHtml: `<p>${escapeHtml(message)}</p>`, toc: [], hasMermaid: false, canGoBack, canGoForward, actions: [] };
  }

  override dispose(): void {
    for (const panel of this.panels) panel.panel.dispose();
    super.dispose();
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Guide panel script: navigation, copy buttons, read state, Mermaid rendering that follows the theme,
// and the review page's Show answer and grade buttons (keys 1–4).
// Every action goes to the extension host as a message declared in src/core/protocol/messages.ts.
import "@vscode-elements/elements/dist/vscode-button/index.js";
import type { HostToWebviewMessage, PanelPage, WebviewToHostMessage } from "../src/core/protocol/messages";
import { GRADES, type Grade } from "../src/core/progress/scheduler";

interface VsCodeApi {
  postMessage(message: WebviewToHostMessage): void;
  setState(state: unknown): void;
  getState(): unknown;
}
interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  run(options: { nodes: HTMLElement[]; suppressErrors?: boolean }): Promise<void>;
}
declare function acquireVsCodeApi(): VsCodeApi;
declare global {
  interface Window {
    mermaid?: MermaidApi;
  }
}

const vscode = acquireVsCodeApi();
const post = (message: WebviewToHostMessage) => vscode.postMessage(message);
const pageState = JSON.parse(document.getElementById("page-state")?.textContent ?? "{}") as { page: PanelPage; read: boolean };

// Webview state: the page (the host restores panels from it after a reload) and the reading position.
// The document is rebuilt whenever the panel is shown again or restored, so the position comes back
// from here, for the same page only.
// On a review page the position and the revealed answer belong to the question shown: the next
// question starts at the top with its answer hidden.
interface SavedState {
  page: PanelPage;
  scrollY?: number;
  questionId?: string;
  answerShown?: boolean;
}
const reviewCard = document.getElementById("review-card");
const reviewQuestionId = reviewCard?.dataset.questionId;
const previous = vscode.getState() as Partial<SavedState> | undefined;
const samePlace = previous?.page && JSON.stringify(previous.page) === JSON.stringify(pageState.page) && previous.questionId === reviewQuestionId;
const savedScroll = samePlace && typeof previous?.scrollY === "number" ? previous.scrollY : 0;
let answerShown = false;
const saveState = () =>
  vscode.setState({
    page: pageState.page,
    scrollY: Math.round(window.scrollY),
    ...(reviewQuestionId ? { questionId: reviewQuestionId, answerShown } : {}),
  } satisfies SavedState);
/** Until the reader scrolls, an anchor the host asks for on load gives way to the restored position. */
let restoredPosition = savedScroll > 0;
if (restoredPosition) window.scrollTo(0, savedScroll);
saveState();
let saveTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener(
  "scroll",
  () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveState, 200);
  },
  { passive: true },
);
window.addEventListener("wheel", () => (restoredPosition = false), { passive: true, once: true });
window.addEventListener("keydown", () => (restoredPosition = false), { once: true });

// Links and buttons.
document.addEventListener("click", (event) => {
  const target = event.target as HTMLElement | null;
  const link = target?.closest("a");
  if (link) {
    const { guide, exercise, anchor, external } = link.dataset;
    if (guide) {
      event.preventDefault();
      post(anchor ? { type: "openGuide", guideId: guide, anchor } : { type: "openGuide", guideId: guide });
    } else if (exercise) {
      event.preventDefault();
      post({ type: "openExercise", exerciseId: exercise });
    } else if (anchor) {
      event.preventDefault();
      scrollToAnchor(anchor);
    } else if (external) {
      event.preventDefault();
      post({ type: "openExternal", url: external });
    } else {
      event.preventDefault();
    }
    return;
  }
  const copy = target?.closest<HTMLElement>("[data-action='copy']");
  if (copy) {
    const code = copy.closest(".code-block")?.querySelector("code")?.textContent ?? "";
    post({ type: "copyCode", text: code });
    copy.textContent = "Copied";
    setTimeout(() => (copy.textContent = "Copy"), 1500);
    return;
  }
  const action = target?.closest<HTMLElement>(".page-action");
  if (action?.dataset.message) {
    post(JSON.parse(action.dataset.message) as WebviewToHostMessage);
    return;
  }
  const gradeButton = target?.closest<HTMLElement>(".review-grade");
  const grade = gradeButton?.dataset.grade;
  if (grade && (GRADES as readonly string[]).includes(grade)) sendGrade(grade as Grade);
});

document.getElementById("nav-back")?.addEventListener("click", () => post({ type: "navigate", direction: "back" }));
document.getElementById("nav-forward")?.addEventListener("click", () => post({ type: "navigate", direction: "forward" }));

// Toolbar keyboard: arrow keys, Home and End move between its buttons (the ARIA toolbar pattern);
// Space activates a button without scrolling the page.
const toolbar = document.querySelector<HTMLElement>(".toolbar");
toolbar?.addEventListener("keydown", (event) => {
  const buttons = Array.from(toolbar.querySelectorAll<HTMLElement>("vscode-button")).filter((button) => !button.hasAttribute("disabled"));
  const current = buttons.indexOf(document.activeElement as HTMLElement);
  if (current === -1) return;
  if (event.key === " ") {
    event.preventDefault();
    return;
  }
  const next =
    event.key === "ArrowRight" ? (current + 1) % buttons.length
    : event.key === "ArrowLeft" ? (current - 1 + buttons.length) % buttons.length
    : event.key === "Home" ? 0
    : event.key === "End" ? buttons.length - 1
    : -1;
  if (next === -1) return;
  event.preventDefault();
  buttons[next].focus();
});

const readToggle = document.getElementById("read-toggle");
function showReadState(read: boolean): void {
  if (!readToggle) return;
  readToggle.dataset.read = String(read);
  readToggle.textContent = read ? "✓ Read" : "Mark as read";
  readToggle.title = read ? "Marked as read: click to mark as unread" : "Mark this guide as read";
  readToggle.toggleAttribute("secondary", read);
}
readToggle?.addEventListener("click", () => {
  if (pageState.page.kind !== "guide") return;
  const read = readToggle.dataset.read !== "true";
  showReadState(read);
  post({ type: "setRead", guideId: pageState.page.guideId, read });
});

// Review page: the answer stays hidden until asked for; then the grade buttons (or keys 1–4) send the
// grade once, and the host renders the next question.
const showAnswerButton = document.getElementById("show-answer");
const reviewAnswer = document.getElementById("review-answer");
const reviewGrades = document.getElementById("review-grades");
let gradeSent = false;

function showAnswer(): void {
  if (!reviewAnswer || !reviewGrades || answerShown) return;
  answerShown = true;
  reviewAnswer.hidden = false;
  reviewGrades.hidden = false;
  showAnswerButton?.setAttribute("aria-expanded", "true");
  showAnswerButton?.closest(".review-reveal")?.setAttribute("hidden", "");
  saveState();
  // Diagrams in a hidden answer cannot be measured: they are drawn when it is shown.
  void queueDiagrams();
  // Focus moves to the answer (read from its start; Tab continues to the grade buttons), not to the
  // buttons below it, which would scroll past the answer.
  reviewAnswer.setAttribute("tabindex", "-1");
  if (document.hasFocus()) reviewAnswer.focus({ preventScroll: true });
}

function sendGrade(grade: Grade): void {
  if (!reviewQuestionId || !answerShown || gradeSent) return;
  gradeSent = true;
  reviewGrades?.setAttribute("aria-busy", "true");
  reviewGrades?.querySelectorAll("vscode-button").forEach((button) => button.setAttribute("disabled", ""));
  post({ type: "gradeQuestion", questionId: reviewQuestionId, grade });
}

showAnswerButton?.addEventListener("click", showAnswer);
if (reviewCard) {
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
    const grade = GRADES[Number(event.key) - 1];
    const onControl = (event.target as HTMLElement | null)?.closest("a, vscode-button, button, summary");
    if (/^[1-4]$/.test(event.key) && grade && answerShown) {
      event.preventDefault();
      sendGrade(grade);
    } else if ((event.key === " " || event.key === "Enter") && !answerShown && !onControl) {
      event.preventDefault();
      showAnswer();
    } else if (event.key === " " && onControl?.closest("#review-card vscode-button")) {
      // The button clicks itself on Space; the page should not scroll as well.
      event.preventDefault();
    }
  });
}

function scrollToAnchor(anchor: string): void {
  // Heading ids are prefixed (see headingElementId); question cards are q-<id>.
  const element = document.getElementById(`s-${anchor}`) ?? document.getElementById(`q-${anchor}`) ?? (anchor.startsWith("q-") ? document.getElementById(anchor) : null);
  if (!element) return;
  if (element instanceof HTMLDetailsElement) element.open = true;
  element.scrollIntoView({ block: "start" });
  // Keyboard and screen-reader users continue from the target, not from the link they activated.
  if (document.hasFocus()) {
    const target = element instanceof HTMLDetailsElement ? element.querySelector<HTMLElement>("summary") : element;
    if (target && target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target?.focus({ preventScroll: true });
  }
}

window.addEventListener("message", (event: MessageEvent<HostToWebviewMessage>) => {
  const message = event.data;
  if (message?.type === "readState" && pageState.page.kind === "guide" && message.guideId === pageState.page.guideId) showReadState(message.read);
  if (message?.type === "scrollTo" && typeof message.anchor === "string") {
    const initialAnchor = pageState.page.kind === "guide" && pageState.page.anchor === message.anchor;
    if (restoredPosition && initialAnchor) return;
    restoredPosition = false;
    scrollToAnchor(message.anchor);
  }
});

// Mermaid: loaded only on pages with diagrams; strict security; theme follows VS Code and re-renders on change.
const diagrams = Array.from(document.querySelectorAll<HTMLElement>("pre.mermaid"));
const sources = diagrams.map((diagram) => diagram.textContent ?? "");

function mermaidTheme(): string {
  const classes = document.body.classList;
  if (classes.contains("vscode-high-contrast") && !classes.contains("vscode-high-contrast-light")) return "dark";
  return classes.contains("vscode-dark") ? "dark" : "default";
}

async function renderDiagrams(): Promise<void> {
  if (reviewAnswer && !answerShown) return;
  const mermaid = window.mermaid;
  if (!mermaid || typeof mermaid.initialize !== "function" || typeof mermaid.run !== "function" || diagrams.length === 0) return;
  diagrams.forEach((diagram, index) => {
    diagram.removeAttribute("data-processed");
    diagram.textContent = sources[index];
  });
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    theme: mermaidTheme(),
    fontFamily: "var(--vscode-font-family)",
    secure: ["securityLevel", "startOnLoad", "maxTextSize", "theme", "themeVariables", "fontFamily", "htmlLabels"],
  });
  try {
    await mermaid.run({ nodes: diagrams, suppressErrors: true });
  } catch {
    // suppressErrors renders an error diagram in place; nothing else to do
  }
  document.body.dataset.mermaidRendered = "true";
}

// One Mermaid render at a time: a theme change during a render waits for it instead of racing it.
let diagramsRendered: Promise<void> = Promise.resolve();
function queueDiagrams(): Promise<void> {
  diagramsRendered = diagramsRendered.then(renderDiagrams, renderDiagrams);
  return diagramsRendered;
}

let lastTheme = mermaidTheme();
new MutationObserver(() => {
  const theme = mermaidTheme();
  if (theme !== lastTheme) {
    lastTheme = theme;
    void queueDiagrams();
  }
}).observe(document.body, { attributes: true, attributeFilter: ["class"] });

// A review page comes back with its answer shown if it was (the panel is rebuilt when shown again);
// a hidden answer's diagrams wait until it is shown (renderDiagrams skips them until then).
if (reviewCard && previous?.answerShown && samePlace) {
  showAnswer();
  if (restoredPosition) window.scrollTo(0, savedScroll);
} else if (reviewCard && document.hasFocus()) showAnswerButton?.focus();
void queueDiagrams().then(() => {
  // Diagrams change the page's height: put a restored reading position back where it was.
  if (restoredPosition && diagrams.length > 0) window.scrollTo(0, savedScroll);
});
post({ type: "ready" });

// Guide panel script: navigation, copy buttons, read state, Mermaid rendering that follows the theme.
// Every action goes to the extension host as a message declared in src/core/protocol/messages.ts.
import "@vscode-elements/elements/dist/vscode-button/index.js";
import type { HostToWebviewMessage, PanelPage, WebviewToHostMessage } from "../src/core/protocol/messages";

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
vscode.setState({ page: pageState.page });

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
  }
});

document.getElementById("nav-back")?.addEventListener("click", () => post({ type: "navigate", direction: "back" }));
document.getElementById("nav-forward")?.addEventListener("click", () => post({ type: "navigate", direction: "forward" }));

const readToggle = document.getElementById("read-toggle");
function showReadState(read: boolean): void {
  if (!readToggle) return;
  readToggle.dataset.read = String(read);
  readToggle.textContent = read ? "✓ Read" : "Mark as read";
  readToggle.toggleAttribute("secondary", read);
}
readToggle?.addEventListener("click", () => {
  if (pageState.page.kind !== "guide") return;
  const read = readToggle.dataset.read !== "true";
  showReadState(read);
  post({ type: "setRead", guideId: pageState.page.guideId, read });
});

function scrollToAnchor(anchor: string): void {
  // Heading ids are prefixed (see headingElementId); question cards are q-<id>.
  const element = document.getElementById(`s-${anchor}`) ?? document.getElementById(`q-${anchor}`) ?? (anchor.startsWith("q-") ? document.getElementById(anchor) : null);
  if (!element) return;
  if (element instanceof HTMLDetailsElement) element.open = true;
  element.scrollIntoView({ block: "start" });
}

window.addEventListener("message", (event: MessageEvent<HostToWebviewMessage>) => {
  const message = event.data;
  if (message?.type === "readState" && pageState.page.kind === "guide" && message.guideId === pageState.page.guideId) showReadState(message.read);
  if (message?.type === "scrollTo" && typeof message.anchor === "string") scrollToAnchor(message.anchor);
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

let lastTheme = mermaidTheme();
new MutationObserver(() => {
  const theme = mermaidTheme();
  if (theme !== lastTheme) {
    lastTheme = theme;
    void renderDiagrams();
  }
}).observe(document.body, { attributes: true, attributeFilter: ["class"] });

void renderDiagrams();
post({ type: "ready" });

// Builds the guide panel's HTML document around rendered content. Pure string building, so the
// Content-Security-Policy and escaping are unit-tested without VS Code.
import type { PanelPage, WebviewToHostMessage } from "../protocol/messages";
import { headingElementId, type TocEntry } from "./guideRenderer";

export interface PanelAssets {
  /** webview.cspSource */
  cspSource: string;
  styleUri: string;
  scriptUri: string;
  mermaidUri: string;
}

export interface PanelContent {
  page: PanelPage;
  title: string;
  /** Shown under the title: category, difficulty, minutes… (plain text). */
  subtitle: string[];
  /** Rendered, already-safe article HTML. */
  articleHtml: string;
  toc: TocEntry[];
  hasMermaid: boolean;
  canGoBack: boolean;
  canGoForward: boolean;
  /** Guides only: whether the guide is marked read. */
  read?: boolean;
  /** Toolbar buttons (exercises to practise or generate, the guide's review…): each sends its message. */
  actions: Array<{ label: string; message: WebviewToHostMessage; primary?: boolean; title?: string }>;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string);
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  // KaTeX and Mermaid emit inline style attributes/elements, hence 'unsafe-inline' for styles only.
  // Scripts run only with this render's nonce; nothing else is loaded from anywhere.
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join("; ");
}

/** JSON that is safe inside a <script type="application/json"> element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

// vscode-button takes itself out of the tab order when disabled but does not tell assistive technology.
const DISABLED = 'disabled="" aria-disabled="true"';

export function buildPanelHtml(content: PanelContent, assets: PanelAssets, nonce: string): string {
  const toc = content.toc.length
    ? `<nav aria-label="On this page"><details class="toc" open><summary>On this page</summary><ol>${content.toc
        .map((entry) => `<li class="toc-level-${entry.level}"><a href="#${escapeHtml(headingElementId(entry.slug))}" data-anchor="${escapeHtml(entry.slug)}">${escapeHtml(entry.text)}</a></li>`)
        .join("")}</ol></details></nav>`
    : "";
  const readButton =
    content.page.kind === "guide"
      ? `<vscode-button title="${content.read ? "Marked as read: click to mark as unread" : "Mark this guide as read"}" id="read-toggle" ${content.read ? 'secondary="" ' : ""}data-read="${content.read ? "true" : "false"}">${content.read ? "✓ Read" : "Mark as read"}</vscode-button>`
      : "";
  const actions = content.actions
    .map(
      (action) =>
        `<vscode-button class="page-action" ${action.primary ? "" : 'secondary="" '}${action.title ? `title="${escapeHtml(action.title)}" ` : ""}data-message="${escapeHtml(JSON.stringify(action.message))}">${escapeHtml(action.label)}</vscode-button>`,
    )
    .join("");
  const state = { page: content.page, read: content.read ?? false };
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(assets.cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(assets.styleUri)}">
<title>${escapeHtml(content.title)}</title>
</head>
<body>
<header class="toolbar" role="toolbar" aria-label="Guide navigation">
<vscode-button id="nav-back" secondary="" title="Back" ${content.canGoBack ? "" : DISABLED}>Back</vscode-button>
<vscode-button id="nav-forward" secondary="" title="Forward" ${content.canGoForward ? "" : DISABLED}>Forward</vscode-button>
<span class="toolbar-spacer"></span>
${actions}
${readButton}
</header>
<main>
<h1 class="guide-title">${escapeHtml(content.title)}</h1>
<p class="guide-subtitle">${content.subtitle.map(escapeHtml).join(" · ")}</p>
${toc}
<article class="guide-body">
${content.articleHtml}
</article>
</main>
<script type="application/json" id="page-state">${jsonForScript(state)}</script>
${content.hasMermaid ? `<script nonce="${nonce}" src="${escapeHtml(assets.mermaidUri)}"></script>` : ""}
<script nonce="${nonce}" src="${escapeHtml(assets.scriptUri)}"></script>
</body>
</html>`;
}

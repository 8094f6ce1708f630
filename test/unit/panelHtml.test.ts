import assert from "node:assert/strict";
import { buildPanelHtml, contentSecurityPolicy, jsonForScript, type PanelContent } from "../../src/core/render/panelHtml";

const assets = { cspSource: "https://webview.example", styleUri: "https://webview.example/guide.css", scriptUri: "https://webview.example/guide.js", mermaidUri: "https://webview.example/mermaid.min.js" };
const content = (overrides: Partial<PanelContent> = {}): PanelContent => ({
  page: { kind: "guide", guideId: "lsm-trees" },
  title: "LSM <Trees>",
  subtitle: ["Databases", "Advanced", "25 min"],
  articleHtml: "<p>body</p>",
  toc: [{ level: 2, text: "Write path", slug: "write-path" }],
  hasMermaid: false,
  canGoBack: false,
  canGoForward: true,
  read: false,
  actions: [],
  ...overrides,
});

describe("guide panel HTML", () => {
  it("has a strict CSP: nothing by default, scripts only with this render's nonce", () => {
    const csp = contentSecurityPolicy(assets.cspSource, "abc123");
    assert.match(csp, /^default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-eval|script-src[^;]*unsafe-inline|\*/);
  });

  it("gives every script the nonce and loads Mermaid only for pages with diagrams", () => {
    const without = buildPanelHtml(content(), assets, "n1");
    const scripts = without.match(/<script\b[^>]*>/g) ?? [];
    for (const script of scripts) assert.ok(/nonce="n1"/.test(script) || /type="application\/json"/.test(script), script);
    assert.doesNotMatch(without, /mermaid\.min\.js/);
    assert.match(buildPanelHtml(content({ hasMermaid: true }), assets, "n1"), /<script nonce="n1" src="https:\/\/webview\.example\/mermaid\.min\.js"><\/script>/);
  });

  it("escapes the title and the embedded state", () => {
    const html = buildPanelHtml(content(), assets, "n1");
    assert.match(html, /<h1 class="guide-title">LSM &lt;Trees&gt;<\/h1>/);
    assert.equal(jsonForScript({ a: "</script><script>alert(1)</script>" }).includes("</script>"), false);
  });

  it("shows navigation state, the table of contents and the read toggle", () => {
    const html = buildPanelHtml(content({ read: true }), assets, "n1");
    assert.match(html, /id="nav-back" secondary="" title="Back" disabled="" aria-disabled="true"/);
    assert.doesNotMatch(html, /id="nav-forward"[^>]*disabled/);
    assert.match(html, /<a href="#s-write-path" data-anchor="write-path">Write path<\/a>/);
    assert.match(html, /id="read-toggle" secondary="" data-read="true">✓ Read/);
    assert.match(html, /title="Marked as read: click to mark as unread" id="read-toggle"/);
    assert.match(html, /<nav aria-label="On this page"><details class="toc" open>/);
  });
});

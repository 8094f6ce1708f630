// Helpers for the end-to-end path: a code-server session with the extension installed, opened in
// headless Chromium, plus numbered screenshots of every step.
import fs from 'node:fs';
import path from 'node:path';
import {
  makeRunDir, prepareWorkspace, writeUserSettings, installExtension, startCodeServer,
  launchBrowser, openWorkbench, extensionHostLog, tail,
} from '../../scripts/vscode/session.mjs';
import { repoRoot, screenshotsRoot } from '../../scripts/vscode/paths.mjs';

let screenshotDir;
let shots = 0;

/** Polls probe until it returns something truthy; fails with `what` (and the last error) after timeoutMs. */
export async function until(what, probe, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try { last = await probe(); if (last) return last; } catch (e) { last = e; }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** `settings`: extra user settings for the session (e.g. `workbench.colorTheme`). */
export async function startWorkbench({ vsix, label = 'e2e', settings = {} }) {
  const run = makeRunDir(label);
  prepareWorkspace(run);
  writeUserSettings(run, settings);
  installExtension(run, vsix);
  // One folder for the whole e2e run, numbered across its sessions.
  screenshotDir ??= path.join(screenshotsRoot, path.basename(run.dir));
  fs.mkdirSync(screenshotDir, { recursive: true });
  process.env.INTERVIEW_PREP_E2E_SCREENSHOTS = screenshotDir;
  console.log(`      screenshots: ${screenshotDir}`);
  const server = await startCodeServer(run, { trust: true });
  const browser = await launchBrowser();
  let page;
  try {
    page = await openWorkbench(browser.browser, server.url);
  } catch (e) {
    await browser.stop();
    await server.stop();
    throw e;
  }
  return {
    run,
    page,
    screenshotDir,
    workspaceDir: run.workspaceDir,
    async shot(name) {
      shots++;
      const file = path.join(screenshotDir, `${String(shots).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
      await page.screenshot({ path: file }).catch((e) => console.log(`      (screenshot failed: ${e.message})`));
      return file;
    },
    extensionHostLogTail: () => tail(extensionHostLog(run), 80),
    async stop() {
      await page.context().close().catch(() => {});
      await browser.stop();
      await server.stop();
    },
  };
}

/** After each step: a screenshot named after the test (FAILED- prefix on failure), and the extension host log on failure. */
export async function screenshotStep(wb, test) {
  const failed = test.state === 'failed';
  const file = await wb.shot(`${failed ? 'FAILED-' : ''}${test.title}`);
  console.log(`      screenshot: ${path.basename(file)}`);
  if (failed) console.log(`      extension host log (tail):\n${wb.extensionHostLogTail()}`);
}

export { repoRoot };

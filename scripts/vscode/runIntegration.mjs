#!/usr/bin/env node
// Integration suite in a real VS Code (code-server 1.139 workbench + Node extension host, opened in
// headless Chromium). Two sessions, each with fresh user data, extensions and a fresh copy of
// test/fixtures/workspace:
//   trusted     — every suite except those tagged @restricted (workspace trust disabled)
//   restricted  — only the @restricted suites, with workspace trust on and the folder untrusted
// Usage: node scripts/vscode/runIntegration.mjs [--session trusted|restricted] [--timeout SECONDS]
import fs from 'node:fs';
import path from 'node:path';
import { setup } from './setup.mjs';
import { ensureVsix } from './vsix.mjs';
import { buildHarness } from './buildHarness.mjs';
import { repoRoot } from './paths.mjs';
import {
  makeRunDir, prepareWorkspace, writeUserSettings, installExtension, startCodeServer,
  launchBrowser, openWorkbench, extensionHostLog, tail, sleep,
} from './session.mjs';
import { stopAll } from './processes.mjs';
import { printResults } from './report.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const only = opt('--session');
const timeoutMs = Number(opt('--timeout', process.env.INTERVIEW_PREP_TEST_TIMEOUT ?? '300')) * 1000;

const sessions = [
  { label: 'trusted', trust: true, grep: '@restricted', invert: true },
  { label: 'restricted', trust: false, grep: '@restricted', invert: false },
].filter((s) => !only || s.label === only);

async function waitForResults(file, timeout, run, isAlive) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!isAlive()) throw new Error('code-server exited before the suite wrote its results');
    await sleep(500);
  }
  throw new Error(`timed out after ${timeout / 1000} s waiting for ${file}\n--- extension host log (tail) ---\n${tail(extensionHostLog(run))}\n--- code-server log (tail) ---\n${tail(run.logFile, 30)}`);
}

async function runSession(session, browser, vsix, harnessVsix) {
  const t0 = Date.now();
  const run = makeRunDir(`integration-${session.label}`);
  console.log(`\n=== integration: ${session.label} session (${path.relative(repoRoot, run.dir)}) ===`);
  prepareWorkspace(run);
  writeUserSettings(run);
  installExtension(run, vsix);
  installExtension(run, harnessVsix);
  const resultsFile = path.join(run.dir, 'results.json');
  const configFile = path.join(run.dir, 'harness-config.json');
  fs.writeFileSync(configFile, JSON.stringify({
    resultsFile, grep: session.grep, invert: session.invert, timeoutMs: 60_000, repoRoot,
  }, null, 2));
  const server = await startCodeServer(run, { trust: session.trust, env: { INTERVIEW_PREP_TEST_CONFIG: configFile } });
  let page;
  try {
    page = await openWorkbench(browser, server.url);
    const results = await waitForResults(resultsFile, timeoutMs, run, () => { try { process.kill(server.pid, 0); return true; } catch { return false; } });
    results.session = session.label;
    console.log(`[integration] ${session.label}: suite finished in ${((Date.now() - t0) / 1000).toFixed(1)} s (extension host log: ${path.relative(repoRoot, extensionHostLog(run) ?? run.dir)})`);
    return results;
  } finally {
    if (page) await page.context().close().catch(() => {});
    await server.stop();
  }
}

async function main() {
  const t0 = Date.now();
  setup();
  const vsix = ensureVsix();
  const harnessVsix = await buildHarness();
  const browser = await launchBrowser();
  const all = [];
  let failedSessions = 0;
  try {
    for (const s of sessions) {
      try {
        const results = await runSession(s, browser.browser, vsix, harnessVsix);
        all.push(results);
      } catch (e) {
        failedSessions++;
        console.error(`[integration] ${s.label} session failed: ${e.message}`);
      }
    }
  } finally {
    await browser.stop();
    await stopAll();
  }
  const { passed, failed } = printResults(all);
  const totalFailed = failed + failedSessions;
  console.log(`\nintegration took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  // Alone on its line, so CI can read the count.
  console.log(`integration: ${passed} passed, ${totalFailed} failed`);
  if (totalFailed > 0 || passed === 0) process.exitCode = 1;
}

main().catch(async (e) => {
  console.error(`[integration] ${e.message}`);
  await stopAll();
  process.exit(1);
});

#!/usr/bin/env node
// End-to-end: test/e2e/*.test.mjs (mocha) drive the real workbench in headless Chromium.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { setup } from './setup.mjs';
import { ensureVsix } from './vsix.mjs';
import { repoRoot, screenshotsRoot } from './paths.mjs';
import { stopAll } from './processes.mjs';

async function main() {
  const t0 = Date.now();
  setup();
  process.env.INTERVIEW_PREP_E2E_VSIX = ensureVsix();
  const dir = path.join(repoRoot, 'test', 'e2e');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort();
  if (!files.length) throw new Error('no test/e2e/*.test.mjs');
  // bail: the path is one story; a step that fails leaves the next ones without their start.
  const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, bail: true, reporter: 'spec', color: false });
  for (const f of files) mocha.addFile(path.join(dir, f));
  await mocha.loadFilesAsync();
  const total = mocha.suite.total();
  const stats = await new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  await stopAll();
  const notRun = Math.max(0, total - stats.passes - stats.failures - stats.pending);
  console.log(`\nscreenshots: ${process.env.INTERVIEW_PREP_E2E_SCREENSHOTS ?? screenshotsRoot}`);
  if (stats.pending) console.log(`${stats.pending} step(s) pending: counted as failed`);
  if (notRun) console.log(`${notRun} step(s) not run after a failure (bail): counted as failed`);
  console.log(`e2e took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  // Alone on its line, so CI can read the count.
  console.log(`e2e: ${stats.passes} passed, ${stats.failures + stats.pending + notRun} failed`);
  if (stats.failures || stats.pending || !stats.passes || notRun > 0) process.exitCode = 1;
}

main().catch(async (e) => {
  console.error(`[e2e] ${e.message}`);
  await stopAll();
  process.exit(1);
});

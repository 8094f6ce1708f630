import path from 'node:path';
import { setup } from './setup.mjs';
import { makeRunDir, prepareWorkspace, writeUserSettings, installExtension, startCodeServer, launchBrowser, openWorkbench, sleep } from './session.mjs';
import { stopAll } from './processes.mjs';
setup();
const run = makeRunDir('explore');
prepareWorkspace(run); writeUserSettings(run);
for (const v of process.argv.slice(2)) installExtension(run, v);
const server = await startCodeServer(run, {});
const b = await launchBrowser();
try {
  const page = await openWorkbench(b.browser, server.url);
  await sleep(4000);
  await page.screenshot({ path: '/tmp/explore/1.png' });
  const labels = await page.$$eval('.activitybar .action-item a, .activitybar .action-item', (els) => els.map((e) => e.getAttribute('aria-label')).filter(Boolean));
  console.log(labels);
} finally { await b.stop(); await stopAll(); }

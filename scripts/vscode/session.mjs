// A VS Code session for tests: code-server (real workbench + Node extension host) on a free
// loopback port with fresh user-data and extensions folders, opened in headless Chromium.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  node24Bin, codeServerEntry, chromiumPath, chromiumArgs, runsDir, screenshotsRoot, repoRoot,
} from './paths.mjs';
import { spawnTracked, stopProcess, track } from './processes.mjs';

function log(msg) { console.log(`[vscode-session] ${msg}`); }

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Keeps only the newest `keep` entries of a folder of timestamped runs. */
export function prune(dir, keep = 8) {
  if (!fs.existsSync(dir)) return;
  const entries = fs.readdirSync(dir).sort();
  for (const old of entries.slice(0, Math.max(0, entries.length - keep))) {
    fs.rmSync(path.join(dir, old), { recursive: true, force: true });
  }
}

/** A fresh folder for one session: user data, extensions, workspace copy, logs. */
export function makeRunDir(label) {
  prune(runsDir);
  prune(screenshotsRoot);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(runsDir, `${stamp}-${label}`);
  fs.mkdirSync(dir, { recursive: true });
  return {
    dir,
    userDataDir: path.join(dir, 'user-data'),
    extensionsDir: path.join(dir, 'extensions'),
    workspaceDir: path.join(dir, 'workspace'),
    logFile: path.join(dir, 'code-server.log'),
  };
}

/** Copies test/fixtures/workspace (the fixture) into the run's own workspace folder. */
export function prepareWorkspace(run, fixture = path.join(repoRoot, 'test', 'fixtures', 'workspace')) {
  if (!fs.existsSync(fixture)) throw new Error(`fixture workspace missing: ${fixture}`);
  fs.cpSync(fixture, run.workspaceDir, { recursive: true });
  return run.workspaceDir;
}

/** User settings that keep the workbench quiet and deterministic. */
export function writeUserSettings(run, extra = {}) {
  const dir = path.join(run.userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never',
    'security.workspace.trust.emptyWindow': false,
    ...extra,
  };
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

function codeServerArgs(run) {
  // Its own (empty) config file, so code-server never writes ~/.config/code-server/config.yaml.
  const config = path.join(run.dir, 'code-server.yaml');
  if (!fs.existsSync(config)) fs.writeFileSync(config, '# test run: the other options are on the command line\nauth: none\ncert: false\n');
  return [codeServerEntry, '--config', config, '--user-data-dir', run.userDataDir, '--extensions-dir', run.extensionsDir];
}

export function installExtension(run, vsix) {
  const t0 = Date.now();
  const r = spawnSync(node24Bin, [...codeServerArgs(run), '--install-extension', vsix, '--force'], {
    encoding: 'utf8', timeout: 120_000,
  });
  if (r.status !== 0 || /Failed|Error/i.test(r.stderr)) {
    throw new Error(`installing ${vsix} into code-server failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  log(`installed ${path.basename(vsix)} (${Date.now() - t0} ms)`);
}

async function waitForHttp(url, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  let lastErr;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('code-server exited before it was ready');
    try {
      const res = await fetch(url);
      if (res.ok) return;
      lastErr = new Error(`HTTP ${res.status}`);
    } catch (e) { lastErr = e; }
    await sleep(200);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${url}: ${lastErr?.message}`);
}

/**
 * Starts code-server for run.workspaceDir. `trust: false` keeps workspace trust on, so the
 * folder opens in restricted mode; `trust: true` passes --disable-workspace-trust.
 */
export async function startCodeServer(run, { env = {}, trust = true } = {}) {
  const port = await freePort();
  const args = [
    ...codeServerArgs(run),
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override',
    ...(trust ? ['--disable-workspace-trust'] : []),
    run.workspaceDir,
  ];
  const t0 = Date.now();
  const child = spawnTracked('code-server', node24Bin, args, {
    logFile: run.logFile,
    env: { ...process.env, ...env },
  });
  let exited = false;
  child.on('exit', () => { exited = true; });
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, () => !exited);
  log(`code-server pid ${child.pid} on 127.0.0.1:${port} (${Date.now() - t0} ms)`);
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(run.workspaceDir)}`;
  return { pid: child.pid, port, url, stop: () => stopProcess(child.pid, 'code-server') };
}

/** Headless Chromium through playwright-core; its process group is tracked by pid. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  const server = await chromium.launchServer({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  const pid = server.process().pid;
  track(pid, 'chromium');
  const browser = await chromium.connect(server.wsEndpoint());
  log(`chromium pid ${pid}`);
  return {
    browser,
    pid,
    async stop() {
      try { await browser.close(); } catch { /* already gone */ }
      try { await server.close(); } catch { /* already gone */ }
      await stopProcess(pid, 'chromium');
    },
  };
}

/** Opens the workbench and waits until it is on screen. */
export async function openWorkbench(browser, url, { width = 1400, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  log(`workbench up (${Date.now() - t0} ms)`);
  return page;
}

/** Latest extension-host log of a run (for diagnostics). */
export function extensionHostLog(run) {
  const logs = path.join(run.userDataDir, 'logs');
  if (!fs.existsSync(logs)) return undefined;
  const stamps = fs.readdirSync(logs).sort();
  for (const s of stamps.reverse()) {
    for (const name of ['exthost1/remoteexthost.log', 'remoteexthost.log']) {
      const f = path.join(logs, s, name);
      if (fs.existsSync(f)) return f;
    }
  }
  return undefined;
}

export function tail(file, lines = 60) {
  if (!file || !fs.existsSync(file)) return '(no log)';
  return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

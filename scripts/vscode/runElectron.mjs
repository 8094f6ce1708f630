#!/usr/bin/env node
// The integration suite through @vscode/test-electron: the ecosystem default, for machines that can
// download a VS Code build (it cannot run on this project's CI, which reaches only package
// registries; there, `npm run test:integration` runs the same suite in code-server).
// On Linux without a display, run it under Xvfb: `xvfb-run -a npm run test:electron`.
// VSCODE_TEST_VERSION picks the build (default: stable).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { buildHarness, electronEntry } from './buildHarness.mjs';
import { repoRoot } from './paths.mjs';
import { printResults } from './report.mjs';
import { track, stopProcess, stopAll } from './processes.mjs';

const version = process.env.VSCODE_TEST_VERSION ?? 'stable';

function prepare(label) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `interview-prep-electron-${label}-`));
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  const userData = path.join(dir, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.emptyWindow': false,
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'git.enabled': false,
  }, null, 2));
  return { dir, workspace, userData, extensions: path.join(dir, 'extensions') };
}

function config(run, grep, invert) {
  const file = path.join(run.dir, 'harness-config.json');
  const resultsFile = path.join(run.dir, 'results.json');
  fs.writeFileSync(file, JSON.stringify({ resultsFile, grep, invert, timeoutMs: 60_000, repoRoot }));
  return { file, resultsFile };
}

function readResults(resultsFile, label) {
  if (!fs.existsSync(resultsFile)) return { session: label, host: { vscodeVersion: '?', appName: '?', uiKind: '?', isTrusted: '?' }, tests: [], fatal: `no results file: VS Code exited before the suite finished` };
  return { ...JSON.parse(fs.readFileSync(resultsFile, 'utf8')), session: label };
}

async function main() {
  const t0 = Date.now();
  const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('npm run build failed');
  await buildHarness();
  let executable;
  try {
    executable = await downloadAndUnzipVSCode(version);
  } catch (e) {
    throw new Error(`could not download VS Code ${version} (${e.message}). @vscode/test-electron needs to download a VS Code build; on a machine without that access run \`npm run test:integration\` (code-server + Chromium) instead.`);
  }

  // Trusted: the standard runTests (which always passes --disable-workspace-trust).
  const trusted = prepare('trusted');
  const tc = config(trusted, '@restricted', true);
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: electronEntry,
      extensionTestsEnv: { INTERVIEW_PREP_TEST_CONFIG: tc.file },
      launchArgs: [trusted.workspace, `--user-data-dir=${trusted.userData}`, `--extensions-dir=${trusted.extensions}`],
    });
  } catch (e) { console.error(`[electron] trusted run: ${e.message}`); }

  // Restricted: runTests cannot leave workspace trust on, so launch the same way minus that flag.
  const restricted = prepare('restricted');
  const rc = config(restricted, '@restricted', false);
  const args = [
    restricted.workspace, '--no-sandbox', '--disable-gpu-sandbox', '--disable-updates', '--skip-welcome',
    '--skip-release-notes', `--extensionDevelopmentPath=${repoRoot}`, `--extensionTestsPath=${electronEntry}`,
    `--user-data-dir=${restricted.userData}`, `--extensions-dir=${restricted.extensions}`,
  ];
  const child = spawn(executable, args, { env: { ...process.env, INTERVIEW_PREP_TEST_CONFIG: rc.file }, stdio: 'inherit', detached: true });
  track(child.pid, 'vscode-electron');
  await new Promise((resolve) => child.on('exit', resolve));
  await stopProcess(child.pid, 'vscode-electron');

  const { passed, failed } = printResults([readResults(tc.resultsFile, 'trusted'), readResults(rc.resultsFile, 'restricted')]);
  console.log(`\nelectron integration took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  // Alone on its line, so CI can read the count.
  console.log(`electron: ${passed} passed, ${failed} failed`);
  if (failed > 0 || passed === 0) process.exitCode = 1;
}

main().catch(async (e) => {
  console.error(`[electron] ${e.message}`);
  await stopAll();
  process.exit(1);
});

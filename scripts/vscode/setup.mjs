#!/usr/bin/env node
// Installs, once, what the real-VS-Code tests need: Node 24 (npm package node@24) and
// code-server, both into .vscode-test/. Skips what is already there at the right version.
// Fails with a message naming exactly what to install when a system prerequisite is missing.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  cacheDir, CODE_SERVER_VERSION, NODE_MAJOR, node24Dir, node24Bin, node24Headers,
  codeServerDir, codeServerPkg, codeServerEntry, chromiumPath,
} from './paths.mjs';

function log(msg) { console.log(`[vscode-setup] ${msg}`); }

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Returns a list of human-readable problems; empty when every prerequisite is present. */
export function checkPrerequisites({ needBrowser = true, needBuildTools = true } = {}) {
  const problems = [];
  if (needBrowser && !fs.existsSync(chromiumPath)) {
    problems.push(`Chromium not found at ${chromiumPath}: run \`apt-get install -y chromium\` (Debian package "chromium")`);
  }
  if (needBuildTools) {
    const gssapi = ['/usr/include/gssapi/gssapi.h', '/usr/include/gssapi.h'].some((p) => fs.existsSync(p));
    if (!gssapi) {
      problems.push('Kerberos/GSSAPI headers (gssapi/gssapi.h) not found, needed to build code-server\'s "kerberos" module: run `apt-get install -y libkrb5-dev`');
    }
    for (const [cmd, pkg] of [['g++', 'g++'], ['make', 'make'], ['python3', 'python3']]) {
      if (!which(cmd)) problems.push(`\`${cmd}\` not found (node-gyp needs it): run \`apt-get install -y ${pkg}\``);
    }
  }
  return problems;
}

function readVersion(pkgDir) {
  try { return JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version; }
  catch { return undefined; }
}

function run(cmd, args, opts) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}${r.signal ? `, signal ${r.signal}` : ''})`);
}

/** A private npm project folder, so npm never walks up into the repository's package.json. */
function ensureProject(dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  const pj = path.join(dir, 'package.json');
  if (!fs.existsSync(pj)) fs.writeFileSync(pj, JSON.stringify({ name, private: true, version: '0.0.0' }, null, 2) + '\n');
}

function nodeVersion(bin) {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export function installNode24() {
  const v = fs.existsSync(node24Bin) ? nodeVersion(node24Bin) : undefined;
  if (v && v.startsWith(`v${NODE_MAJOR}.`) && fs.existsSync(path.join(node24Headers, 'include', 'node', 'node.h'))) {
    log(`Node ${v} already in ${path.relative(process.cwd(), node24Dir)}`);
    return;
  }
  ensureProject(node24Dir, 'vscode-test-node24');
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `node@${NODE_MAJOR}`], { cwd: node24Dir });
  const got = nodeVersion(node24Bin);
  if (!got?.startsWith(`v${NODE_MAJOR}.`)) throw new Error(`node@${NODE_MAJOR} installed but ${node24Bin} reports ${got}`);
  log(`installed Node ${got}`);
}

function codeServerReady() {
  return readVersion(codeServerPkg) === CODE_SERVER_VERSION && fs.existsSync(codeServerEntry) && fs.existsSync(path.join(codeServerDir, '.complete'));
}

export function installCodeServer() {
  const have = readVersion(codeServerPkg);
  const marker = path.join(codeServerDir, '.complete');
  if (codeServerReady()) {
    log(`code-server ${have} already in ${path.relative(process.cwd(), codeServerDir)}`);
    return;
  }
  if (have) log(`code-server ${have} present but ${CODE_SERVER_VERSION} wanted (or a previous install was interrupted): reinstalling`);
  fs.rmSync(marker, { force: true });
  ensureProject(codeServerDir, 'vscode-test-code-server');
  // When this runs under `npm test`, the outer npm (on Node 20) has exported npm_* variables; the inner
  // npm would take them as its own config (npm_config_user_agent says node/v20, and code-server's
  // postinstall refuses to build). Start from an environment without them.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const env = {
    ...inherited,
    // code-server's engines need Node 24, and its native modules must be built against Node 24's
    // headers, not the /usr headers (Node 20) that this machine's npm config points nodedir at.
    PATH: `${path.dirname(node24Bin)}:${process.env.PATH}`,
    npm_config_nodedir: node24Headers,
  };
  const started = Date.now();
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], { cwd: codeServerDir, env });
  if (readVersion(codeServerPkg) !== CODE_SERVER_VERSION || !fs.existsSync(codeServerEntry)) {
    throw new Error(`code-server install finished but ${codeServerEntry} is missing`);
  }
  fs.writeFileSync(marker, `${CODE_SERVER_VERSION}\n`);
  log(`installed code-server ${CODE_SERVER_VERSION} in ${Math.round((Date.now() - started) / 1000)} s`);
}

export function setup() {
  // Build tools matter only while code-server (native modules) still has to be installed.
  const problems = checkPrerequisites({ needBrowser: true, needBuildTools: !codeServerReady() });
  if (problems.length) {
    const msg = ['Missing prerequisites for the VS Code integration / e2e tests:', ...problems.map((p) => `  - ${p}`)].join('\n');
    const err = new Error(msg);
    err.prerequisites = true;
    throw err;
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  installNode24();
  installCodeServer();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = Date.now();
  try {
    setup();
    log(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error(`[vscode-setup] ${e.message}`);
    process.exit(1);
  }
}

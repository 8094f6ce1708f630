// Every process these scripts start goes through here, so it can be stopped by its pid — its
// whole process group and any descendant that left the group — on success, on failure, on a
// signal and at exit.
import fs from 'node:fs';
import { spawn } from 'node:child_process';

const tracked = new Map(); // pid -> name

function log(msg) { console.log(`[vscode-proc] ${msg}`); }

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

/** Descendants of pid, read from /proc (children first listed after their parent). */
export function descendants(pid) {
  const parentOf = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may contain spaces/parens: fields after the last ')' are fixed.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(entry), Number(rest[1]));
    } catch { /* process went away */ }
  }
  const out = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    for (const [child, parent] of parentOf) {
      if (parent === p) { out.push(child); queue.push(child); }
    }
  }
  return out;
}

function signalTree(pid, signal) {
  const tree = [pid, ...descendants(pid)];
  try { process.kill(-pid, signal); } catch { /* not a group leader, or gone */ }
  for (const p of tree) { try { process.kill(p, signal); } catch { /* gone */ } }
  return tree;
}

/** Synchronous best effort (usable from 'exit' handlers): SIGKILL the tree. */
function killTreeNow(pid) { signalTree(pid, 'SIGKILL'); }

/** SIGTERM the tree, wait up to graceMs, then SIGKILL whatever is left. */
export async function stopProcess(pid, name = String(pid), graceMs = 3000) {
  if (!tracked.has(pid) && !alive(pid)) return;
  const tree = signalTree(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && tree.some(alive)) await new Promise((r) => setTimeout(r, 100));
  const left = tree.filter(alive);
  if (left.length) {
    log(`${name} (pid ${pid}): SIGKILL to ${left.join(', ')}`);
    for (const p of left) { try { process.kill(p, 'SIGKILL'); } catch { /* gone */ } }
    try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
  }
  tracked.delete(pid);
}

/** Registers a pid (spawned elsewhere, e.g. by Playwright) so it is stopped at exit. */
export function track(pid, name) {
  tracked.set(pid, name);
  installHandlers();
}
export function untrack(pid) { tracked.delete(pid); }

/** spawn() in a new process group, tracked; stdout+stderr go to logFile. */
export function spawnTracked(name, cmd, args, { logFile, env, cwd } = {}) {
  const out = logFile ? fs.openSync(logFile, 'a') : 'ignore';
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', out, out], env, cwd });
  if (typeof out === 'number') fs.closeSync(out);
  if (!child.pid) throw new Error(`could not start ${name}: ${cmd}`);
  track(child.pid, name);
  child.on('exit', () => { /* keep tracked: its group may outlive it; stopProcess cleans up */ });
  return child;
}

export async function stopAll() {
  const entries = [...tracked.entries()].reverse();
  for (const [pid, name] of entries) await stopProcess(pid, name);
}

let handlersInstalled = false;
function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const [pid, name] of tracked) {
      if (alive(pid) || descendants(pid).length) { log(`exit: killing ${name} (pid ${pid})`); killTreeNow(pid); }
    }
  });
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(sig, () => {
      log(`${sig}: stopping ${tracked.size} process(es)`);
      stopAll().finally(() => process.exit(code));
    });
  }
}

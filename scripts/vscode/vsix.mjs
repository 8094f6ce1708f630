// The extension's VSIX (dist/backend-interview-prep.vsix, from `npm run package`), rebuilt only
// when a source it is built from is newer than it.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot, vsixPath } from './paths.mjs';

const inputs = ['src', 'webview', 'media', 'content', 'package.json', 'esbuild.mjs', '.vscodeignore', 'README.md'];

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const e of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

export function ensureVsix({ force = false } = {}) {
  if (process.env.INTERVIEW_PREP_VSIX) {
    const v = path.resolve(process.env.INTERVIEW_PREP_VSIX);
    if (!fs.existsSync(v)) throw new Error(`INTERVIEW_PREP_VSIX=${v} does not exist`);
    return v;
  }
  const built = fs.existsSync(vsixPath) ? fs.statSync(vsixPath).mtimeMs : 0;
  const newest = Math.max(...inputs.map((i) => newestMtime(path.join(repoRoot, i))));
  if (!force && built && built >= newest) {
    console.log(`[vscode-vsix] ${path.relative(repoRoot, vsixPath)} is up to date`);
    return vsixPath;
  }
  const t0 = Date.now();
  console.log(`[vscode-vsix] ${built ? 'sources changed' : 'no VSIX yet'}: npm run package`);
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0 || !fs.existsSync(vsixPath)) throw new Error(`npm run package failed (exit ${r.status}); no ${vsixPath}`);
  console.log(`[vscode-vsix] built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return vsixPath;
}

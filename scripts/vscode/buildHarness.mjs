// Bundles the integration suite (test/integration/*.test.ts + mocha) with esbuild into
//  - the test-harness extension, packaged as a VSIX for code-server, and
//  - the @vscode/test-electron entry (extensionTestsPath).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { repoRoot, cacheDir } from './paths.mjs';

const integrationDir = path.join(repoRoot, 'test', 'integration');
export const harnessBuildDir = path.join(cacheDir, 'harness');
export const harnessVsix = path.join(cacheDir, 'interview-prep-test-harness.vsix');
export const electronEntry = path.join(cacheDir, 'electron', 'index.js');

export function integrationTestFiles() {
  return fs.readdirSync(integrationDir).filter((f) => f.endsWith('.test.ts')).sort()
    .map((f) => path.join(integrationDir, f));
}

/** The virtual module `integration-tests`: requires each test file when loadTests() is called. */
const testsPlugin = {
  name: 'integration-tests',
  setup(build) {
    build.onResolve({ filter: /^integration-tests$/ }, () => ({ path: 'integration-tests', namespace: 'integration-tests' }));
    build.onLoad({ filter: /.*/, namespace: 'integration-tests' }, () => {
      const files = integrationTestFiles();
      if (!files.length) throw new Error(`no test/integration/*.test.ts files`);
      return {
        contents: `export function loadTests() {\n${files.map((f) => `  require(${JSON.stringify(f)});`).join('\n')}\n}\n`,
        resolveDir: integrationDir,
        loader: 'js',
      };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  sourcemap: 'inline',
  logLevel: 'warning',
  plugins: [testsPlugin],
  // mocha's optional bits (ESM loader, watch mode) are never used in the extension host.
  logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-dynamic-import': 'silent', 'empty-import-meta': 'silent' },
};

export async function buildHarness() {
  const t0 = Date.now();
  fs.rmSync(harnessBuildDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(harnessBuildDir, 'dist'), { recursive: true });
  for (const f of ['package.json', 'README.md']) {
    fs.copyFileSync(path.join(integrationDir, 'harness', f), path.join(harnessBuildDir, f));
  }
  fs.writeFileSync(path.join(harnessBuildDir, 'LICENSE'), 'MIT (test-only extension of Backend Interview Prep)\n');
  await Promise.all([
    esbuild.build({ ...common, entryPoints: [path.join(integrationDir, 'harness', 'extension.ts')], outfile: path.join(harnessBuildDir, 'dist', 'harness.js') }),
    esbuild.build({ ...common, entryPoints: [path.join(integrationDir, 'electron', 'index.ts')], outfile: electronEntry }),
  ]);
  const vsce = path.join(repoRoot, 'node_modules', '.bin', 'vsce');
  const r = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', harnessVsix], {
    cwd: harnessBuildDir, encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vsce package (harness) failed:\n${r.stdout}\n${r.stderr}`);
  console.log(`[vscode-harness] built ${path.relative(repoRoot, harnessVsix)} with ${integrationTestFiles().length} test file(s) (${Date.now() - t0} ms)`);
  return harnessVsix;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildHarness().catch((e) => { console.error(e.message); process.exit(1); });
}

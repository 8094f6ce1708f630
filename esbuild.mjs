// Builds the extension's bundles. `node esbuild.mjs` for development (source maps),
// `node esbuild.mjs --production` for the VSIX (minified, no source maps).
import * as esbuild from "esbuild";
import { cp, mkdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";

const production = process.argv.includes("--production");
// --scripts: only the developer scripts (checkers, index builder); used by npm run check:* for a fast rebuild.
const scriptsOnly = process.argv.includes("--scripts");
const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : "linked",
  logLevel: "warning",
  target: "es2022",
};

const developerScripts = {
  ...common,
  minify: false,
  entryPoints: {
    "scripts/checkContent": "scripts/checkContent.ts",
    "scripts/checkExercises": "scripts/checkExercises.ts",
    "scripts/checkDiagrams": "scripts/checkDiagrams.ts",
    "scripts/buildContentIndex": "scripts/buildContentIndex.ts",
    "scripts/bench": "scripts/bench.ts",
  },
  outdir: "dist",
  platform: "node",
  format: "cjs",
  external: ["typescript", "playwright-core"],
};

function runnerBuilds() {
  return [
    // Child-process entry that runs a TypeScript exercise's tests (type stripping + structured reporter).
    esbuild.build({
      ...common,
      entryPoints: { "runners/tsTestRunner": "src/runners/tsTestRunner.ts" },
      outdir: "dist",
      platform: "node",
      format: "cjs",
    }),
    // node:test loads reporters with import(): an ES module.
    esbuild.build({
      ...common,
      entryPoints: { "runners/testEventReporter": "src/runners/testEventReporter.ts" },
      outdir: "dist",
      outExtension: { ".js": ".mjs" },
      platform: "node",
      format: "esm",
    }),
  ];
}

if (scriptsOnly) {
  await Promise.all([esbuild.build(developerScripts), ...runnerBuilds()]);
  process.exit(0);
}

await rm("dist", { recursive: true, force: true });
await mkdir("dist/webview", { recursive: true });

await Promise.all([
  // Extension host bundle: the only code that imports 'vscode'.
  esbuild.build({
    ...common,
    entryPoints: { extension: "src/extension.ts" },
    outdir: "dist",
    platform: "node",
    format: "cjs",
    external: ["vscode"],
  }),
  ...runnerBuilds(),
  // Guide panel script.
  esbuild.build({
    ...common,
    entryPoints: { guide: "webview/guide.ts" },
    outdir: "dist/webview",
    platform: "browser",
    format: "iife",
  }),
  // Guide panel stylesheet (our CSS + KaTeX's, fonts copied alongside).
  esbuild.build({
    ...common,
    entryPoints: { guide: "media/guide.css" },
    outdir: "dist/webview",
    loader: { ".woff2": "file", ".woff": "file", ".ttf": "file" },
    assetNames: "fonts/[name]",
  }),
  // Developer scripts: checkers, index builder and benchmarks (excluded from the VSIX by .vscodeignore).
  esbuild.build(developerScripts),
]);

// Mermaid is large: shipped as its own file and loaded only by guides that contain a diagram.
await cp("node_modules/mermaid/dist/mermaid.min.js", "dist/webview/mermaid.min.js");
await cp("src/runners/python/interview_prep_runner.py", "dist/runners/interview_prep_runner.py");
await cp("media/exercise-support", "dist/exercise-support", { recursive: true });
// The catalogue index read at activation, so no guide is parsed on the hot path.
const { writeContentIndex } = createRequire(import.meta.url)("./dist/scripts/buildContentIndex.js");
await writeContentIndex("content", "dist/content-index.json");

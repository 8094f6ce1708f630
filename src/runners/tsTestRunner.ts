// Child-process entry that runs one TypeScript exercise test file with the Node runtime VS Code ships.
// Usage: node --test-reporter=<testEventReporter.mjs> --test-reporter-destination=stdout tsTestRunner.js <file.test.ts>
// TypeScript is transpiled in memory by sucrase (types stripped, imports to CommonJS); nothing is
// written to the learner's folder and nothing needs installing.
import * as path from "node:path";
import { addHook } from "pirates";
import { transform } from "sucrase";

addHook((code, filename) => transform(code, { transforms: ["typescript", "imports"], filePath: filename, keepUnusedImports: false }).code, {
  exts: [".ts"],
  ignoreNodeModules: true,
});

const testFile = process.argv[2];
if (!testFile) {
  process.stderr.write("usage: tsTestRunner <file.test.ts>\n");
  process.exit(2);
}
require(path.resolve(testFile));

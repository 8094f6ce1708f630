// npm run try: builds the VSIX and opens the extension in a fresh, throwaway profile.
// With the `code` CLI: a temporary user-data and extensions folder for VS Code itself.
// Without it: code-server (the browser-based VS Code the tests use), printing the address to open.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureVsix } from "./vscode/vsix.mjs";

const vsix = ensureVsix({ force: true });
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "interview-prep-try-"));
const workspace = path.join(scratch, "workspace");
fs.mkdirSync(workspace, { recursive: true });
fs.writeFileSync(path.join(workspace, "README.md"), "# Practice folder\n\nGenerated exercises land in interview-exercises/.\n");

const hasCode = spawnSync("code", ["--version"], { stdio: "ignore" }).status === 0 && !process.env.INTERVIEW_PREP_TRY_BROWSER;
if (hasCode) {
  const profile = ["--user-data-dir", path.join(scratch, "user-data"), "--extensions-dir", path.join(scratch, "extensions")];
  const install = spawnSync("code", [...profile, "--install-extension", vsix], { stdio: "inherit" });
  if (install.status !== 0) process.exit(install.status ?? 1);
  console.log(`Opening VS Code with a throwaway profile in ${scratch}`);
  spawnSync("code", [...profile, "--new-window", "--wait", workspace], { stdio: "inherit" });
  fs.rmSync(scratch, { recursive: true, force: true });
} else {
  const { checkPrerequisites, installNode24, installCodeServer } = await import("./vscode/setup.mjs");
  const { makeRunDir, installExtension, startCodeServer, writeUserSettings } = await import("./vscode/session.mjs");
  const missing = checkPrerequisites({ needBrowser: false });
  if (missing.length) {
    console.error(["VS Code is not installed here, and the browser-based VS Code needs:", ...missing.map((problem) => `  - ${problem}`)].join("\n"));
    process.exit(1);
  }
  installNode24();
  installCodeServer();
  const run = makeRunDir("try");
  fs.cpSync(workspace, run.workspaceDir, { recursive: true });
  writeUserSettings(run);
  installExtension(run, vsix);
  const server = await startCodeServer(run, { trust: true });
  console.log(`\nBackend Interview Prep is running in the browser-based VS Code:\n\n    ${server.url}\n\nOpen that address in a browser (it listens on 127.0.0.1 only). Ctrl+C stops it.`);
  const stop = async () => {
    await server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  await new Promise(() => undefined);
}

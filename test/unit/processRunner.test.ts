import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { OutputCap, runProcess, type ProcessLimits } from "../../src/core/exercises/processRunner";

const node = process.execPath;
const limits = (overrides: Partial<ProcessLimits> = {}): ProcessLimits => ({ timeoutMs: 10_000, killAfterOutputBytes: 16_000_000, ...overrides });
/** Alive and not a zombie (an orphaned zombie waits for an init that may never reap it). */
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return process.platform !== "linux";
  }
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("process runner (real processes)", function () {
  this.timeout(30_000);

  it("reports a normal exit code and output", async () => {
    let stdout = "";
    const outcome = await runProcess({ command: node, args: ["-e", "console.log('hi'); process.exit(3)"], cwd: process.cwd() }, limits(), { onStdout: (text) => (stdout += text) });
    assert.equal(outcome.exitCode, 3);
    assert.equal(outcome.timedOut, false);
    assert.equal(stdout, "hi\n");
  });

  it("kills an infinite loop at the timeout, with the grandchild that ignores SIGTERM", async () => {
    let stdout = "";
    const script = `
      const { spawn } = require("node:child_process");
      const child = spawn(process.execPath, ["-e", "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"], { stdio: "ignore" });
      console.log("grandchild " + child.pid);
      for (;;) {}
    `;
    const outcome = await runProcess({ command: node, args: ["-e", script], cwd: process.cwd() }, limits({ timeoutMs: 1500 }), { onStdout: (text) => (stdout += text) });
    assert.equal(outcome.timedOut, true);
    const grandchild = Number(/grandchild (\d+)/.exec(stdout)?.[1]);
    assert.ok(grandchild > 0, stdout);
    await sleep(200);
    assert.equal(isAlive(grandchild), false, "the grandchild process must be gone");
  });

  it("kills a process that floods its output past the limit", async () => {
    let bytes = 0;
    const outcome = await runProcess(
      { command: node, args: ["-e", "const line = 'x'.repeat(1023) + '\\n'; for (;;) require('node:fs').writeSync(1, line)"], cwd: process.cwd() },
      limits({ killAfterOutputBytes: 2_000_000 }),
      { onStdout: (text) => (bytes += text.length) },
    );
    assert.equal(outcome.outputLimitExceeded, true, JSON.stringify({ ...outcome, bytes }));
    assert.ok(bytes >= 2_000_000 && bytes < 50_000_000, `read ${bytes} bytes`);
  });

  it("decodes invalid UTF-8 without crashing", async () => {
    let stdout = "";
    const outcome = await runProcess({ command: node, args: ["-e", "process.stdout.write(Buffer.from([0x66, 0xff, 0xfe, 0x6f, 0xc3]))"], cwd: process.cwd() }, limits(), { onStdout: (text) => (stdout += text) });
    assert.equal(outcome.exitCode, 0);
    assert.equal(stdout, "f\uFFFD\uFFFDo\uFFFD");
  });

  it("reports a command that does not exist as a spawn error", async () => {
    const outcome = await runProcess({ command: "definitely-not-a-python-interpreter", args: [], cwd: process.cwd() }, limits(), {});
    assert.equal(outcome.spawnError?.code, "ENOENT");
  });

  it("stops on cancellation", async () => {
    let cancel: () => void = () => undefined;
    const cancellation = { isCancellationRequested: false, onCancellationRequested: (listener: () => void) => ((cancel = listener), { dispose() {} }) };
    const running = runProcess({ command: node, args: ["-e", "setInterval(() => {}, 1000)"], cwd: process.cwd() }, limits(), {}, cancellation);
    setTimeout(() => cancel(), 300);
    const outcome = await running;
    assert.equal(outcome.cancelled, true);
    assert.equal(outcome.timedOut, false);
  });

  it("caps shown output with a single notice", () => {
    const shown: string[] = [];
    const cap = new OutputCap(10, (text) => shown.push(text));
    cap.write("12345");
    cap.write("67890abc");
    cap.write("more");
    assert.deepEqual(shown, ["12345", "67890", "\n[output truncated after 10 bytes]\n"]);
  });
});

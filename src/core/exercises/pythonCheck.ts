// Verifies that a command is a usable Python interpreter, with a message that says what is wrong.
import { spawn } from "node:child_process";

/** Undefined when `command` runs Python 3.8+; otherwise what is wrong with it. */
export function checkPython(command: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    let output = "";
    let settled = false;
    const done = (result: string | undefined) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    try {
      const child = spawn(command, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], { shell: false, windowsHide: true });
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        done("did not answer within 10 seconds");
      }, 10_000);
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.on("error", (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        done(error.code === "ENOENT" ? "was not found" : `could not be started (${error.message})`);
      });
      child.on("close", (code) => {
        clearTimeout(timer);
        const match = /^(\d+)\.(\d+)/.exec(output.trim());
        if (code !== 0 || !match) return done("is not a working Python interpreter");
        const [major, minor] = [Number(match[1]), Number(match[2])];
        done(major === 3 && minor >= 8 ? undefined : `is Python ${major}.${minor}; Python 3.8 or newer is needed`);
      });
    } catch (error) {
      done(`could not be started (${(error as Error).message})`);
    }
  });
}

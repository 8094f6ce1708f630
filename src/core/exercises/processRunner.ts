// Runs a test process with a timeout, an output cap and cancellation, and never leaves a process
// behind: the child leads its own process group (POSIX) and the whole group is killed when the run
// ends for any reason. No shell is involved: the command and arguments are passed as an argv array.
import { spawn, type ChildProcess } from "node:child_process";
import { StringDecoder } from "node:string_decoder";

export interface ProcessSpec {
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

export interface ProcessLimits {
  timeoutMs: number;
  /** Total output (stdout + stderr) after which the process is killed: a runaway print loop. */
  killAfterOutputBytes: number;
}

export const DEFAULT_LIMITS: ProcessLimits = { timeoutMs: 10_000, killAfterOutputBytes: 16_000_000 };

export interface ProcessOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
  /** Killed because it printed more than killAfterOutputBytes. */
  outputLimitExceeded: boolean;
  /** Set when the process could not be started (missing interpreter: code ENOENT). */
  spawnError?: NodeJS.ErrnoException;
  durationMs: number;
}

/** Output as it arrives, decoded as UTF-8 (invalid bytes become U+FFFD). */
export interface ProcessHandlers {
  onStdout?(text: string): void;
  onStderr?(text: string): void;
}

export interface Cancellation {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

export function runProcess(spec: ProcessSpec, limits: ProcessLimits, handlers: ProcessHandlers, cancellation?: Cancellation): Promise<ProcessOutcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    let child: ChildProcess;
    const outcome: ProcessOutcome = {
      exitCode: null,
      signal: null,
      timedOut: false,
      cancelled: false,
      outputLimitExceeded: false,
      durationMs: 0,
    };
    try {
      child = spawn(spec.command, spec.args, {
        cwd: spec.cwd,
        env: spec.env ?? process.env,
        shell: false,
        detached: process.platform !== "win32",
        windowsHide: true,
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      resolve({ ...outcome, spawnError: error as NodeJS.ErrnoException, durationMs: Date.now() - started });
      return;
    }

    let settled = false;
    let totalBytes = 0;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      cancelListener?.dispose();
      killTree(child);
      outcome.durationMs = Date.now() - started;
      resolve(outcome);
    };
    const stop = (reason: "timedOut" | "cancelled" | "outputLimitExceeded") => {
      if (settled) return;
      outcome[reason] = true;
      killTree(child);
      // 'close' follows once the pipes shut; this is a backstop if a stray process keeps them open.
      setTimeout(finish, 2000).unref?.();
    };

    const count = (text: string) => {
      totalBytes += Buffer.byteLength(text);
      if (totalBytes > limits.killAfterOutputBytes) stop("outputLimitExceeded");
    };
    const stdoutDecoder = new StringDecoder("utf8");
    const stderrDecoder = new StringDecoder("utf8");
    const onStdout = (text: string) => {
      if (!text) return;
      count(text);
      handlers.onStdout?.(text);
    };
    const onStderr = (text: string) => {
      if (!text) return;
      count(text);
      handlers.onStderr?.(text);
    };
    child.stdout?.on("data", (chunk: Buffer) => onStdout(stdoutDecoder.write(chunk)));
    child.stderr?.on("data", (chunk: Buffer) => onStderr(stderrDecoder.write(chunk)));

    const timer = setTimeout(() => stop("timedOut"), limits.timeoutMs);
    const cancelListener = cancellation?.onCancellationRequested(() => stop("cancelled"));
    if (cancellation?.isCancellationRequested) stop("cancelled");

    child.on("error", (error: NodeJS.ErrnoException) => {
      outcome.spawnError = error;
      finish();
    });
    child.on("exit", (code, signal) => {
      outcome.exitCode = code;
      outcome.signal = signal;
      // The test process is done: anything it left running in its group goes too.
      killTree(child);
    });
    child.on("close", () => {
      onStdout(stdoutDecoder.end());
      onStderr(stderrDecoder.end());
      finish();
    });
  });
}

/** Kills the child and everything in its process group (POSIX) or tree (Windows). */
export function killTree(child: ChildProcess): void {
  const pid = child.pid;
  if (pid === undefined) return;
  if (process.platform === "win32") {
    try {
      spawn("taskkill", ["/pid", String(pid), "/T", "/F"], { windowsHide: true, stdio: "ignore" }).on("error", () => undefined);
    } catch {
      // already gone
    }
    return;
  }
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // the group is already gone
  }
  try {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  } catch {
    // already gone
  }
}

/** Passes output through until `maxBytes`, then drops the rest with a single notice. */
export class OutputCap {
  private shown = 0;
  truncated = false;

  constructor(
    private readonly maxBytes: number,
    private readonly sink: (text: string) => void,
  ) {}

  write(text: string): void {
    if (this.truncated || !text) return;
    const bytes = Buffer.byteLength(text);
    if (this.shown + bytes <= this.maxBytes) {
      this.shown += bytes;
      this.sink(text);
      return;
    }
    const room = this.maxBytes - this.shown;
    if (room > 0) this.sink(Buffer.from(text).subarray(0, room).toString("utf8").replace(/\uFFFD$/, ""));
    this.shown = this.maxBytes;
    this.truncated = true;
    this.sink(`\n[output truncated after ${this.maxBytes} bytes]\n`);
  }
}

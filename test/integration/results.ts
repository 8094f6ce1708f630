// The results file the harness writes and the outer scripts read. Kept free of 'vscode'.
export type TestState = 'passed' | 'failed' | 'pending';

export interface TestResult {
  title: string;
  fullTitle: string;
  file?: string;
  state: TestState;
  durationMs?: number;
  error?: { message: string; stack?: string; expected?: string; actual?: string };
}

export interface SuiteResults {
  host: { vscodeVersion: string; appName: string; appHost: string; uiKind: string; isTrusted: boolean; remoteName?: string };
  startedAt: string;
  finishedAt: string;
  stats: { tests: number; passed: number; failed: number; pending: number };
  tests: TestResult[];
  /** Set when the suite itself could not run (load error, crash). */
  fatal?: string;
}

export interface HarnessConfig {
  resultsFile: string;
  /** mocha grep (a plain string); `invert` runs everything that does not match. */
  grep?: string;
  invert?: boolean;
  timeoutMs?: number;
  /** The repository checkout, for reading reference solutions. */
  repoRoot: string;
}

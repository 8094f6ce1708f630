// Runs the bundled mocha integration suite inside the extension host and collects the results.
// Shared by the code-server harness and the @vscode/test-electron entry.
import * as vscode from 'vscode';
import Mocha from 'mocha';
import { loadTests } from 'integration-tests'; // virtual module made by scripts/vscode/buildHarness.mjs
import type { SuiteResults, TestResult } from './results';

function errorOf(err: any): TestResult['error'] {
  if (!err) return undefined;
  const str = (v: unknown) => (v === undefined ? undefined : typeof v === 'string' ? v : JSON.stringify(v, null, 2));
  return {
    message: String(err.message ?? err),
    stack: typeof err.stack === 'string' ? err.stack : undefined,
    expected: err.showDiff !== false ? str(err.expected) : undefined,
    actual: err.showDiff !== false ? str(err.actual) : undefined,
  };
}

export async function runIntegrationSuite(opts: { grep?: string; invert?: boolean; timeoutMs?: number }): Promise<SuiteResults> {
  const startedAt = new Date().toISOString();
  const mocha = new Mocha({ ui: 'bdd', timeout: opts.timeoutMs ?? 60_000, color: false, reporter: 'spec' });
  if (opts.grep) mocha.grep(opts.grep);
  if (opts.invert) mocha.invert();
  const tests: TestResult[] = [];
  const host = {
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
    appHost: vscode.env.appHost,
    uiKind: vscode.UIKind[vscode.env.uiKind],
    isTrusted: vscode.workspace.isTrusted,
    remoteName: vscode.env.remoteName,
  };
  try {
    // Test files call describe/it at load time: expose mocha's globals first, then load them.
    mocha.suite.emit('pre-require', globalThis, 'integration-tests', mocha);
    loadTests();
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      const push = (test: Mocha.Test, state: TestResult['state'], err?: unknown) => tests.push({
        title: test.title,
        fullTitle: test.fullTitle(),
        file: test.file,
        state,
        durationMs: test.duration,
        error: errorOf(err),
      });
      runner.on('pass', (t) => push(t, 'passed'));
      runner.on('fail', (t, err) => push(t as Mocha.Test, 'failed', err)); // hooks fail too: "before all" hook …
      runner.on('pending', (t) => push(t, 'pending'));
    });
  } catch (e) {
    return {
      host, startedAt, finishedAt: new Date().toISOString(), tests,
      stats: count(tests), fatal: e instanceof Error ? e.stack ?? e.message : String(e),
    };
  }
  return { host, startedAt, finishedAt: new Date().toISOString(), tests, stats: count(tests) };
}

function count(tests: TestResult[]): SuiteResults['stats'] {
  return {
    tests: tests.length,
    passed: tests.filter((t) => t.state === 'passed').length,
    failed: tests.filter((t) => t.state === 'failed').length,
    pending: tests.filter((t) => t.state === 'pending').length,
  };
}

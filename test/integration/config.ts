// The harness configuration, reachable from the test files (repository root for reference
// solutions). Set by the harness or by the @vscode/test-electron entry before the suite loads.
import type { HarnessConfig } from './results';

let current: HarnessConfig | undefined;

export function setHarnessConfig(config: HarnessConfig): void { current = config; }

export function harnessConfig(): HarnessConfig {
  if (!current) throw new Error('integration harness config not set (INTERVIEW_PREP_TEST_CONFIG)');
  return current;
}

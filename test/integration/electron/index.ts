// extensionTestsPath entry for @vscode/test-electron: VS Code calls run() in the extension host.
import * as fs from 'node:fs';
import { runIntegrationSuite } from '../suite';
import { setHarnessConfig } from '../config';
import type { HarnessConfig } from '../results';

export async function run(): Promise<void> {
  const file = process.env.INTERVIEW_PREP_TEST_CONFIG;
  if (!file) throw new Error('INTERVIEW_PREP_TEST_CONFIG is not set');
  const config = JSON.parse(fs.readFileSync(file, 'utf8')) as HarnessConfig;
  setHarnessConfig(config);
  const results = await runIntegrationSuite(config);
  fs.writeFileSync(config.resultsFile, JSON.stringify(results, null, 2));
  if (results.fatal) throw new Error(`integration suite could not run: ${results.fatal}`);
  if (results.stats.failed > 0) throw new Error(`${results.stats.failed} integration test(s) failed`);
  if (results.stats.tests === 0) throw new Error('no integration test ran');
}

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension, childrenOf, LANGUAGES, nextRun, readRepoFile, repoFile, waitFor, workspaceRoot, type InterviewPrepApi,
} from './helpers';

// One exercise end to end, per language: generate → discover → run (stub fails) → solution → run (passes).
for (const language of ['typescript', 'python'] as const) {
  const conv = LANGUAGES[language];
  describe(`exercise lru-cache in ${conv.label}`, () => {
    let api: InterviewPrepApi;
    let folder: vscode.Uri;
    const contentDir = ['content', 'exercises', 'lru-cache', language];
    const expectedTests = conv.testNames(readRepoFile(...contentDir, conv.test));

    before(async () => {
      api = await activateExtension();
    });

    it('generates the exercise into <workspace>/interview-exercises/lru-cache/<language>/', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('interviewPrep.generateExercise', 'lru-cache', language);
      assert.ok(uri instanceof vscode.Uri, 'the command resolves to the Uri of the generated folder');
      folder = uri;
      assert.equal(folder.fsPath, path.join(workspaceRoot().fsPath, 'interview-exercises', 'lru-cache', language));
      const files = fs.readdirSync(folder.fsPath);
      for (const f of [conv.stub, conv.test, 'README.md']) assert.ok(files.includes(f), `${f} generated (got ${files.join(', ')})`);
      assert.equal(fs.readFileSync(path.join(folder.fsPath, conv.stub), 'utf8'), readRepoFile(...contentDir, conv.stub), 'the stub, not the solution');
      assert.equal(fs.existsSync(path.join(folder.fsPath, 'solution')), false, 'the reference solution is not copied');
      const progress = api.exerciseProgress('lru-cache');
      assert.notEqual(progress.startedAt, undefined, 'generating starts the exercise');
    });

    it('discovers its tests in the TestController: exercise → test file → test cases', async () => {
      const exerciseItem = await waitFor('the exercise in the test controller', () => api.testController.items.get(folder.toString()));
      assert.match(exerciseItem.label, new RegExp(`${conv.label}`));
      const fileItem = await waitFor(`${conv.test} under the exercise`, () => childrenOf(exerciseItem.children).find((c) => c.label === conv.test));
      const cases = await waitFor('test cases under the file', () => (fileItem.children.size > 0 ? childrenOf(fileItem.children) : undefined));
      const labels = cases.flatMap((c) => [c, ...childrenOf(c.children)]).map((c) => c.label);
      assert.ok(expectedTests.length >= 8, 'the content has at least 8 tests');
      for (const name of expectedTests) {
        const shown = language === 'python' ? name.replace(/^test_/, '').replace(/_/g, ' ') : name;
        assert.ok(labels.some((l) => l === name || l === shown), `test case "${name}" discovered (labels: ${labels.join(' | ')})`);
      }
      for (const c of cases) assert.ok(c.range, `test case "${c.label}" has a source range`);
    });

    it('runs the stub\'s tests from the Testing UI command: every test fails', async () => {
      const marker = path.join(folder.fsPath, 'executed-marker');
      const testFile = path.join(folder.fsPath, conv.test);
      const original = fs.readFileSync(testFile, 'utf8');
      // Control for the restricted-mode suite: the same marker line does run when the folder is trusted.
      fs.writeFileSync(testFile, conv.marker(marker) + original);
      const finished = nextRun(api, 'lru-cache', language);
      await vscode.commands.executeCommand('testing.runAll');
      const result = await finished;
      fs.writeFileSync(testFile, original);
      assert.equal(result.problem, undefined, `no abnormal end (${result.problem})`);
      assert.equal(result.summary.total, expectedTests.length, 'every test ran');
      assert.equal(result.summary.passed, 0);
      assert.equal(result.summary.failed, expectedTests.length);
      assert.ok(fs.existsSync(marker), 'the test file was executed');
      const progress = api.exerciseProgress('lru-cache');
      // Progress is per exercise: it stays "passed" once another language has passed.
      assert.equal(progress.status, progress.passedLanguages.length > 0 ? 'passed' : 'attempted');
      assert.ok(progress.attempts >= 1);
      assert.ok(!progress.passedLanguages.includes(language), `${language} is not among the passed languages`);
    });

    it('passes every test once the reference solution replaces the stub', async () => {
      const solutionDir = repoFile(...contentDir, 'solution');
      for (const f of fs.readdirSync(solutionDir)) fs.copyFileSync(path.join(solutionDir, f), path.join(folder.fsPath, f));
      const attemptsBefore = api.exerciseProgress('lru-cache').attempts;
      const result = await api.runExerciseTests(folder);
      assert.ok(result, 'the folder is a generated exercise');
      assert.equal(result.problem, undefined, `no abnormal end (${result.problem})`);
      assert.deepEqual(
        { total: result.summary.total, passed: result.summary.passed, failed: result.summary.failed },
        { total: expectedTests.length, passed: expectedTests.length, failed: 0 },
      );
      const progress = api.exerciseProgress('lru-cache');
      assert.equal(progress.status, 'passed');
      assert.equal(progress.attempts, attemptsBefore + 1);
      assert.ok(progress.passedLanguages.includes(language), `passedLanguages includes ${language}`);
      assert.notEqual(progress.firstPassedAt, undefined);
    });
  });
}

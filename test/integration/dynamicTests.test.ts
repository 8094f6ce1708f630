import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, childrenOf, waitFor, type InterviewPrepApi } from './helpers';

// Tests whose names are built at run time cannot be found by reading the file; they must still show
// up, with their results, once the runner reports them.
describe('tests named at run time', () => {
  let api: InterviewPrepApi;
  let folder: vscode.Uri;

  before(async () => {
    api = await activateExtension();
    folder = await vscode.commands.executeCommand<vscode.Uri>('interviewPrep.generateExercise', 'min-heap', 'typescript');
    assert.ok(folder instanceof vscode.Uri, 'min-heap generated');
  });

  it('adds a template-literal test to the Testing view when it reports a result', async () => {
    const testFile = path.join(folder.fsPath, 'minHeap.test.ts');
    fs.appendFileSync(testFile, '\nfor (const n of [1, 2]) test(`runtime named case ${n}`, () => {});\n');
    const result = await api.runExerciseTests(folder);
    assert.ok(result, 'the exercise ran');
    assert.equal(result.problem, undefined, `no abnormal end (${result.problem})`);
    const exerciseItem = await waitFor('the exercise item', () => api.testController.items.get(folder.toString()));
    const fileItem = await waitFor('the test file item', () => childrenOf(exerciseItem.children).find((child) => child.label === 'minHeap.test.ts'));
    const labels = childrenOf(fileItem.children).map((child) => child.label);
    for (const name of ['runtime named case 1', 'runtime named case 2']) assert.ok(labels.includes(name), `"${name}" is listed (labels: ${labels.join(' | ')})`);
    const located = childrenOf(fileItem.children).find((child) => child.label === 'runtime named case 1');
    assert.ok(located?.range, 'it points at its source line');
    assert.equal(result.summary.passed, 2, 'the two runtime-named tests pass against the stub; every other test fails');
  });
});

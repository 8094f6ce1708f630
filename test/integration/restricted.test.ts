import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, allTabs, LANGUAGES, waitFor } from './helpers';

// Runs only in the restricted session (workspace trust on, folder not trusted); the trusted session
// excludes titles containing @restricted.
describe('@restricted Restricted Mode', () => {
  it('the workspace is not trusted (precondition)', () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this suite must run in an untrusted workspace');
  });

  it('the extension still activates (limited support) and opens guides', async () => {
    const api = await activateExtension();
    assert.ok(api.catalogue().guides.length > 0);
    await vscode.commands.executeCommand('interviewPrep.openGuide', 'lsm-trees');
    await waitFor('the guide panel', () => allTabs().find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'LSM Trees'));
  });

  it('generates an exercise but refuses to run its tests, executing nothing', async () => {
    const api = await activateExtension();
    const folder = await vscode.commands.executeCommand<vscode.Uri>('interviewPrep.generateExercise', 'lru-cache', 'typescript');
    assert.ok(folder instanceof vscode.Uri, 'generation works in Restricted Mode');
    const marker = path.join(folder.fsPath, 'executed-marker');
    const testFile = path.join(folder.fsPath, LANGUAGES.typescript.test);
    fs.writeFileSync(testFile, LANGUAGES.typescript.marker(marker) + fs.readFileSync(testFile, 'utf8'));
    const attempts = api.exerciseProgress('lru-cache').attempts;

    const result = await api.runExerciseTests(folder);
    assert.ok(result, 'the folder is a generated exercise');
    assert.match(result.problem ?? '', /Restricted Mode/i, 'the run names Restricted Mode as the reason');
    assert.equal(result.summary.total, 0, 'no test ran');
    assert.equal(fs.existsSync(marker), false, 'the test file was not executed');
    assert.equal(api.exerciseProgress('lru-cache').attempts, attempts, 'a refused run is not an attempt');

    await vscode.commands.executeCommand('testing.runAll');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    assert.equal(fs.existsSync(marker), false, 'running from the Testing UI executes nothing either');
  });
});

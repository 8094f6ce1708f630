import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, readRepoFile } from './helpers';

describe('activation', () => {
  it('installs and activates the extension, which returns its API', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const api = await activateExtension();
    assert.equal(extension.isActive, true);
    assert.equal(typeof api.catalogue, 'function');
    assert.equal(typeof api.runExerciseTests, 'function');
    assert.equal(typeof api.isGuideRead, 'function');
    assert.equal(typeof api.exerciseProgress, 'function');
    assert.equal(typeof api.topics.getChildren, 'function');
    assert.equal(api.testController.id, 'interviewPrep.exercises');
  });

  it('registers every command it contributes', async () => {
    const contributed: Array<{ command: string }> = JSON.parse(readRepoFile('package.json')).contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    const contract = [
      'interviewPrep.refreshTopics', 'interviewPrep.searchGuides', 'interviewPrep.openGuide', 'interviewPrep.markGuideRead',
      'interviewPrep.generateExercise', 'interviewPrep.showHint', 'interviewPrep.compareWithSolution', 'interviewPrep.resetExercise',
    ];
    const missing = [...new Set([...contract, ...contributed.map((c) => c.command)])].filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], 'commands contributed or promised but not registered');
  });

  it('loads the course: the early guides and the LRU exercise are in the catalogue', async () => {
    const api = await activateExtension();
    const { guides, exercises } = api.catalogue();
    for (const id of ['lru-and-lfu-caches', 'lsm-trees', 'rate-limiting']) {
      assert.ok(guides.some((g) => g.id === id), `guide ${id} is in the catalogue`);
    }
    const lru = exercises.find((e) => e.id === 'lru-cache');
    assert.ok(lru, 'exercise lru-cache is in the catalogue');
    assert.deepEqual([...lru.languages].sort(), ['python', 'typescript']);
  });
});

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, guideFrontMatter, readYaml, type InterviewPrepApi } from './helpers';

type Node = NonNullable<Awaited<ReturnType<InterviewPrepApi['topics']['getChildren']>>>[number];

async function children(api: InterviewPrepApi, node?: Node): Promise<Node[]> {
  return (await api.topics.getChildren(node)) ?? [];
}

async function item(api: InterviewPrepApi, node: Node): Promise<vscode.TreeItem> {
  return api.topics.getTreeItem(node);
}

function labelOf(treeItem: vscode.TreeItem): string {
  return typeof treeItem.label === 'string' ? treeItem.label : treeItem.label?.label ?? '';
}

describe('topics tree', () => {
  it('lists the categories of content/categories.yaml, in that order', async () => {
    const api = await activateExtension();
    const roots = await children(api);
    const labels = await Promise.all(roots.map(async (node) => labelOf(await item(api, node))));
    const categories = readYaml<Array<{ id: string; title: string }>>('content', 'categories.yaml');
    const expected = categories.map((c) => c.title).filter((title) => labels.includes(title));
    assert.deepEqual(labels, expected, 'root items follow categories.yaml order');
    for (const title of ['Data structures', 'Databases & storage', 'Distributed systems']) {
      assert.ok(labels.includes(title), `category "${title}" is shown`);
    }
    for (const node of roots) {
      assert.equal((await item(api, node)).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    }
  });

  it('shows a category\'s guides with difficulty and minutes, and a guide\'s exercises', async () => {
    const api = await activateExtension();
    const roots = await children(api);
    let dataStructures: Node | undefined;
    for (const node of roots) if (labelOf(await item(api, node)) === 'Data structures') dataStructures = node;
    assert.ok(dataStructures, 'Data structures category');
    const guides = await children(api, dataStructures);
    const front = guideFrontMatter('data-structures', 'lru-and-lfu-caches');
    let lru: Node | undefined;
    for (const node of guides) if (labelOf(await item(api, node)) === front.title) lru = node;
    assert.ok(lru, `guide "${front.title}" under Data structures`);
    const lruItem = await item(api, lru);
    const description = String(lruItem.description);
    assert.match(description, new RegExp(front.difficulty, 'i'), 'description shows the difficulty');
    assert.match(description, new RegExp(`\\b${front.estimatedMinutes}\\s*min`), 'description shows the minutes');
    assert.equal(lruItem.command?.command, 'interviewPrep.openGuide');

    const exercises = await children(api, lru);
    const exerciseLabels = await Promise.all(exercises.map(async (node) => labelOf(await item(api, node))));
    const lruExercise = readYaml<{ title: string }>('content', 'exercises', 'lru-cache', 'exercise.yaml');
    assert.ok(exerciseLabels.includes(lruExercise.title), `exercise "${lruExercise.title}" under the guide (got ${exerciseLabels.join(', ')})`);
  });

  it('is the Topics view of the Interview Prep container', async () => {
    // Focusing the view through its generated command fails if the view is not contributed.
    await vscode.commands.executeCommand('workbench.view.extension.interviewPrep');
    await vscode.commands.executeCommand('interviewPrep.topics.focus');
  });
});

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, guideFrontMatter, type InterviewPrepApi } from './helpers';

type Node = NonNullable<Awaited<ReturnType<InterviewPrepApi['topics']['getChildren']>>>[number];

async function find(api: InterviewPrepApi, labels: string[]): Promise<{ node: Node; item: vscode.TreeItem }> {
  let parent: Node | undefined;
  let found: { node: Node; item: vscode.TreeItem } | undefined;
  for (const label of labels) {
    found = undefined;
    for (const node of (await api.topics.getChildren(parent)) ?? []) {
      const item = await api.topics.getTreeItem(node);
      const text = typeof item.label === 'string' ? item.label : item.label?.label;
      if (text === label) found = { node, item };
    }
    if (!found) throw new Error(`tree item "${label}" not found under ${labels.slice(0, labels.indexOf(label)).join(' > ') || 'the root'}`);
    parent = found.node;
  }
  return found!;
}

function nextTreeChange(api: InterviewPrepApi, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub?.dispose(); reject(new Error('the tree did not signal a change')); }, timeoutMs);
    const sub = api.topics.onDidChangeTreeData?.(() => { clearTimeout(timer); sub?.dispose(); resolve(); });
    if (!sub) reject(new Error('the tree provider has no onDidChangeTreeData'));
  });
}

describe('progress', () => {
  const guide = guideFrontMatter('data-structures', 'lru-and-lfu-caches');
  const path = ['Data structures', guide.title];

  it('marking a guide read updates the tree: check mark on the guide, count on its category', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('interviewPrep.markGuideUnread', 'lru-and-lfu-caches');
    assert.equal(api.isGuideRead('lru-and-lfu-caches'), false);
    const before = await find(api, path);
    const categoryBefore = await find(api, path.slice(0, 1));
    assert.notEqual((before.item.iconPath as vscode.ThemeIcon | undefined)?.id, 'pass-filled');

    const changed = nextTreeChange(api);
    await vscode.commands.executeCommand('interviewPrep.markGuideRead', 'lru-and-lfu-caches');
    await changed;
    assert.equal(api.isGuideRead('lru-and-lfu-caches'), true);
    const after = await find(api, path);
    const icon = after.item.iconPath as vscode.ThemeIcon | undefined;
    assert.ok(icon instanceof vscode.ThemeIcon && /check|pass/.test(icon.id), `a check mark icon (got ${icon?.id})`);
    const categoryAfter = await find(api, path.slice(0, 1));
    const count = (d: unknown) => Number(/(\d+)\s*\/\s*\d+/.exec(String(d))?.[1]);
    assert.equal(count(categoryAfter.item.description), count(categoryBefore.item.description) + 1, `category count ${categoryBefore.item.description} → ${categoryAfter.item.description}`);

    await vscode.commands.executeCommand('interviewPrep.markGuideUnread', 'lru-and-lfu-caches');
    assert.equal(api.isGuideRead('lru-and-lfu-caches'), false);
  });

  it('the exercise item shows the status the test runs left (passed after the exercise suites)', async () => {
    const api = await activateExtension();
    const exercise = await find(api, [...path, 'LRU cache']);
    const status = api.exerciseProgress('lru-cache').status;
    assert.equal(status, 'passed', 'the exercise suites ran before this one and ended passing');
    assert.match(String(exercise.item.description), /passed/);
    assert.equal((exercise.item.iconPath as vscode.ThemeIcon).id, 'pass');
  });
});

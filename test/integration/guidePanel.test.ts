import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, allTabs, guideFrontMatter, waitFor } from './helpers';

function guideTab(title: string): vscode.Tab | undefined {
  return allTabs().find((tab) => tab.input instanceof vscode.TabInputWebview && tab.label === title);
}

describe('guide panel', () => {
  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a guide in a webview panel titled with the guide', async () => {
    const api = await activateExtension();
    const { title } = guideFrontMatter('databases', 'lsm-trees');
    await vscode.commands.executeCommand('interviewPrep.openGuide', 'lsm-trees');
    const tab = await waitFor(`a webview tab "${title}"`, () => guideTab(title));
    assert.equal(tab.isActive, true);
    assert.match((tab.input as vscode.TabInputWebview).viewType, /interviewPrep\.guide/);
    assert.ok(api.openPanels().some((page) => page.kind === 'guide' && page.guideId === 'lsm-trees'));
  });

  it('shows the next guide in the same panel (reuse is the default)', async () => {
    const api = await activateExtension();
    const { title } = guideFrontMatter('distributed', 'rate-limiting');
    await vscode.commands.executeCommand('interviewPrep.openGuide', 'rate-limiting');
    await waitFor(`a webview tab "${title}"`, () => guideTab(title));
    const guideTabs = allTabs().filter((tab) => tab.input instanceof vscode.TabInputWebview && /interviewPrep\.guide/.test((tab.input as vscode.TabInputWebview).viewType));
    assert.equal(guideTabs.length, 1, 'one guide panel');
    assert.deepEqual(api.openPanels().filter((p) => p.kind === 'guide').map((p) => p.kind === 'guide' && p.guideId), ['rate-limiting']);
  });

  it('opens no panel for an unknown guide id', async () => {
    const api = await activateExtension();
    const before = JSON.stringify(api.openPanels());
    await vscode.commands.executeCommand('interviewPrep.openGuide', 'no-such-guide');
    assert.equal(JSON.stringify(api.openPanels()), before);
  });
});

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

// Proves the suite runs inside a real VS Code extension host with a folder open — not in plain node.
describe('the test host', () => {
  it('is a real VS Code extension host with the fixture workspace open', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    assert.equal(typeof vscode.commands.executeCommand, 'function');
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'exactly one workspace folder');
    assert.equal(folders[0].uri.scheme, 'file');
  });
});

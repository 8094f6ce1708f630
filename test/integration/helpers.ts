// Shared by the integration test files: the extension under test, its API, polling, repository files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse as parseYaml } from 'yaml';
import type { InterviewPrepApi } from '../../src/host/api';
import type { ExerciseRunResult } from '../../src/host/testing/exerciseTestController';
import { harnessConfig } from './config';

export const EXTENSION_ID = 'backend-interview-prep.backend-interview-prep';

export type { InterviewPrepApi, ExerciseRunResult };

export async function activateExtension(): Promise<InterviewPrepApi> {
  const extension = vscode.extensions.getExtension<InterviewPrepApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  return extension.activate();
}

export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  return folder.uri;
}

/** A file of the repository checkout (the source of truth the tests compare the extension with). */
export function repoFile(...segments: string[]): string {
  return path.join(harnessConfig().repoRoot, ...segments);
}

export function readRepoFile(...segments: string[]): string {
  return fs.readFileSync(repoFile(...segments), 'utf8');
}

export function readYaml<T>(...segments: string[]): T {
  return parseYaml(readRepoFile(...segments)) as T;
}

/** A guide's front matter, read straight from its markdown file. */
export function guideFrontMatter(category: string, guideId: string): Record<string, any> {
  const text = readRepoFile('content', 'guides', category, `${guideId}.md`);
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`no front matter in ${category}/${guideId}.md`);
  return parseYaml(match[1]) as Record<string, any>;
}

export function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs);
}

export function childrenOf(collection: vscode.TestItemCollection): vscode.TestItem[] {
  const items: vscode.TestItem[] = [];
  collection.forEach((item) => items.push(item));
  return items;
}

/** The next onDidFinishRun event for this exercise and language. */
export function nextRun(api: InterviewPrepApi, exerciseId: string, language: string, timeoutMs = 60_000): Promise<ExerciseRunResult> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no test run of ${exerciseId} (${language}) finished within ${timeoutMs} ms`)); }, timeoutMs);
    const sub = api.onDidFinishRun((result) => {
      if (result.exerciseId !== exerciseId || result.language !== language) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(result);
    });
  });
}

export const LANGUAGES = {
  typescript: {
    label: 'TypeScript',
    stub: 'lruCache.ts',
    test: 'lruCache.test.ts',
    testNames: (source: string) => [...source.matchAll(/^\s*(?:test|it)\(\s*"([^"]+)"/gm)].map((m) => m[1]),
    /** A statement that leaves a file behind if the test file is ever executed. */
    marker: (file: string) => `import * as markerFs from "node:fs";\nmarkerFs.writeFileSync(${JSON.stringify(file)}, "executed");\n`,
  },
  python: {
    label: 'Python',
    stub: 'lru_cache.py',
    test: 'test_lru_cache.py',
    testNames: (source: string) => [...source.matchAll(/^\s*def (test_\w+)\(/gm)].map((m) => m[1]),
    marker: (file: string) => `open(${JSON.stringify(file)}, "w").write("executed")\n`,
  },
} as const;

// A person's path through the extension, in the real workbench (code-server) in headless Chromium:
// Interview Prep view → category → guide (headings, highlighted code, Mermaid SVG, KaTeX) → guide:
// link → mark read → generate the exercise → Testing view: failures → paste the solution → passes →
// progress in the tree. A screenshot is saved after every step (also a failed one).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { startWorkbench, until, repoRoot, screenshotStep } from './workbench.mjs';

const GUIDE = { category: 'data-structures', id: 'lru-and-lfu-caches' };
const EXERCISE = 'lru-cache';

function frontMatter(category, id) {
  const text = fs.readFileSync(path.join(repoRoot, 'content', 'guides', category, `${id}.md`), 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)[1]);
}
function guideFile(id) {
  const guides = path.join(repoRoot, 'content', 'guides');
  for (const c of fs.readdirSync(guides)) {
    const f = path.join(guides, c, `${id}.md`);
    if (fs.existsSync(f)) return { category: c, file: f };
  }
  return undefined;
}
const capitalize = (s) => s[0].toUpperCase() + s.slice(1);

describe('a person studies a guide and solves its exercise', function () {
  this.timeout(120_000);
  let wb;
  let page;
  const guide = frontMatter(GUIDE.category, GUIDE.id);
  const exercise = parseYaml(fs.readFileSync(path.join(repoRoot, 'content', 'exercises', EXERCISE, 'exercise.yaml'), 'utf8'));
  const testSource = fs.readFileSync(path.join(repoRoot, 'content', 'exercises', EXERCISE, 'typescript', 'lruCache.test.ts'), 'utf8');
  const testCount = [...testSource.matchAll(/^\s*(?:test|it)\(\s*"/gm)].length;
  const categoryTitle = parseYaml(fs.readFileSync(path.join(repoRoot, 'content', 'categories.yaml'), 'utf8')).find((c) => c.id === GUIDE.category).title;

  const sidebar = () => page.locator('.part.sidebar');
  const treeRow = (labelStart) => sidebar().locator(`.monaco-list-row[aria-label^="${labelStart}"]`);
  const webview = () => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const tabLabels = async () => (await page.locator('.part.editor .tabs-container .tab').allTextContents()).map((t) => t.trim());
  const hasTab = async (label) => (await tabLabels()).some((t) => t === label || t.startsWith(label));

  async function showView(activityLabel, title) {
    const current = (await sidebar().locator('.composite.title h2').textContent().catch(() => '')) ?? '';
    if (!(await sidebar().isVisible()) || !current.startsWith(title)) {
      await page.locator(`.activitybar li.action-item:has(a[aria-label^="${activityLabel}"])`).click();
    }
    await until(`the ${title} view`, async () => (await sidebar().locator('.composite.title h2').textContent())?.startsWith(title));
  }

  before(async function () {
    this.timeout(180_000);
    const vsix = process.env.INTERVIEW_PREP_E2E_VSIX;
    assert.ok(vsix, 'INTERVIEW_PREP_E2E_VSIX (set by scripts/vscode/runE2E.mjs)');
    wb = await startWorkbench({ vsix, label: 'e2e' });
    page = wb.page;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  });

  afterEach(async function () {
    if (wb) await screenshotStep(wb, this.currentTest);
  });

  after(async () => {
    if (wb) {
      console.log(`      screenshots: ${wb.screenshotDir}`);
      await wb.stop();
    }
  });

  it('opens the Interview Prep view from the activity bar', async () => {
    await page.locator('.activitybar li.action-item:has(a[aria-label="Interview Prep"])').click();
    await until('the Topics tree', () => treeRow(categoryTitle).isVisible());
    assert.match(await sidebar().locator('.composite.title h2').textContent(), /Interview Prep/);
  });

  it(`expands a category and sees its guides with difficulty and minutes`, async () => {
    await treeRow(categoryTitle).click();
    const row = treeRow(`${guide.title}, `);
    await until(`the guide row "${guide.title}"`, () => row.isVisible());
    const label = await row.getAttribute('aria-label');
    assert.match(label, new RegExp(`${capitalize(guide.difficulty)}, ${guide.estimatedMinutes} minutes, unread`));
    assert.match(await row.textContent(), new RegExp(`${capitalize(guide.difficulty)} · ${guide.estimatedMinutes} min`));
    assert.match(await treeRow(categoryTitle).getAttribute('aria-label'), /\b0\/\d+ read/);
  });

  it('opens the guide: rendered headings, highlighted code, a Mermaid diagram and math', async () => {
    await treeRow(`${guide.title}, `).click();
    await until('the guide panel tab', () => hasTab(guide.title));
    const view = webview();
    await until('the guide title in the webview', async () => (await view.locator('h1').first().textContent()) === guide.title);
    const h2 = await view.locator('main h2').allTextContents();
    for (const name of ['Trade-offs', 'In the interview', 'Questions']) assert.ok(h2.some((h) => h.trim() === name), `heading "${name}" (got ${h2.join(' | ')})`);
    assert.ok(await view.locator('pre code.hljs span[class^="hljs-"]').count() > 0, 'highlighted code (hljs token spans)');
    assert.ok(await view.locator('.katex').count() > 0, 'KaTeX math');
    assert.ok(await view.locator('details.question').count() >= 8, 'question cards');
    const svg = view.locator('.mermaid svg').first();
    await until('a rendered Mermaid SVG', () => svg.isVisible());
    const svgText = await svg.textContent();
    assert.doesNotMatch(svgText, /Syntax error/i, 'Mermaid rendered the diagram, not an error');
    assert.ok(await svg.locator('g').count() > 3, 'the SVG has drawn content');
    await svg.scrollIntoViewIfNeeded();
    await wb.shot('guide-mermaid-diagram');
    await view.locator('.katex').first().scrollIntoViewIfNeeded();
    await wb.shot('guide-math');
    await view.locator('pre code.hljs').first().scrollIntoViewIfNeeded();
  });

  it('follows a guide: link to another guide and comes back', async () => {
    const view = webview();
    const targets = await view.locator('a[data-guide]').evaluateAll((els) => els.map((e) => e.getAttribute('data-guide')));
    const target = targets.find((id) => id !== GUIDE.id && guideFile(id));
    assert.ok(target, `a guide: link to an existing guide (links: ${targets.join(', ')})`);
    const targetTitle = frontMatter(guideFile(target).category, target).title;
    await view.locator(`a[data-guide="${target}"]`).first().click();
    await until(`the linked guide "${targetTitle}"`, async () => (await view.locator('h1').first().textContent()) === targetTitle);
    await until('the tab shows the linked guide', () => hasTab(targetTitle));
    await wb.shot('linked-guide');
    await view.locator('#nav-back').click();
    await until('back at the first guide', async () => (await view.locator('h1').first().textContent()) === guide.title);
  });

  it('marks the guide as read and the tree shows the check mark and count', async () => {
    await webview().getByText('Mark as read').click();
    await until('the guide row says read', async () => /, read$/.test(await treeRow(`${guide.title}, `).getAttribute('aria-label')));
    assert.ok(await treeRow(`${guide.title}, `).locator('.codicon-pass-filled, .custom-view-tree-node-item-icon.codicon-pass-filled').count() > 0
      || await treeRow(`${guide.title}, `).locator('[class*="pass-filled"]').count() > 0, 'a check-mark icon on the guide row');
    assert.match(await treeRow(categoryTitle).getAttribute('aria-label'), /\b1\/\d+ read/);
  });

  it('opens the exercise from the guide and generates it in TypeScript', async () => {
    const view = webview();
    await view.getByText(`Practise: ${exercise.title}`).click();
    await until('the exercise page', async () => (await view.locator('h1').first().textContent()) === exercise.title);
    await wb.shot('exercise-page');
    await view.getByText('Generate in TypeScript').click();
    await until('the stub open in an editor', () => hasTab('lruCache.ts'));
    const folder = path.join(wb.workspaceDir, 'interview-exercises', EXERCISE, 'typescript');
    assert.ok(fs.existsSync(path.join(folder, 'lruCache.ts')) && fs.existsSync(path.join(folder, 'lruCache.test.ts')), 'files generated in the workspace');
  });

  it('runs the tests from the Testing view and sees every one fail', async () => {
    await showView('Testing', 'Testing');
    const exerciseRow = sidebar().locator(`.test-explorer .monaco-list-row[aria-label^="${exercise.title} (TypeScript)"]`);
    await until('the exercise in the Test Explorer', () => exerciseRow.isVisible());
    await sidebar().locator('.title-actions a[aria-label="Run Tests"]').first().click();
    await until('the run to fail', async () => /\(Failed\)/.test(await exerciseRow.getAttribute('aria-label')), 60_000);
    // Expand with the twisties: clicking a row would also open its location (the exercise folder
    // reveals the Explorer), which is not what this step is about.
    const expand = async (row) => {
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click();
    };
    await expand(exerciseRow);
    const fileRow = sidebar().locator('.test-explorer .monaco-list-row[aria-label^="lruCache.test.ts"]');
    await until('the test file row', () => fileRow.isVisible());
    await expand(fileRow);
    const failed = sidebar().locator('.test-explorer .monaco-list-row .codicon-testing-failed-icon');
    await until(`${testCount} failed tests`, async () => (await failed.count()) >= testCount);
    const badge = await page.locator('.activitybar a[aria-label^="Testing"]').getAttribute('aria-label');
    assert.match(badge, new RegExp(`${testCount} failed tests`));
  });

  it('replaces the stub with the reference solution in the editor', async () => {
    const solution = fs.readFileSync(path.join(repoRoot, 'content', 'exercises', EXERCISE, 'typescript', 'solution', 'lruCache.ts'), 'utf8');
    await page.locator('.part.editor .tabs-container .tab', { hasText: 'lruCache.ts' }).click();
    await page.evaluate((text) => navigator.clipboard.writeText(text), solution);
    await page.locator('.part.editor .editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+V');
    await page.keyboard.press('Control+S');
    const file = path.join(wb.workspaceDir, 'interview-exercises', EXERCISE, 'typescript', 'lruCache.ts');
    await until('the solution saved to disk', () => fs.readFileSync(file, 'utf8') === solution);
  });

  it('runs the tests again and sees them pass', async () => {
    await showView('Testing', 'Testing');
    const exerciseRow = sidebar().locator(`.test-explorer .monaco-list-row[aria-label^="${exercise.title} (TypeScript)"]`);
    await sidebar().locator('.title-actions a[aria-label="Run Tests"]').first().click();
    await until('the run to pass', async () => /\(Passed\)/.test(await exerciseRow.getAttribute('aria-label')), 60_000);
    assert.equal(await sidebar().locator('.test-explorer .monaco-list-row .codicon-testing-failed-icon').count(), 0, 'no failed test left');
    assert.ok(await sidebar().locator('.test-explorer .monaco-list-row .codicon-testing-passed-icon').count() >= testCount, `${testCount} passed tests`);
  });

  it('sees the exercise marked passed in the Interview Prep tree', async () => {
    await showView('Interview Prep', 'Interview Prep');
    const guideRow = treeRow(`${guide.title}, `);
    if (!(await sidebar().locator(`.monaco-list-row[aria-label^="${exercise.title} Exercise"]`).isVisible())) {
      await guideRow.locator('.monaco-tl-twistie').click();
    }
    const exerciseRow = sidebar().locator(`.monaco-list-row[aria-label^="${exercise.title} Exercise"]`);
    await until('the exercise row says passed', async () => /passed/.test(await exerciseRow.getAttribute('aria-label')));
  });
});

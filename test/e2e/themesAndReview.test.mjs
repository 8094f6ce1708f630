// The guide panel in light, dark and high-contrast colour themes, then a review of the guide's
// questions, in the real workbench (code-server) in headless Chromium. A session of its own: it
// starts in Light Modern and switches the theme with the command palette's "Preferences: Color
// Theme", as a person would. Every switch changes Mermaid's theme ('default' ↔ 'dark'), so every
// switch must re-render the diagrams.
// (VS Code 1.139 names the built-in themes "Light Modern", "Dark Modern" and "Dark High Contrast"
// and migrates the older ids "Default Light Modern"… in settings.json. Editing settings.json from
// outside is not used: code-server's watcher missed some edits after the workbench rewrote the file.)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { startWorkbench, until, repoRoot, screenshotStep } from './workbench.mjs';
import { composite, contrast, hex, luminance, parseColor, over } from './colors.mjs';

const GUIDE = { category: 'data-structures', id: 'lru-and-lfu-caches' };
const guideSource = fs.readFileSync(path.join(repoRoot, 'content', 'guides', GUIDE.category, `${GUIDE.id}.md`), 'utf8');
const guide = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(guideSource)[1]);
const categoryTitle = parseYaml(fs.readFileSync(path.join(repoRoot, 'content', 'categories.yaml'), 'utf8')).find((c) => c.id === GUIDE.category).title;

/** The guide's questions from its markdown: id → { title, answer } (the first paragraph of the answer). */
function guideQuestions() {
  const section = guideSource.slice(guideSource.indexOf('\n## Questions\n'));
  const out = new Map();
  for (const m of section.matchAll(/^### (.+?) \{#([a-z0-9-]+)\}\n+([\s\S]*?)(?=\n### |\n## |$(?![\s\S]))/gm)) {
    out.set(m[2], { title: m[1], answer: m[3].split(/\n\s*\n/)[0] });
  }
  return out;
}
/** Letters and digits only, markdown links reduced to their text and math left out: comparable with rendered text. */
const comparable = (text) => text.replace(/\$[^$]*\$/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').toLowerCase().replace(/[^a-z0-9]/g, '');

// Starts in Light; each switch changes Mermaid's theme. Dark comes last, for the review.
// `label`: the theme picker's label; `themeClass`: the class the workbench gets for exactly that theme.
const INITIAL_THEME = 'Light Modern';
const THEMES = [
  { name: 'Dark High Contrast', slug: 'high-contrast', workbench: 'hc-black', themeClass: 'vscode-theme-defaults-themes-hc_black-json', body: 'vscode-high-contrast', dark: true },
  { name: 'Light Modern', slug: 'light', workbench: 'vs', themeClass: 'vscode-theme-defaults-themes-light_modern-json', body: 'vscode-light', dark: false },
  { name: 'Dark Modern', slug: 'dark', workbench: 'vs-dark', themeClass: 'vscode-theme-defaults-themes-dark_modern-json', body: 'vscode-dark', dark: true },
];
const BODY_CLASSES = ['vscode-light', 'vscode-dark', 'vscode-high-contrast'];

/** In the webview: an element's text colour, its background layers (html first), its top border. */
function styleOf(el) {
  const layers = [];
  for (let e = el; e; e = e.parentElement) layers.unshift(getComputedStyle(e).backgroundColor);
  const s = getComputedStyle(el);
  return { color: s.color, layers, borderWidth: parseFloat(s.borderTopWidth), borderStyle: s.borderTopStyle, borderColor: s.borderTopColor };
}

describe('the guide panel in light, dark and high-contrast themes, and a review of its questions', function () {
  this.timeout(120_000);
  let wb;
  let page;
  const questions = guideQuestions();

  const sidebar = () => page.locator('.part.sidebar');
  const treeRow = (labelStart) => sidebar().locator(`.monaco-list-row[aria-label^="${labelStart}"]`);
  const webview = () => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const diagramCount = (guideSource.match(/^```mermaid$/gm) ?? []).length;
  const workbenchClasses = async () => (await page.locator('.monaco-workbench').getAttribute('class')).split(/\s+/);
  /** Command palette → "Preferences: Color Theme" → the theme, by its label in the picker. */
  async function pickColorTheme(label) {
    const quickInput = page.locator('.quick-input-widget');
    const row = (name) => quickInput.locator(`.quick-input-list .monaco-list-row:is([aria-label="${name}"], [aria-label^="${name},"])`).first();
    await page.keyboard.press('F1');
    await quickInput.locator('input').fill('>Preferences: Color Theme');
    await row('Preferences: Color Theme').click();
    await until('the theme picker', async () => /Select Color Theme/.test(await quickInput.locator('input').getAttribute('placeholder')));
    await quickInput.locator('input').fill(label);
    await row(label).click();
    await until('the theme picker to close', async () => !(await quickInput.isVisible()));
  }

  before(async function () {
    this.timeout(180_000);
    const vsix = process.env.INTERVIEW_PREP_E2E_VSIX;
    assert.ok(vsix, 'INTERVIEW_PREP_E2E_VSIX (set by scripts/vscode/runE2E.mjs)');
    assert.ok(questions.size >= 8 && diagramCount > 0, `the guide has questions (${questions.size}) and diagrams (${diagramCount})`);
    wb = await startWorkbench({ vsix, label: 'e2e-themes', settings: { 'workbench.colorTheme': INITIAL_THEME } });
    page = wb.page;
  });

  afterEach(async function () {
    if (wb) await screenshotStep(wb, this.currentTest);
  });

  after(async () => {
    if (wb) await wb.stop();
  });

  it(`opens the guide in ${INITIAL_THEME}, its diagrams drawn in Mermaid's light theme`, async () => {
    await until(`the workbench in ${INITIAL_THEME}`, async () => (await workbenchClasses()).includes(THEMES[1].themeClass), 10_000);
    await page.locator('.activitybar li.action-item:has(a[aria-label="Interview Prep"])').click();
    await until('the Topics tree', () => treeRow(categoryTitle).isVisible());
    await treeRow(categoryTitle).click();
    await until(`the guide row "${guide.title}"`, () => treeRow(`${guide.title}, `).isVisible());
    await treeRow(`${guide.title}, `).click();
    const view = webview();
    await until('the guide title in the webview', async () => (await view.locator('h1').first().textContent()) === guide.title);
    await until(`${diagramCount} rendered Mermaid SVGs`, async () => (await view.locator('pre.mermaid[data-processed] svg').count()) === diagramCount);
    assert.ok((await view.locator('body').getAttribute('class')).split(/\s+/).includes('vscode-light'), 'body class vscode-light');
    const fill = parseColor(await view.locator('pre.mermaid svg .node rect, pre.mermaid svg .node polygon').first().evaluate((el) => getComputedStyle(el).fill));
    assert.ok(luminance(fill) >= 0.5, `Mermaid node fill ${hex(fill)} is light`);
  });

  for (const theme of THEMES) {
    it(`switches to ${theme.name}: body class, readable text, distinct code block and question card, re-rendered diagram`, async () => {
      const view = webview();
      // Mark the diagrams drawn in the previous theme: the new theme must replace every one of them.
      const marked = await view.locator('pre.mermaid svg').evaluateAll((svgs) => svgs.map((svg) => svg.setAttribute('data-e2e-previous-theme', '')).length);
      assert.equal(marked, diagramCount, 'diagrams drawn before the switch');

      const t0 = Date.now();
      await pickColorTheme(theme.name);
      await until(`the workbench in ${theme.name}`, async () => (await workbenchClasses()).includes(theme.themeClass));
      assert.ok((await workbenchClasses()).includes(theme.workbench), `workbench class ${theme.workbench}`);
      const bodyClasses = await until(`the webview body class ${theme.body}`, async () => {
        const classes = (await view.locator('body').getAttribute('class')).split(/\s+/);
        return classes.includes(theme.body) && classes;
      });
      for (const other of BODY_CLASSES.filter((c) => c !== theme.body)) assert.ok(!bodyClasses.includes(other), `body is not also ${other} (${bodyClasses.join(' ')})`);
      await until(`${diagramCount} Mermaid SVGs re-rendered for ${theme.name}`, async () =>
        (await view.locator('pre.mermaid[data-processed] svg:not([data-e2e-previous-theme])').count()) === diagramCount
        && (await view.locator('pre.mermaid svg[data-e2e-previous-theme]').count()) === 0, 15_000);
      const switchMs = Date.now() - t0;

      // Article text on the page background: WCAG AA for body text.
      const bodyStyle = await view.locator('body').evaluate(styleOf);
      const pageBg = composite(bodyStyle.layers);
      const paragraph = await view.locator('article.guide-body > p').first().evaluate(styleOf);
      const text = over(parseColor(paragraph.color), composite(paragraph.layers));
      const textContrast = contrast(text, composite(paragraph.layers));
      assert.ok(textContrast >= 4.5, `article text ${hex(text)} on ${hex(composite(paragraph.layers))}: contrast ${textContrast.toFixed(2)} < 4.5`);
      assert.equal(luminance(pageBg) < 0.5, theme.dark, `page background ${hex(pageBg)} is ${theme.dark ? 'dark' : 'light'}`);

      // A code block and a question card: visible, set apart from the page by a border or a background,
      // their own text readable on their background. High contrast: a border of at least 3:1 (WCAG 1.4.11).
      const measured = [];
      for (const [what, selector, textSelector] of [['code block', '.code-block', '.code-block pre code'], ['question card', 'details.question', 'details.question > summary']]) {
        const box = view.locator(selector).first();
        await box.scrollIntoViewIfNeeded();
        assert.ok(await box.isVisible(), `${what} visible`);
        const style = await box.evaluate(styleOf);
        const bg = composite(style.layers);
        const bgContrast = contrast(bg, pageBg);
        const hasBorder = style.borderWidth > 0 && style.borderStyle !== 'none';
        const border = over(parseColor(style.borderColor), bg);
        const borderContrast = hasBorder ? contrast(border, pageBg) : 1;
        const detail = `${what}: background ${hex(bg)} (${bgContrast.toFixed(2)}:1), border ${hasBorder ? `${style.borderWidth}px ${hex(border)} (${borderContrast.toFixed(2)}:1)` : 'none'}, page ${hex(pageBg)}`;
        measured.push(detail);
        assert.ok(Math.max(bgContrast, borderContrast) >= 1.1, `${detail}: not set apart from the page`);
        if (theme.slug === 'high-contrast') assert.ok(borderContrast >= 3, `${detail}: high-contrast border below 3:1`);
        const inner = await view.locator(textSelector).first().evaluate(styleOf);
        const innerBg = composite(inner.layers);
        const innerContrast = contrast(over(parseColor(inner.color), innerBg), innerBg);
        assert.ok(innerContrast >= 4.5, `${what} text ${inner.color} on ${hex(innerBg)}: contrast ${innerContrast.toFixed(2)} < 4.5`);
        // The code sits on the block's background: no background of its own, which an inline <code> paints
        // line by line (the webview's default stylesheet gives every <code> one).
        assert.equal(hex(innerBg), hex(bg), `${what}: its text has a background of its own (${inner.layers.at(-1)})`);
      }

      // The diagram follows the theme: node fills dark in dark themes, light in light ones; drawn, not an error.
      const svg = view.locator('pre.mermaid svg').first();
      await svg.scrollIntoViewIfNeeded();
      assert.ok(await svg.isVisible(), 'the first diagram is visible');
      assert.doesNotMatch(await svg.textContent(), /Syntax error/i, 'Mermaid drew the diagram, not an error');
      const node = await svg.locator('.node rect, .node polygon').first().evaluate((el) => getComputedStyle(el).fill);
      const nodeFill = over(parseColor(node), pageBg);
      assert.equal(luminance(nodeFill) < 0.5, theme.dark, `Mermaid node fill ${hex(nodeFill)} should be ${theme.dark ? 'dark' : 'light'} in ${theme.name}`);
      const label = await svg.locator('.node .nodeLabel, .node text').first().evaluate((el) => (el.tagName.toLowerCase() === 'text' ? getComputedStyle(el).fill : getComputedStyle(el).color));
      const labelContrast = contrast(over(parseColor(label), nodeFill), nodeFill);
      assert.ok(labelContrast >= 4.5, `Mermaid node label ${label} on ${hex(nodeFill)}: contrast ${labelContrast.toFixed(2)} < 4.5`);
      console.log(`      ${theme.name}: switched in ${switchMs} ms; text ${textContrast.toFixed(1)}:1; ${measured.join('; ')}; diagram node ${hex(nodeFill)}, label ${labelContrast.toFixed(1)}:1`);

      // The screenshot: the first diagram at the top (below the sticky toolbar), the code after it.
      await view.locator('.mermaid-diagram').first().evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -(document.querySelector('.toolbar')?.getBoundingClientRect().height ?? 0));
      });
      await wb.shot(`guide-${theme.slug}`);
    });
  }

  it('reviews the guide\'s questions: a question, Show answer, the answer, grade Good, the next question', async () => {
    const view = webview();
    await view.locator('.toolbar vscode-button.page-action', { hasText: 'Review questions' }).click();
    await until('the review page', async () => (await view.locator('h1').first().textContent()) === `Review: ${guide.title}`);
    const card = view.locator('#review-card');
    await until('a question card', () => card.isVisible());
    const subtitle = async () => (await view.locator('.guide-subtitle').textContent()).trim();
    const before = await subtitle();
    assert.match(before, /\b0 reviewed in this session\b/);
    const newLeft = Number(/(\d+) new left today/.exec(before)?.[1]);
    assert.ok(newLeft >= 1, `new questions left today (subtitle: ${before})`);

    const firstId = await card.getAttribute('data-question-id');
    const first = questions.get(firstId);
    assert.ok(first, `the card's question "${firstId}" is one of the guide's (${[...questions.keys()].join(', ')})`);
    assert.equal(comparable(await view.locator('#review-question').textContent()), comparable(first.title), 'the question text');
    assert.ok(!(await view.locator('#review-answer').isVisible()), 'the answer is hidden until asked for');
    assert.ok(!(await view.locator('#review-grades').isVisible()), 'no grade buttons before the answer');

    await view.locator('#show-answer').click();
    const answer = view.locator('#review-answer');
    await until('the answer', () => answer.isVisible());
    const answerText = await answer.evaluate((el) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll('.katex').forEach((k) => k.remove());
      return copy.textContent;
    });
    const expected = comparable(first.answer).slice(0, 60);
    assert.ok(comparable(answerText).startsWith(expected), `the answer from the guide (expected to start with "${expected}", got "${comparable(answerText).slice(0, 80)}")`);
    assert.ok(!(await view.locator('#show-answer').isVisible()), 'Show answer is gone once the answer is shown');
    const good = view.locator('#review-grades vscode-button.review-grade[data-grade="good"]');
    await until('the grade buttons', () => good.isVisible());
    const grades = (await view.locator('#review-grades vscode-button.review-grade .grade-label').allTextContents()).map((t) => t.trim());
    assert.deepEqual(grades, ['Again', 'Hard', 'Good', 'Easy']);
    assert.match(await good.getAttribute('title'), /next review in 1 day \(key 3\)/, 'a new question graded Good comes back in 1 day');
    await wb.shot('review-answer-shown');

    // Key 3 grades Good (the answer has focus inside the webview).
    assert.ok(await view.locator('body').evaluate(() => document.hasFocus()), 'the webview has the keyboard focus');
    await page.keyboard.press('3');
    await until('the page after the grade', async () => /\b1 reviewed in this session\b/.test(await subtitle()));
    if (newLeft > 1) {
      await until('the next question', () => card.isVisible());
      const nextId = await card.getAttribute('data-question-id');
      assert.notEqual(nextId, firstId, 'a different question comes next');
      assert.ok(questions.has(nextId), `the next question "${nextId}" is one of the guide's`);
      assert.match(await subtitle(), new RegExp(`\\b${newLeft - 1} new left today\\b`));
      assert.ok(!(await view.locator('#review-answer').isVisible()), 'the next answer is hidden');
      assert.ok(await view.locator('#show-answer').isVisible(), 'Show answer is back');
    } else {
      await until('the nothing-due page', () => view.locator('#review-done').isVisible());
      assert.match(await view.locator('#review-done').textContent(), /No questions in .* are due today/);
    }
  });
});

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, allTabs, guideFrontMatter, readRepoFile, waitFor } from './helpers';

/** The question ids of a guide, straight from its markdown (`### Title {#id}` under ## Questions). */
function questionIds(category: string, guideId: string): string[] {
  const text = readRepoFile('content', 'guides', category, `${guideId}.md`);
  const questions = text.slice(text.indexOf('\n## Questions'));
  return [...questions.matchAll(/^### .*\{#([a-z0-9-]+)\}\s*$/gm)].map((match) => match[1]);
}

/** The local calendar day `offset` days from now, as the scheduler writes it. */
function localDay(offset = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

describe('question review', () => {
  const guideId = 'lsm-trees';
  const { title } = guideFrontMatter('databases', guideId);
  const ids = questionIds('databases', guideId);

  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens one guide\'s review from the command and shows its first question', async () => {
    const api = await activateExtension();
    assert.ok(ids.length >= 8, `${guideId} has its questions (${ids.length})`);
    assert.deepEqual(api.catalogue().guides.find((guide) => guide.id === guideId)?.questions.map((question) => question.id), ids, 'the index lists the guide\'s questions in order');

    await vscode.commands.executeCommand('interviewPrep.reviewQuestions', guideId);
    const shown = await waitFor('a review panel showing a question', () => api.reviewPanels().find((panel) => panel.questionId));
    assert.deepEqual(shown.page, { kind: 'review', guideId, includeNew: true });
    assert.equal(shown.reviewedInSession, 0);
    const expected = api.reviewQueue({ guideId, includeNew: true }).current?.id;
    assert.equal(shown.questionId, expected, 'the first question of the queue is shown');
    assert.ok(ids.includes(shown.questionId!), `${shown.questionId} is a question of ${guideId}`);
    await waitFor(`a tab titled "Review: ${title}"`, () => allTabs().find((tab) => tab.input instanceof vscode.TabInputWebview && tab.label === `Review: ${title}`));
  });

  it('grades the shown question: the schedule is stored and the next question follows', async () => {
    const api = await activateExtension();
    const before = api.reviewPanels()[0]?.questionId;
    assert.ok(before, 'a question is shown');
    const reviewedBefore = api.questionReview(before);

    const graded = await api.gradeShownQuestion('good');
    assert.equal(graded, before);
    const review = api.questionReview(before);
    assert.ok(review, 'the grade is stored in progress');
    if (!reviewedBefore) {
      assert.equal(review.repetitions, 1);
      assert.equal(review.interval, 1);
      assert.equal(review.firstReviewed, localDay());
      assert.equal(review.due, localDay(1), 'a new question answered Good comes back tomorrow');
    }
    assert.equal(review.lastGrade, 'good');
    assert.equal(review.lastReviewed, localDay());

    const next = await waitFor('the next question', () => api.reviewPanels().find((panel) => panel.questionId && panel.questionId !== before));
    assert.equal(next.reviewedInSession, 1);
    assert.ok(ids.includes(next.questionId!));
    assert.equal(api.reviewQueue({ guideId, includeNew: true }).due.some((question) => question.id === before), false, 'the graded question is no longer due today');
  });

  it('refuses a grade that is not one of the four', async () => {
    const api = await activateExtension();
    const shown = api.reviewPanels()[0]?.questionId;
    assert.ok(shown);
    assert.equal(await api.gradeShownQuestion('perfect' as never), undefined);
    assert.equal(api.questionReview(shown), undefined, 'nothing stored for the shown question');
  });

  it('opens the whole course\'s review from the command with no argument', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('interviewPrep.reviewQuestions');
    await waitFor('the course review page', () => api.reviewPanels().find((panel) => JSON.stringify(panel.page) === JSON.stringify({ kind: 'review' })));
    const queue = api.reviewQueue();
    // Questions graded here are due tomorrow at the earliest; new ones wait for "Review new questions".
    assert.equal(queue.due.length, 0);
    assert.equal(queue.current, undefined);
    assert.equal(api.reviewPanels().find((panel) => !('guideId' in panel.page))?.questionId, undefined, 'no question shown: nothing is due');
  });
});

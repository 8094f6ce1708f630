import assert from "node:assert/strict";
import { addDays, type LocalDay } from "../../src/core/progress/localDay";
import { buildReviewQueue, dueCountsByGuide, isReviewable, type CourseQuestion, type ReviewQueueInput } from "../../src/core/progress/reviewQueue";
import { scheduleReview, type QuestionReview } from "../../src/core/progress/scheduler";

const TODAY = "2024-05-20";

/** Three guides of four questions each, in course order. */
const QUESTIONS: CourseQuestion[] = ["lsm-trees", "b-trees", "raft"].flatMap((guideId) =>
  [1, 2, 3, 4].map((n) => ({ id: `${guideId}-q${n}`, guideId, title: `${guideId} question ${n}` })),
);

/** A review that falls due on `due` (graded Good the day before, so its interval is one day). */
function dueOn(due: LocalDay, firstReviewed: LocalDay = addDays(due, -10)): QuestionReview {
  return { ...scheduleReview(undefined, "good", addDays(due, -1)), firstReviewed };
}

function input(overrides: Partial<ReviewQueueInput> = {}): ReviewQueueInput {
  return { questions: QUESTIONS, reviews: {}, readGuides: new Set(), today: TODAY, newPerDay: 10, ...overrides };
}

const ids = (questions: CourseQuestion[]) => questions.map((question) => question.id);

describe("review queue", () => {
  it("offers nothing to a learner who has read nothing and reviewed nothing", () => {
    const queue = buildReviewQueue(input(), { includeNew: true });
    assert.deepEqual(queue.due, []);
    assert.deepEqual(queue.fresh, []);
    assert.equal(queue.current, undefined);
    assert.equal(queue.next, undefined);
    assert.equal(queue.reviewed, 0);
  });

  it("lists due questions most overdue first, then in course order; future ones are not due", () => {
    const reviews = {
      "raft-q1": dueOn("2024-05-18"),
      "b-trees-q2": dueOn(TODAY),
      "lsm-trees-q3": dueOn(TODAY),
      "lsm-trees-q4": dueOn("2024-05-19"),
      "b-trees-q1": dueOn("2024-05-22"),
    };
    const queue = buildReviewQueue(input({ reviews }));
    assert.deepEqual(ids(queue.due), ["raft-q1", "lsm-trees-q4", "lsm-trees-q3", "b-trees-q2"]);
    assert.equal(queue.current?.id, "raft-q1");
    assert.deepEqual(queue.next, { day: "2024-05-22", count: 1 });
    assert.equal(queue.reviewed, 5);
  });

  it("says when the next review is and how many questions fall due that day", () => {
    const reviews = { "raft-q1": dueOn("2024-05-25"), "raft-q2": dueOn("2024-05-23"), "b-trees-q1": dueOn("2024-05-23") };
    const queue = buildReviewQueue(input({ reviews }));
    assert.deepEqual(queue.due, []);
    assert.deepEqual(queue.next, { day: "2024-05-23", count: 2 });
  });

  it("takes new questions only from read guides for the whole course, in course order", () => {
    const queue = buildReviewQueue(input({ readGuides: new Set(["raft", "lsm-trees"]), reviews: { "lsm-trees-q1": dueOn("2024-06-01") } }), { includeNew: true });
    assert.deepEqual(ids(queue.fresh), ["lsm-trees-q2", "lsm-trees-q3", "lsm-trees-q4", "raft-q1", "raft-q2", "raft-q3", "raft-q4"]);
    assert.equal(queue.newAvailable, 7);
    assert.equal(queue.current?.id, "lsm-trees-q2");
  });

  it("shows due questions before new ones, and new ones only when asked for", () => {
    const state = input({ readGuides: new Set(["raft"]), reviews: { "b-trees-q4": dueOn(TODAY) } });
    assert.equal(buildReviewQueue(state).current?.id, "b-trees-q4");
    assert.equal(buildReviewQueue(state, { includeNew: true }).current?.id, "b-trees-q4");
    const done = input({ readGuides: new Set(["raft"]) });
    assert.equal(buildReviewQueue(done).current, undefined, "without includeNew, new questions wait");
    assert.equal(buildReviewQueue(done).fresh.length, 4, "…but are counted, so the page can offer them");
    assert.equal(buildReviewQueue(done, { includeNew: true }).current?.id, "raft-q1");
  });

  it("limits new questions per day, counting those that started today anywhere in the course", () => {
    const reviews = {
      "raft-q1": { ...dueOn("2024-05-21"), firstReviewed: TODAY },
      "raft-q2": { ...dueOn("2024-05-21"), firstReviewed: TODAY },
      "b-trees-q1": dueOn("2024-05-21", "2024-05-19"),
    };
    const queue = buildReviewQueue(input({ reviews, newPerDay: 3, readGuides: new Set(["lsm-trees", "raft"]) }), { includeNew: true });
    assert.equal(queue.newToday, 2);
    assert.deepEqual(ids(queue.fresh), ["lsm-trees-q1"], "3 per day, 2 already started today");
    assert.equal(queue.newAvailable, 6);
    const none = buildReviewQueue(input({ reviews, newPerDay: 0, readGuides: new Set(["lsm-trees"]) }), { includeNew: true });
    assert.deepEqual(none.fresh, []);
    assert.equal(none.current, undefined);
  });

  it("reviews one guide: its due questions, and its new ones even when it is unread", () => {
    const reviews = { "raft-q1": dueOn(TODAY), "b-trees-q3": dueOn(TODAY) };
    const queue = buildReviewQueue(input({ reviews }), { guideId: "b-trees", includeNew: true });
    assert.deepEqual(ids(queue.due), ["b-trees-q3"]);
    assert.deepEqual(ids(queue.fresh), ["b-trees-q1", "b-trees-q2", "b-trees-q4"]);
    assert.equal(queue.current?.id, "b-trees-q3");
    assert.equal(queue.reviewed, 1);
  });

  it("ignores stored reviews of questions that are no longer in the course", () => {
    const reviews = { "removed-question": dueOn("2024-01-01"), "raft-q2": dueOn(TODAY) };
    const queue = buildReviewQueue(input({ reviews }));
    assert.deepEqual(ids(queue.due), ["raft-q2"]);
    assert.equal(queue.reviewed, 1);
    assert.deepEqual([...dueCountsByGuide({ questions: QUESTIONS, reviews, today: TODAY })], [["raft", 1]]);
  });

  it("accepts a grade only for a question up for review in that scope", () => {
    const reviews = { "raft-q1": dueOn(TODAY), "raft-q2": dueOn("2024-05-30") };
    const state = input({ reviews, readGuides: new Set(["raft"]) });
    const dueOnly = buildReviewQueue(state);
    assert.equal(isReviewable(dueOnly, "raft-q1", {}), true);
    assert.equal(isReviewable(dueOnly, "raft-q2", {}), false, "not due yet (a repeated grade)");
    assert.equal(isReviewable(dueOnly, "raft-q3", {}), false, "new, but new questions were not asked for");
    assert.equal(isReviewable(buildReviewQueue(state, { includeNew: true }), "raft-q3", { includeNew: true }), true);
    assert.equal(isReviewable(dueOnly, "no-such-question", {}), false);
    const otherGuide = buildReviewQueue(state, { guideId: "b-trees" });
    assert.equal(isReviewable(otherGuide, "raft-q1", { guideId: "b-trees" }), false, "due, but not in this guide");
  });

  it("moves a graded question out of today's queue", () => {
    let reviews: Record<string, QuestionReview> = { "raft-q1": dueOn(TODAY), "raft-q2": dueOn(TODAY) };
    for (const grade of ["again", "good"] as const) {
      const current = buildReviewQueue(input({ reviews })).current;
      assert.ok(current);
      reviews = { ...reviews, [current.id]: scheduleReview(reviews[current.id], grade, TODAY) };
    }
    const after = buildReviewQueue(input({ reviews }));
    assert.deepEqual(after.due, []);
    assert.deepEqual(after.next, { day: addDays(TODAY, 1), count: 1 }, "Again: tomorrow; Good after one day: six days");
  });

  it("counts due questions per guide", () => {
    const reviews = { "raft-q1": dueOn(TODAY), "raft-q4": dueOn("2024-05-01"), "lsm-trees-q1": dueOn(TODAY), "b-trees-q1": dueOn("2024-05-21") };
    assert.deepEqual(Object.fromEntries(dueCountsByGuide({ questions: QUESTIONS, reviews, today: TODAY })), { raft: 2, "lsm-trees": 1 });
  });
});

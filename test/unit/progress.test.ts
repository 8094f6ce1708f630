import assert from "node:assert/strict";
import {
  emptyProgress,
  exerciseProgress,
  PROGRESS_VERSION,
  reduceProgress,
  repairProgress,
  timeToFirstPass,
  type ProgressAction,
  type ProgressState,
} from "../../src/core/progress/progress";
import { scheduleReview } from "../../src/core/progress/scheduler";

const apply = (actions: ProgressAction[], state: ProgressState = emptyProgress()) => actions.reduce(reduceProgress, state);

describe("progress", () => {
  it("marks guides read and unread", () => {
    const read = apply([{ type: "guideRead", guideId: "big-o", at: 5 }]);
    assert.deepEqual(read.guides, { "big-o": { readAt: 5 } });
    assert.equal(apply([{ type: "guideRead", guideId: "big-o", at: 9 }], read), read, "reading again keeps the first time and the same state");
    assert.deepEqual(apply([{ type: "guideUnread", guideId: "big-o" }], read).guides, {});
  });

  it("tracks attempts, first pass time, hints and solution views", () => {
    const state = apply([
      { type: "exerciseStarted", exerciseId: "lru-cache", at: 1000 },
      { type: "testRunFinished", exerciseId: "lru-cache", language: "python", passed: 3, failed: 5, complete: true, at: 2000 },
      { type: "hintRevealed", exerciseId: "lru-cache", hintNumber: 2, at: 2500 },
      { type: "hintRevealed", exerciseId: "lru-cache", hintNumber: 1, at: 2600 },
      { type: "testRunFinished", exerciseId: "lru-cache", language: "python", passed: 8, failed: 0, complete: true, at: 4000 },
      { type: "testRunFinished", exerciseId: "lru-cache", language: "python", passed: 7, failed: 1, complete: true, at: 5000 },
      { type: "solutionViewed", exerciseId: "lru-cache", at: 6000 },
    ]);
    const progress = exerciseProgress(state, "lru-cache");
    assert.equal(progress.status, "passed", "a later failing run does not undo a pass");
    assert.equal(progress.attempts, 3);
    assert.equal(progress.hintsUsed, 2);
    assert.equal(progress.solutionViewed, true);
    assert.deepEqual(progress.passedLanguages, ["python"]);
    assert.equal(timeToFirstPass(progress), 3000);
  });

  it("does not count a partial run (one test) as passing the exercise", () => {
    const state = apply([{ type: "testRunFinished", exerciseId: "lru-cache", language: "typescript", passed: 1, failed: 0, complete: false, at: 1 }]);
    assert.equal(exerciseProgress(state, "lru-cache").status, "attempted");
    assert.equal(exerciseProgress(state, "lru-cache").firstPassedAt, undefined);
  });

  it("records question reviews with the scheduler, keyed by question id", () => {
    const state = apply([
      { type: "questionReviewed", questionId: "lsm-trees-write-sequential", grade: "good", day: "2024-03-01" },
      { type: "questionReviewed", questionId: "lsm-trees-write-sequential", grade: "good", day: "2024-03-02" },
      { type: "questionReviewed", questionId: "raft-election", grade: "again", day: "2024-03-02" },
    ]);
    assert.deepEqual(state.reviews["lsm-trees-write-sequential"], scheduleReview(scheduleReview(undefined, "good", "2024-03-01"), "good", "2024-03-02"));
    assert.equal(state.reviews["lsm-trees-write-sequential"].due, "2024-03-08");
    assert.equal(state.reviews["raft-election"].lapses, 1);
    assert.deepEqual(state.guides, {}, "reviews touch nothing else");
    assert.deepEqual(apply([{ type: "resetAll" }], state).reviews, {}, "Reset All Progress forgets reviews too");
  });

  it("keeps the other parts of the state when a question is reviewed (identity, for change detection)", () => {
    const before = apply([{ type: "guideRead", guideId: "big-o", at: 1 }]);
    const after = reduceProgress(before, { type: "questionReviewed", questionId: "big-o-q1", grade: "hard", day: "2024-03-01" });
    assert.equal(after.guides, before.guides);
    assert.equal(after.exercises, before.exercises);
    assert.notEqual(after.reviews, before.reviews);
  });

  it("reports an exercise with no progress as not started", () => {
    assert.deepEqual(exerciseProgress(emptyProgress(), "x"), { status: "not-started", attempts: 0, hintsUsed: 0, solutionViewed: false, passedLanguages: [] });
  });

  describe("repair", () => {
    it("keeps a sound state as it is", () => {
      const state = apply([
        { type: "guideRead", guideId: "big-o", at: 5 },
        { type: "testRunFinished", exerciseId: "lru-cache", language: "python", passed: 8, failed: 0, complete: true, at: 9 },
        { type: "questionReviewed", questionId: "big-o-amortized", grade: "easy", day: "2024-03-01" },
        { type: "questionReviewed", questionId: "big-o-amortized", grade: "again", day: "2024-03-05" },
      ]);
      assert.deepEqual(repairProgress(JSON.parse(JSON.stringify(state))), { state, repairs: [] });
    });

    it("starts fresh from nothing or from a non-object, saying why", () => {
      assert.deepEqual(repairProgress(undefined).repairs, []);
      for (const junk of ["garbage", 42, [1, 2]]) {
        const { state, repairs } = repairProgress(junk);
        assert.deepEqual(state, emptyProgress());
        assert.equal(repairs.length, 1);
      }
    });

    it("drops only the damaged entries and keeps the rest", () => {
      const { state, repairs } = repairProgress({
        version: 2,
        guides: { "big-o": { readAt: 10 }, "Bad Id": { readAt: 1 }, tcp: { readAt: "yesterday" } },
        exercises: {
          "lru-cache": { status: "passed", attempts: 4, hintsUsed: 1, solutionViewed: false, passedLanguages: ["python"] },
          "token-bucket": { status: "finished", attempts: -3, hintsUsed: 2, solutionViewed: "no", passedLanguages: "ts" },
          "bloom-filter": null,
        },
      });
      assert.deepEqual(Object.keys(state.guides), ["big-o"]);
      assert.equal(state.exercises["lru-cache"].status, "passed");
      assert.deepEqual(state.exercises["token-bucket"], { status: "not-started", attempts: 0, hintsUsed: 2, solutionViewed: false, passedLanguages: [] });
      assert.equal(state.exercises["bloom-filter"], undefined);
      assert.ok(repairs.length >= 6, repairs.join("\n"));
    });

    it("migrates version 1 state (readGuides list, no passedLanguages)", () => {
      const { state } = repairProgress({ readGuides: ["big-o", "tcp"], exercises: { "lru-cache": { status: "attempted", attempts: 2, hintsUsed: 0, solutionViewed: false } } });
      assert.deepEqual(Object.keys(state.guides).sort(), ["big-o", "tcp"]);
      assert.equal(state.version, PROGRESS_VERSION);
      assert.deepEqual(state.exercises["lru-cache"].passedLanguages, []);
      assert.equal(state.exercises["lru-cache"].attempts, 2);
      assert.deepEqual(state.reviews, {});
    });

    it("loads version 2 state (before reviews) without complaint, with no reviews", () => {
      const stored = { version: 2, guides: { "big-o": { readAt: 10 } }, exercises: {} };
      const { state, repairs } = repairProgress(stored);
      assert.deepEqual(repairs, []);
      assert.deepEqual(state, { version: PROGRESS_VERSION, guides: { "big-o": { readAt: 10 } }, exercises: {}, reviews: {} });
      const reviewed = reduceProgress(state, { type: "questionReviewed", questionId: "big-o-q1", grade: "good", day: "2024-03-01" });
      assert.equal(reviewed.reviews["big-o-q1"].due, "2024-03-02");
    });

    it("drops damaged review entries and keeps the sound ones", () => {
      const sound = scheduleReview(undefined, "good", "2024-03-01");
      const { state, repairs } = repairProgress({
        version: PROGRESS_VERSION,
        guides: {},
        exercises: {},
        reviews: {
          "lsm-trees-write-sequential": sound,
          "Bad Id": sound,
          // JSON.parse makes "__proto__" an own key, as a stored state would have it.
          ...JSON.parse(`{"__proto__": ${JSON.stringify(sound)}}`),
          "no-object": "good",
          "a-list": [sound],
          "null-entry": null,
          "ease-too-low": { ...sound, ease: 0.5 },
          "ease-nan": { ...sound, ease: Number.NaN },
          "interval-zero": { ...sound, interval: 0 },
          "interval-fraction": { ...sound, interval: 1.5 },
          "negative-lapses": { ...sound, lapses: -1 },
          "no-reviews": { ...sound, reviews: 0 },
          "unknown-grade": { ...sound, lastGrade: "perfect" },
          "bad-due": { ...sound, due: "2024-02-30" },
          "due-as-number": { ...sound, due: 1709251200000 },
          "missing-field": { ease: 2.5, interval: 1, repetitions: 1, lapses: 0, reviews: 1, lastGrade: "good", due: "2024-03-02", lastReviewed: "2024-03-01" },
          "due-before-review": { ...sound, due: "2024-02-01" },
        },
      });
      assert.deepEqual(Object.keys(state.reviews), ["lsm-trees-write-sequential"]);
      assert.deepEqual(state.reviews["lsm-trees-write-sequential"], sound);
      assert.equal(repairs.length, 16, repairs.join("\n"));
      assert.ok(repairs.every((repair) => /dropped invalid review of question/.test(repair)), repairs.join("\n"));
      assert.equal(Object.getPrototypeOf(state.reviews), Object.prototype);
    });

    it("drops reviews that are not an object at all, keeping the rest of the progress", () => {
      for (const reviews of ["lots", 3, null, [1]]) {
        const { state, repairs } = repairProgress({ version: PROGRESS_VERSION, guides: { "big-o": { readAt: 1 } }, exercises: {}, reviews });
        assert.deepEqual(state.reviews, {});
        assert.deepEqual(Object.keys(state.guides), ["big-o"]);
        assert.deepEqual(repairs, ["question reviews were not an object; dropped them"]);
      }
    });
  });
});

import assert from "node:assert/strict";
import { emptyProgress, exerciseProgress, reduceProgress, repairProgress, timeToFirstPass, type ProgressAction, type ProgressState } from "../../src/core/progress/progress";

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

  it("reports an exercise with no progress as not started", () => {
    assert.deepEqual(exerciseProgress(emptyProgress(), "x"), { status: "not-started", attempts: 0, hintsUsed: 0, solutionViewed: false, passedLanguages: [] });
  });

  describe("repair", () => {
    it("keeps a sound state as it is", () => {
      const state = apply([
        { type: "guideRead", guideId: "big-o", at: 5 },
        { type: "testRunFinished", exerciseId: "lru-cache", language: "python", passed: 8, failed: 0, complete: true, at: 9 },
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
      assert.equal(state.version, 2);
      assert.deepEqual(state.exercises["lru-cache"].passedLanguages, []);
      assert.equal(state.exercises["lru-cache"].attempts, 2);
    });
  });
});

import assert from "node:assert/strict";
import { parsePanelPage, parseWebviewMessage, reviewPage } from "../../src/core/protocol/messages";

describe("webview messages", () => {
  it("accepts each declared message shape", () => {
    for (const message of [
      { type: "ready" },
      { type: "openGuide", guideId: "lsm-trees" },
      { type: "openGuide", guideId: "lsm-trees", anchor: "compaction" },
      { type: "openExercise", exerciseId: "lru-cache" },
      { type: "openExternal", url: "https://example.com/a?b=c" },
      { type: "setRead", guideId: "big-o", read: true },
      { type: "navigate", direction: "back" },
      { type: "generateExercise", exerciseId: "lru-cache", language: "python" },
      { type: "copyCode", text: "const a = 1;" },
      { type: "showHint", exerciseId: "lru-cache" },
      { type: "openReview" },
      { type: "openReview", guideId: "lsm-trees" },
      { type: "openReview", includeNew: true },
      { type: "openReview", guideId: "lsm-trees", includeNew: false },
      { type: "gradeQuestion", questionId: "lsm-trees-write-sequential", grade: "again" },
      { type: "gradeQuestion", questionId: "lsm-trees-write-sequential", grade: "hard" },
      { type: "gradeQuestion", questionId: "lsm-trees-write-sequential", grade: "good" },
      { type: "gradeQuestion", questionId: "lsm-trees-write-sequential", grade: "easy" },
    ]) {
      assert.deepEqual(parseWebviewMessage(message), message);
    }
  });

  it("rejects unknown types, extra fields, missing fields and wrong types", () => {
    for (const message of [
      null,
      "ready",
      [],
      { type: "runCommand", command: "workbench.action.quit" },
      { type: "ready", extra: 1 },
      { type: "openGuide" },
      { type: "openGuide", guideId: "../../etc/passwd" },
      { type: "openGuide", guideId: "lsm-trees", anchor: "x\" onload=\"y" },
      { type: "openExternal", url: "command:workbench.action.quit" },
      { type: "openExternal", url: "javascript:alert(1)" },
      { type: "openExternal", url: "file:///etc/passwd" },
      { type: "setRead", guideId: "big-o", read: "yes" },
      { type: "navigate", direction: "sideways" },
      { type: "generateExercise", exerciseId: "lru-cache", language: "cobol" },
      { type: "copyCode", text: "x".repeat(300_000) },
      { type: "__proto__" },
      { type: "toString" },
      { type: "openReview", guideId: "../lsm-trees" },
      { type: "openReview", guideId: "" },
      { type: "openReview", includeNew: "yes" },
      { type: "openReview", all: true },
      { type: "gradeQuestion", questionId: "lsm-trees-write-sequential" },
      { type: "gradeQuestion", grade: "good" },
      { type: "gradeQuestion", questionId: "lsm-trees-write-sequential", grade: "perfect" },
      { type: "gradeQuestion", questionId: "lsm-trees-write-sequential", grade: 3 },
      { type: "gradeQuestion", questionId: "lsm-trees-write-sequential", grade: "Good" },
      { type: "gradeQuestion", questionId: "Q-1 {#x}", grade: "good" },
      { type: "gradeQuestion", questionId: "lsm-trees-write-sequential", grade: "good", day: "2000-01-01" },
      { type: "gradeQuestion", questionId: ["lsm-trees-write-sequential"], grade: "good" },
    ]) {
      assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message)?.slice(0, 80));
    }
  });

  it("validates pages restored from webview state", () => {
    assert.deepEqual(parsePanelPage({ kind: "guide", guideId: "big-o" }), { kind: "guide", guideId: "big-o" });
    assert.deepEqual(parsePanelPage({ kind: "exercise", exerciseId: "lru-cache" }), { kind: "exercise", exerciseId: "lru-cache" });
    assert.equal(parsePanelPage({ kind: "guide", guideId: "/etc/passwd" }), undefined);
    assert.equal(parsePanelPage({ kind: "file", path: "/x" }), undefined);
    assert.equal(parsePanelPage(undefined), undefined);
  });

  it("validates review pages restored from webview state, keeping only known fields", () => {
    assert.deepEqual(parsePanelPage({ kind: "review" }), { kind: "review" });
    assert.deepEqual(parsePanelPage({ kind: "review", guideId: "lsm-trees", includeNew: true }), { kind: "review", guideId: "lsm-trees", includeNew: true });
    assert.deepEqual(parsePanelPage({ kind: "review", includeNew: false, questionId: "x" }), { kind: "review" });
    assert.equal(parsePanelPage({ kind: "review", guideId: "../../etc" }), undefined);
    assert.equal(parsePanelPage({ kind: "review", includeNew: "true" }), undefined);
    assert.deepEqual(reviewPage(undefined, false), { kind: "review" });
    assert.deepEqual(reviewPage("raft", true), { kind: "review", guideId: "raft", includeNew: true });
  });
});

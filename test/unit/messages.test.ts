import assert from "node:assert/strict";
import { parsePanelPage, parseWebviewMessage } from "../../src/core/protocol/messages";

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
});

import assert from "node:assert/strict";
import { locatePythonTests, locateTypeScriptTests } from "../../src/core/exercises/testLocator";

describe("test locator", () => {
  it("finds TypeScript tests, suites, their lines and nesting, ignoring strings and comments", () => {
    const source = [
      'import { test, describe, it } from "node:test";',
      "// test(\"commented out\", () => {});",
      'describe("LRUCache", () => {',
      '  test("evicts the least recently used key", () => {',
      '    const s = "test(\\"not a test\\")";',
      "    /* it('also not', () => {}) */",
      "  });",
      "  it('refreshes on get', async () => {",
      "    assert.ok(/x/.test(\"y\"));",
      "  });",
      "});",
      "test(`rejects capacity ${0}`, () => {});",
      "test(",
      '  "takes a multi-line call",',
      "  () => {},",
      ");",
    ].join("\n");
    const tests = locateTypeScriptTests(source);
    assert.deepEqual(
      tests.map((test) => ({ id: test.id, line: test.line, kind: test.kind, children: test.children.map((child) => [child.id, child.line]) })),
      [
        { id: "LRUCache", line: 2, kind: "suite", children: [["LRUCache > evicts the least recently used key", 3], ["LRUCache > refreshes on get", 7]] },
        { id: "takes a multi-line call", line: 12, kind: "test", children: [] },
      ],
    );
  });

  it("finds unittest methods in TestCase classes with module-qualified ids", () => {
    const source = [
      "import unittest",
      "from lru_cache import LRUCache",
      "",
      "class Helper:",
      "    def test_not_a_test(self): pass",
      "",
      "class TestLRUCache(unittest.TestCase):",
      "    def setUp(self):",
      "        self.cache = LRUCache(2)",
      "",
      "    def test_evicts_the_least_recently_used_key(self):",
      "        pass",
      "",
      "    async def test_async_one(self):",
      "        pass",
      "",
      "if __name__ == '__main__':",
      "    unittest.main()",
    ].join("\n");
    const suites = locatePythonTests(source, "test_lru_cache");
    assert.equal(suites.length, 1);
    assert.equal(suites[0].id, "test_lru_cache.TestLRUCache");
    assert.deepEqual(
      suites[0].children.map((test) => [test.id, test.label, test.line]),
      [
        ["test_lru_cache.TestLRUCache.test_evicts_the_least_recently_used_key", "evicts the least recently used key", 10],
        ["test_lru_cache.TestLRUCache.test_async_one", "async one", 13],
      ],
    );
  });
});

import assert from "node:assert/strict";
import { loadCatalogue } from "../../src/core/content/catalogueLoader";
import { CATEGORIES, memorySource, validGuide } from "./helpers";

describe("catalogue loading", () => {
  it("loads categories in order, guides and exercises, with no problems for valid content", async () => {
    const catalogue = await loadCatalogue(
      memorySource({
        "categories.yaml": CATEGORIES,
        "guides/databases/lsm-trees.md": validGuide("lsm-trees", { exercises: ["lsm-tree"] }),
        "guides/caching/redis-operations.md": validGuide("redis-operations", { category: "caching", related: ["lsm-trees"] }),
        "exercises/lsm-tree/exercise.yaml": "id: lsm-tree\ntitle: LSM tree\nguide: lsm-trees\ndifficulty: advanced\nestimatedMinutes: 60\nsummary: Build one.\nlanguages: [typescript, python]\nhints: [a, b, c]\n",
      }),
    );
    assert.deepEqual(catalogue.problems, []);
    assert.deepEqual(catalogue.categories.map((category) => category.id), ["databases", "caching"]);
    assert.deepEqual(catalogue.guides.map((guide) => guide.id).sort(), ["lsm-trees", "redis-operations"]);
    const guide = catalogue.guides.find((candidate) => candidate.id === "lsm-trees");
    assert.equal(guide?.file, "guides/databases/lsm-trees.md");
    assert.deepEqual(guide?.keywords, ["LSM", "429"], "a bare number in a list is kept as text");
    assert.equal(catalogue.exercises[0].guide, "lsm-trees");
  });

  it("reports a broken guide with file and line and still loads the others", async () => {
    const broken = validGuide("broken").replace("difficulty: intermediate", "difficulty: [unclosed");
    const catalogue = await loadCatalogue(
      memorySource({
        "categories.yaml": CATEGORIES,
        "guides/databases/broken.md": broken,
        "guides/databases/good.md": validGuide("good"),
      }),
    );
    assert.deepEqual(catalogue.guides.map((guide) => guide.id), ["good"]);
    assert.ok(catalogue.problems.length >= 1);
    const problem = catalogue.problems[0];
    assert.equal(problem.file, "guides/databases/broken.md");
    assert.ok(problem.line >= 2 && problem.line <= 12, `line ${problem.line} should be inside the front matter`);
    assert.match(problem.message, /invalid YAML/);
  });

  it("names the line of a field with a wrong value", async () => {
    const guide = validGuide("lsm-trees").replace("difficulty: intermediate", "difficulty: expert");
    const catalogue = await loadCatalogue(memorySource({ "categories.yaml": CATEGORIES, "guides/databases/lsm-trees.md": guide }));
    const problem = catalogue.problems.find((candidate) => /difficulty/.test(candidate.message));
    assert.ok(problem, JSON.stringify(catalogue.problems));
    assert.equal(problem.line, 6);
    assert.match(problem.message, /beginner \| intermediate \| advanced/);
  });

  it("reports a guide whose id differs from its file name, and a missing front matter", async () => {
    const catalogue = await loadCatalogue(
      memorySource({
        "categories.yaml": CATEGORIES,
        "guides/databases/other-name.md": validGuide("lsm-trees"),
        "guides/databases/plain.md": "# Just markdown\n",
      }),
    );
    const messages = catalogue.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
    assert.ok(messages.some((message) => /other-name\.md:2: id "lsm-trees" must equal the file name "other-name"/.test(message)), messages.join("\n"));
    assert.ok(messages.some((message) => /plain\.md:1: missing front matter/.test(message)), messages.join("\n"));
  });

  it("checks references: unknown related guides, exercises and categories", async () => {
    const catalogue = await loadCatalogue(
      memorySource({
        "categories.yaml": CATEGORIES,
        "guides/databases/a.md": validGuide("a", { related: ["nope"], exercises: ["missing-exercise"] }),
        "guides/unknown/b.md": validGuide("b", { category: "unknown" }),
        "exercises/x/exercise.yaml": "id: x\ntitle: X\nguide: a\ndifficulty: beginner\nestimatedMinutes: 10\nsummary: s\nlanguages: [typescript]\nhints: [a, b, c]\n",
      }),
    );
    const messages = catalogue.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`).join("\n");
    assert.match(messages, /a\.md:10: related guide "nope" does not exist/);
    assert.match(messages, /a\.md:11: exercise "missing-exercise" does not exist/);
    assert.match(messages, /guides\/unknown:1: folder "unknown" is not a category/);
    assert.match(messages, /exercises\/x\/exercise\.yaml:3: guide "a" does not list this exercise/);
  });

  it("reports a missing categories file and an exercise without enough hints", async () => {
    const catalogue = await loadCatalogue(
      memorySource({
        "exercises/x/exercise.yaml": "id: x\ntitle: X\nguide: a\ndifficulty: beginner\nestimatedMinutes: 10\nsummary: s\nlanguages: [typescript, cobol]\nhints: [only one]\n",
      }),
    );
    const messages = catalogue.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`).join("\n");
    assert.match(messages, /categories\.yaml:1: categories\.yaml is missing/);
    assert.match(messages, /exercise\.yaml:8: "hints" needs at least 3 items, has 1/);
    assert.match(messages, /exercise\.yaml:7: unknown language "cobol"/);
    assert.deepEqual(catalogue.exercises[0].languages, ["typescript"]);
  });
});

describe("guide order", () => {
  it("follows the category's guides list, then titles, and reports listed guides that do not exist", async () => {
    const categories = CATEGORIES.replace("  summary: Storage.\n", "  summary: Storage.\n  guides: [zeta, alpha, ghost]\n");
    const catalogue = await loadCatalogue(
      memorySource({
        "categories.yaml": categories,
        "guides/databases/alpha.md": validGuide("alpha"),
        "guides/databases/zeta.md": validGuide("zeta"),
        "guides/databases/beta.md": validGuide("beta"),
        "guides/caching/cache.md": validGuide("cache", { category: "caching" }),
      }),
    );
    assert.deepEqual(catalogue.guides.map((guide) => guide.id), ["zeta", "alpha", "beta", "cache"]);
    assert.deepEqual(
      catalogue.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`),
      ['categories.yaml:1: category "databases" lists guide "ghost", which is not in guides/databases/'],
    );
  });
});

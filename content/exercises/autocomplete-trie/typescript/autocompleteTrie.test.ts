import { test } from "node:test";
import assert from "node:assert/strict";
import { AutocompleteTrie } from "./autocompleteTrie";

function trieOf(entries: Array<[string, number]>): AutocompleteTrie {
  const trie = new AutocompleteTrie();
  for (const [word, weight] of entries) trie.insert(word, weight);
  return trie;
}

test("an empty trie suggests nothing", () => {
  const trie = new AutocompleteTrie();
  assert.deepEqual(trie.suggest("", 5), []);
  assert.deepEqual(trie.suggest("a", 5), []);
  assert.equal(trie.size, 0);
  assert.equal(trie.nodeCount, 0);
  assert.equal(trie.has("a"), false);
});

test("suggests the words that start with the prefix, highest weight first", () => {
  const trie = trieOf([["car", 50], ["cart", 80], ["cat", 20], ["dog", 99], ["carbon", 65]]);
  assert.deepEqual(trie.suggest("car", 10), ["cart", "carbon", "car"]);
  assert.deepEqual(trie.suggest("ca", 10), ["cart", "carbon", "car", "cat"]);
  assert.deepEqual(trie.suggest("d", 10), ["dog"]);
});

test("orders words with equal weights alphabetically", () => {
  const trie = trieOf([["beta", 5], ["bravo", 5], ["banana", 5], ["bark", 7]]);
  assert.deepEqual(trie.suggest("b", 10), ["bark", "banana", "beta", "bravo"]);
});

test("returns at most k suggestions", () => {
  const trie = trieOf([["sun", 1], ["sunday", 4], ["sunny", 3], ["sunset", 2]]);
  assert.deepEqual(trie.suggest("sun", 2), ["sunday", "sunny"]);
  assert.deepEqual(trie.suggest("sun", 1), ["sunday"]);
  assert.deepEqual(trie.suggest("sun", 0), []);
  assert.deepEqual(trie.suggest("sun", 100), ["sunday", "sunny", "sunset", "sun"]);
});

test("includes the prefix itself when it is a word", () => {
  const trie = trieOf([["go", 10], ["gopher", 3], ["golang", 5]]);
  assert.deepEqual(trie.suggest("go", 3), ["go", "golang", "gopher"]);
  assert.deepEqual(trie.suggest("gopher", 3), ["gopher"]);
});

test("returns nothing for a prefix that no word starts with", () => {
  const trie = trieOf([["apple", 1], ["apply", 2]]);
  assert.deepEqual(trie.suggest("b", 5), []);
  assert.deepEqual(trie.suggest("applesauce", 5), []);
  assert.deepEqual(trie.suggest("Apple", 5), [], "matching is case-sensitive");
});

test("an empty prefix ranks every word", () => {
  const trie = trieOf([["x", 1], ["yy", 3], ["zzz", 2]]);
  assert.deepEqual(trie.suggest("", 10), ["yy", "zzz", "x"]);
  assert.deepEqual(trie.suggest("", 1), ["yy"]);
});

test("finds the best completion even when it lies deep in the subtree", () => {
  const trie = trieOf([["a", 1], ["ab", 2], ["abc", 3], ["ad", 4], ["abcdefghij", 100], ["b", 1000]]);
  assert.deepEqual(trie.suggest("a", 1), ["abcdefghij"]);
  assert.deepEqual(trie.suggest("a", 2), ["abcdefghij", "ad"]);
});

test("inserting an existing word replaces its weight without adding it twice", () => {
  const trie = trieOf([["java", 10], ["javascript", 20]]);
  trie.insert("java", 30);
  assert.equal(trie.size, 2);
  assert.equal(trie.weightOf("java"), 30);
  assert.deepEqual(trie.suggest("java", 5), ["java", "javascript"]);
  trie.insert("java", 0);
  assert.deepEqual(trie.suggest("java", 5), ["javascript", "java"]);
});

test("words share the nodes of their common prefixes", () => {
  const trie = trieOf([["car", 1], ["cart", 1], ["care", 1]]);
  assert.equal(trie.nodeCount, 5);
  trie.insert("cat", 1);
  assert.equal(trie.nodeCount, 6);
  trie.insert("car", 9);
  assert.equal(trie.nodeCount, 6);
  assert.equal(trie.size, 4);
});

test("remove deletes a word, keeps words sharing its prefix and prunes unused nodes", () => {
  const trie = trieOf([["car", 1], ["cart", 2], ["care", 3]]);
  assert.equal(trie.remove("cart"), true);
  assert.equal(trie.nodeCount, 4);
  assert.equal(trie.remove("car"), true);
  assert.equal(trie.nodeCount, 4, "care still needs c, a, r, e");
  assert.equal(trie.has("car"), false);
  assert.equal(trie.has("care"), true);
  assert.deepEqual(trie.suggest("car", 5), ["care"]);
  trie.insert("car", 1);
  assert.equal(trie.remove("care"), true);
  assert.equal(trie.nodeCount, 3, "car still needs c, a, r");
  assert.deepEqual(trie.suggest("c", 5), ["car"]);
  assert.equal(trie.remove("car"), true);
  assert.equal(trie.nodeCount, 0);
  assert.equal(trie.size, 0);
  assert.deepEqual(trie.suggest("", 5), []);
});

test("remove returns false for an absent word or a prefix that is not a word", () => {
  const trie = trieOf([["card", 1]]);
  assert.equal(trie.remove("car"), false);
  assert.equal(trie.remove("cards"), false);
  assert.equal(trie.remove("dog"), false);
  assert.equal(trie.size, 1);
  assert.equal(trie.nodeCount, 4);
  assert.equal(trie.has("car"), false);
  assert.equal(trie.weightOf("car"), undefined);
});

test("matches a brute-force ranking over many generated words", () => {
  const trie = new AutocompleteTrie();
  const model = new Map<string, number>();
  let seed = 4242;
  const next = (n: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  for (let i = 0; i < 600; i++) {
    let word = "";
    const length = 1 + next(6);
    for (let j = 0; j < length; j++) word += "abc"[next(3)];
    const weight = next(20);
    trie.insert(word, weight);
    model.set(word, weight);
  }
  for (const prefix of ["", "a", "b", "ab", "ca", "abc", "cccc", "bacab"]) {
    const expected = [...model.entries()]
      .filter(([word]) => word.startsWith(prefix))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, 7)
      .map(([word]) => word);
    assert.deepEqual(trie.suggest(prefix, 7), expected, `prefix "${prefix}"`);
  }
  assert.equal(trie.size, model.size);
});

test("rejects an empty word, an invalid weight or an invalid k with RangeError", () => {
  const trie = new AutocompleteTrie();
  assert.throws(() => trie.insert("", 1), RangeError);
  assert.throws(() => trie.insert("word", -1), RangeError);
  assert.throws(() => trie.insert("word", Number.NaN), RangeError);
  assert.throws(() => trie.insert("word", Number.POSITIVE_INFINITY), RangeError);
  assert.throws(() => trie.suggest("w", -1), RangeError);
  assert.throws(() => trie.suggest("w", 1.5), RangeError);
  assert.equal(trie.size, 0);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { LSMTree } from "./lsmTree";

test("get returns the latest value written to the memtable", () => {
  const db = new LSMTree(10);
  db.put("a", "1");
  db.put("a", "2");
  assert.equal(db.get("a"), "2");
  assert.equal(db.memtableSize(), 1);
  assert.deepEqual(db.runs(), []);
});

test("get returns undefined for a key that was never written", () => {
  const db = new LSMTree(2);
  assert.equal(db.get("missing"), undefined);
  db.put("a", "1");
  db.put("b", "2");
  assert.equal(db.get("missing"), undefined);
});

test("flush turns the memtable into a run sorted by key and empties the memtable", () => {
  const db = new LSMTree(10);
  db.put("m", "1");
  db.put("c", "2");
  db.put("x", "3");
  db.put("a", "4");
  db.flush();
  assert.deepEqual(db.runs(), [[["a", "4"], ["c", "2"], ["m", "1"], ["x", "3"]]]);
  assert.equal(db.memtableSize(), 0);
  assert.equal(db.get("m"), "1");
});

test("the memtable flushes automatically once it holds memtableLimit distinct keys", () => {
  const db = new LSMTree(3);
  db.put("b", "1");
  db.put("a", "1");
  db.put("b", "2"); // overwrites in place: still 2 distinct keys
  assert.equal(db.memtableSize(), 2);
  assert.deepEqual(db.runs(), []);
  db.put("c", "1");
  assert.equal(db.memtableSize(), 0);
  assert.deepEqual(db.runs(), [[["a", "1"], ["b", "2"], ["c", "1"]]]);
});

test("flushing an empty memtable creates no run", () => {
  const db = new LSMTree(5);
  db.flush();
  assert.deepEqual(db.runs(), []);
  db.put("a", "1");
  db.flush();
  db.flush();
  assert.equal(db.runs().length, 1);
});

test("reads return the newest version across the memtable and the runs", () => {
  const db = new LSMTree(100);
  db.put("k", "v1");
  db.flush();
  db.put("k", "v2");
  db.flush();
  db.put("other", "x");
  db.flush();
  assert.equal(db.get("k"), "v2");
  db.put("k", "v3");
  assert.equal(db.get("k"), "v3");
  db.flush();
  assert.equal(db.get("k"), "v3");
  assert.equal(db.runs().length, 4);
});

test("runs are listed newest first and later writes never change them", () => {
  const db = new LSMTree(100);
  db.put("a", "old");
  db.flush();
  db.put("a", "new");
  db.flush();
  db.put("a", "newest");
  db.delete("b");
  assert.deepEqual(db.runs(), [[["a", "new"]], [["a", "old"]]]);
  const copy = db.runs();
  copy[0].push(["z", "tampered"]);
  assert.deepEqual(db.runs(), [[["a", "new"]], [["a", "old"]]]);
});

test("delete writes a tombstone that hides the value in an older run", () => {
  const db = new LSMTree(100);
  db.put("a", "1");
  db.put("b", "2");
  db.flush();
  db.delete("a");
  assert.equal(db.get("a"), undefined);
  db.flush();
  assert.deepEqual(db.runs()[0], [["a", null]]);
  assert.equal(db.get("a"), undefined);
  assert.equal(db.get("b"), "2");
});

test("a put after a delete brings the key back", () => {
  const db = new LSMTree(100);
  db.put("a", "1");
  db.flush();
  db.delete("a");
  db.flush();
  db.put("a", "2");
  assert.equal(db.get("a"), "2");
  db.flush();
  assert.equal(db.get("a"), "2");
});

test("scan returns live keys in the half-open range with their newest values", () => {
  const db = new LSMTree(100);
  db.put("a", "1");
  db.put("b", "1");
  db.put("c", "1");
  db.put("d", "1");
  db.flush();
  db.put("b", "2");
  db.delete("c");
  db.flush();
  db.put("bb", "3");
  db.put("a", "3");
  assert.deepEqual(db.scan("b", "d"), [["b", "2"], ["bb", "3"]]);
  assert.deepEqual(db.scan("a", "z"), [["a", "3"], ["b", "2"], ["bb", "3"], ["d", "1"]]);
  assert.deepEqual(db.scan("x", "z"), []);
});

test("compaction merges all runs into one keeping only the newest version of each key", () => {
  const db = new LSMTree(100);
  db.put("a", "1");
  db.put("c", "1");
  db.flush();
  db.put("a", "2");
  db.put("b", "2");
  db.flush();
  db.put("c", "3");
  db.flush();
  db.compact();
  assert.deepEqual(db.runs(), [[["a", "2"], ["b", "2"], ["c", "3"]]]);
  assert.equal(db.get("a"), "2");
  assert.equal(db.get("c"), "3");
});

test("compaction drops tombstones together with the values they hid", () => {
  const db = new LSMTree(100);
  db.put("a", "1");
  db.put("b", "1");
  db.flush();
  db.delete("a");
  db.flush();
  db.compact();
  assert.deepEqual(db.runs(), [[["b", "1"]]]);
  assert.equal(db.get("a"), undefined);
  db.delete("b");
  db.flush();
  db.compact();
  assert.deepEqual(db.runs(), []);
  assert.equal(db.get("b"), undefined);
});

test("compaction leaves the memtable alone so a tombstone there still hides the key", () => {
  const db = new LSMTree(100);
  db.put("a", "1");
  db.flush();
  db.delete("a");
  db.compact();
  assert.deepEqual(db.runs(), [[["a", "1"]]]);
  assert.equal(db.memtableSize(), 1);
  assert.equal(db.get("a"), undefined);
  assert.deepEqual(db.scan("a", "b"), []);
});

test("rejects a memtable limit that is not a positive integer", () => {
  assert.throws(() => new LSMTree(0), RangeError);
  assert.throws(() => new LSMTree(-3), RangeError);
  assert.throws(() => new LSMTree(1.5), RangeError);
});

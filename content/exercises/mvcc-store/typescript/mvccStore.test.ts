import { test } from "node:test";
import assert from "node:assert/strict";
import { MVCCStore, TransactionClosedError, WriteConflictError } from "./mvccStore";

/** Commits the given writes in one transaction (null deletes). */
function commitWrites(store: MVCCStore, writes: Record<string, string | null>): void {
  const tx = store.begin();
  for (const [key, value] of Object.entries(writes)) {
    if (value === null) tx.delete(key);
    else tx.put(key, value);
  }
  tx.commit();
}

test("a committed write is visible to transactions that begin afterwards", () => {
  const store = new MVCCStore();
  assert.equal(store.get("a"), undefined);
  commitWrites(store, { a: "1" });
  assert.equal(store.get("a"), "1");
  const reader = store.begin();
  assert.equal(reader.get("a"), "1");
  assert.equal(reader.get("missing"), undefined);
});

test("a transaction reads its own uncommitted writes and nobody else does", () => {
  const store = new MVCCStore();
  commitWrites(store, { a: "1" });
  const writer = store.begin();
  const other = store.begin();
  writer.put("a", "2");
  writer.put("b", "new");
  writer.put("a", "3");
  assert.equal(writer.get("a"), "3");
  assert.equal(writer.get("b"), "new");
  assert.equal(other.get("a"), "1");
  assert.equal(other.get("b"), undefined);
  assert.equal(store.get("a"), "1");
  writer.delete("a");
  assert.equal(writer.get("a"), undefined);
  assert.equal(store.get("a"), "1");
});

test("a snapshot does not see commits made after it began, even of new keys", () => {
  const store = new MVCCStore();
  commitWrites(store, { a: "1" });
  const reader = store.begin();
  commitWrites(store, { a: "2", b: "born later" });
  assert.equal(reader.get("a"), "1");
  assert.equal(reader.get("b"), undefined);
  assert.equal(store.begin().get("a"), "2");
  assert.equal(store.begin().get("b"), "born later");
});

test("a delete adds a version so older snapshots still see the old value", () => {
  const store = new MVCCStore();
  commitWrites(store, { a: "1" });
  const before = store.begin();
  commitWrites(store, { a: null });
  assert.equal(before.get("a"), "1");
  assert.equal(store.begin().get("a"), undefined);
  assert.equal(store.get("a"), undefined);
  assert.equal(store.versionCount("a"), 2);
});

test("when two transactions write the same key the first committer wins", () => {
  const store = new MVCCStore();
  commitWrites(store, { balance: "100" });
  const t1 = store.begin();
  const t2 = store.begin();
  t1.put("balance", "90");
  t2.put("balance", "80");
  t1.commit();
  assert.throws(() => t2.commit(), WriteConflictError);
  assert.equal(store.get("balance"), "90");
});

test("a transaction that loses a conflict applies none of its writes", () => {
  const store = new MVCCStore();
  commitWrites(store, { x: "0", y: "0" });
  const t1 = store.begin();
  const t2 = store.begin();
  t1.put("x", "t1");
  t2.put("y", "t2");
  t2.put("z", "t2");
  t2.put("x", "t2");
  t1.commit();
  assert.throws(() => t2.commit(), WriteConflictError);
  assert.equal(store.get("x"), "t1");
  assert.equal(store.get("y"), "0");
  assert.equal(store.get("z"), undefined);
  assert.equal(store.versionCount("z"), 0);
});

test("a blind write or delete conflicts with a newer committed version it never read", () => {
  const store = new MVCCStore();
  commitWrites(store, { a: "1", b: "1" });
  const blindPut = store.begin();
  const blindDelete = store.begin();
  commitWrites(store, { a: "2", b: "2" });
  blindPut.put("a", "3");
  blindDelete.delete("b");
  assert.throws(() => blindPut.commit(), WriteConflictError);
  assert.throws(() => blindDelete.commit(), WriteConflictError);
  assert.equal(store.get("a"), "2");
  assert.equal(store.get("b"), "2");
});

test("a version committed before the snapshot is not a conflict", () => {
  const store = new MVCCStore();
  commitWrites(store, { a: "1" });
  commitWrites(store, { a: "2" });
  const tx = store.begin();
  tx.put("a", "3");
  tx.commit();
  assert.equal(store.get("a"), "3");
  assert.equal(store.versionCount("a"), 3);
});

test("concurrent writes to different keys both commit, so write skew is possible", () => {
  const store = new MVCCStore();
  commitWrites(store, { aliceOnCall: "yes", bobOnCall: "yes" });
  const alice = store.begin();
  const bob = store.begin();
  // Each checks that the other is still on call, then goes off call.
  assert.equal(alice.get("bobOnCall"), "yes");
  assert.equal(bob.get("aliceOnCall"), "yes");
  alice.put("aliceOnCall", "no");
  bob.put("bobOnCall", "no");
  alice.commit();
  bob.commit();
  assert.equal(store.get("aliceOnCall"), "no");
  assert.equal(store.get("bobOnCall"), "no");
});

test("a transaction that only read never conflicts", () => {
  const store = new MVCCStore();
  commitWrites(store, { a: "1" });
  const reader = store.begin();
  assert.equal(reader.get("a"), "1");
  commitWrites(store, { a: "2" });
  assert.equal(reader.get("a"), "1");
  reader.commit();
  assert.equal(store.get("a"), "2");
});

test("a finished transaction rejects every further call and aborted writes never appear", () => {
  const store = new MVCCStore();
  const aborted = store.begin();
  aborted.put("a", "ghost");
  aborted.abort();
  assert.equal(store.get("a"), undefined);
  assert.equal(store.versionCount("a"), 0);
  const committed = store.begin();
  committed.put("b", "1");
  committed.commit();
  const loser = store.begin();
  commitWrites(store, { b: "2" });
  loser.put("b", "3");
  assert.throws(() => loser.commit(), WriteConflictError);
  for (const tx of [aborted, committed, loser]) {
    assert.throws(() => tx.get("a"), TransactionClosedError);
    assert.throws(() => tx.put("a", "x"), TransactionClosedError);
    assert.throws(() => tx.delete("a"), TransactionClosedError);
    assert.throws(() => tx.commit(), TransactionClosedError);
    assert.throws(() => tx.abort(), TransactionClosedError);
  }
  assert.equal(store.get("a"), undefined);
  assert.equal(store.get("b"), "2");
});

test("vacuum keeps the versions active snapshots still need and removes the rest", () => {
  const store = new MVCCStore();
  commitWrites(store, { a: "1" });
  commitWrites(store, { a: "2", b: "x" });
  const reader = store.begin();
  commitWrites(store, { a: "3" });
  commitWrites(store, { b: null });
  commitWrites(store, { a: "4" });
  assert.equal(store.versionCount("a"), 4);
  assert.equal(store.versionCount("b"), 2);

  assert.equal(store.vacuum(), 1); // only a = "1" is invisible to everyone
  assert.equal(store.versionCount("a"), 3);
  assert.equal(store.versionCount("b"), 2);
  assert.equal(reader.get("a"), "2");
  assert.equal(reader.get("b"), "x");

  reader.commit();
  assert.equal(store.vacuum(), 4); // a = "2", "3"; b = "x" and its delete
  assert.equal(store.versionCount("a"), 1);
  assert.equal(store.versionCount("b"), 0);
  assert.equal(store.get("a"), "4");
  assert.equal(store.get("b"), undefined);
  assert.equal(store.vacuum(), 0);
});

test("a transaction that lost a conflict or aborted no longer holds back vacuum", () => {
  const store = new MVCCStore();
  commitWrites(store, { a: "1" });
  const loser = store.begin();
  const quitter = store.begin();
  commitWrites(store, { a: "2" });
  loser.put("a", "3");
  assert.throws(() => loser.commit(), WriteConflictError);
  quitter.abort();
  assert.equal(store.vacuum(), 1); // no snapshot is active: only a = "2" is kept
  assert.equal(store.versionCount("a"), 1);
  assert.equal(store.get("a"), "2");
});

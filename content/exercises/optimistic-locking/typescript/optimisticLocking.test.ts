import { test } from "node:test";
import assert from "node:assert/strict";
import { ConflictError, NotFoundError, VersionedStore, updateWithRetry } from "./optimisticLocking";

interface Account {
  owner: string;
  balance: number;
}

test("insert stores a new record at version 1", () => {
  const store = new VersionedStore<Account>();
  assert.deepEqual(store.insert("acc-1", { owner: "ada", balance: 10 }), {
    value: { owner: "ada", balance: 10 },
    version: 1,
  });
  assert.deepEqual(store.get("acc-1"), { value: { owner: "ada", balance: 10 }, version: 1 });
  assert.equal(store.get("acc-2"), undefined);
});

test("inserting an id that already exists is a conflict against version 0", () => {
  const store = new VersionedStore<Account>();
  store.insert("acc-1", { owner: "ada", balance: 10 });
  store.update("acc-1", 1, { owner: "ada", balance: 20 });
  assert.throws(
    () => store.insert("acc-1", { owner: "eve", balance: 0 }),
    (error: unknown) => error instanceof ConflictError && error.expectedVersion === 0 && error.actualVersion === 2,
  );
  assert.deepEqual(store.get("acc-1"), { value: { owner: "ada", balance: 20 }, version: 2 });
});

test("an update with the current version stores the value and bumps the version", () => {
  const store = new VersionedStore<Account>();
  store.insert("acc-1", { owner: "ada", balance: 10 });
  assert.deepEqual(store.update("acc-1", 1, { owner: "ada", balance: 15 }), {
    value: { owner: "ada", balance: 15 },
    version: 2,
  });
  assert.deepEqual(store.update("acc-1", 2, { owner: "ada", balance: 5 }).version, 3);
  assert.deepEqual(store.get("acc-1"), { value: { owner: "ada", balance: 5 }, version: 3 });
});

test("an update with a stale version throws ConflictError and changes nothing", () => {
  const store = new VersionedStore<Account>();
  store.insert("acc-1", { owner: "ada", balance: 10 });
  store.update("acc-1", 1, { owner: "ada", balance: 15 });
  assert.throws(
    () => store.update("acc-1", 1, { owner: "ada", balance: 999 }),
    (error: unknown) =>
      error instanceof ConflictError && error.id === "acc-1" && error.expectedVersion === 1 && error.actualVersion === 2,
  );
  assert.throws(() => store.update("acc-1", 3, { owner: "ada", balance: 999 }), ConflictError);
  assert.deepEqual(store.get("acc-1"), { value: { owner: "ada", balance: 15 }, version: 2 });
});

test("of two writers that read the same version only the first one's update succeeds", () => {
  const store = new VersionedStore<Account>();
  store.insert("acc-1", { owner: "ada", balance: 100 });
  const alice = store.get("acc-1")!;
  const bob = store.get("acc-1")!;
  store.update("acc-1", alice.version, { ...alice.value, balance: alice.value.balance - 30 });
  assert.throws(
    () => store.update("acc-1", bob.version, { ...bob.value, balance: bob.value.balance - 50 }),
    ConflictError,
  );
  assert.deepEqual(store.get("acc-1"), { value: { owner: "ada", balance: 70 }, version: 2 });
});

test("updating or deleting a missing record throws NotFoundError", () => {
  const store = new VersionedStore<Account>();
  assert.throws(() => store.update("ghost", 1, { owner: "x", balance: 0 }), NotFoundError);
  assert.throws(() => store.delete("ghost", 1), NotFoundError);
  assert.equal(store.get("ghost"), undefined);
});

test("delete needs the current version too", () => {
  const store = new VersionedStore<Account>();
  store.insert("acc-1", { owner: "ada", balance: 10 });
  store.update("acc-1", 1, { owner: "ada", balance: 11 });
  assert.throws(() => store.delete("acc-1", 1), ConflictError);
  assert.deepEqual(store.get("acc-1")?.version, 2);
  store.delete("acc-1", 2);
  assert.equal(store.get("acc-1"), undefined);
  assert.throws(() => store.delete("acc-1", 2), NotFoundError);
});

test("the store keeps its own copies so callers cannot change a record behind its back", () => {
  const store = new VersionedStore<Account>();
  const original = { owner: "ada", balance: 10 };
  store.insert("acc-1", original);
  original.balance = 1_000_000;
  const read = store.get("acc-1")!;
  read.value.balance = -1;
  read.version = 42;
  assert.deepEqual(store.get("acc-1"), { value: { owner: "ada", balance: 10 }, version: 1 });
  const next = { owner: "ada", balance: 20 };
  store.update("acc-1", 1, next);
  next.balance = 0;
  assert.deepEqual(store.get("acc-1"), { value: { owner: "ada", balance: 20 }, version: 2 });
});

test("updateWithRetry applies the change in one attempt when nobody interferes", () => {
  const store = new VersionedStore<Account>();
  store.insert("acc-1", { owner: "ada", balance: 10 });
  let calls = 0;
  const result = updateWithRetry(store, "acc-1", (account) => {
    calls++;
    return { ...account, balance: account.balance + 5 };
  });
  assert.deepEqual(result, { value: { owner: "ada", balance: 15 }, version: 2 });
  assert.equal(calls, 1);
});

test("updateWithRetry rereads after a conflict so no update is lost", () => {
  const store = new VersionedStore<Account>();
  store.insert("acc-1", { owner: "ada", balance: 100 });
  let calls = 0;
  const result = updateWithRetry(
    store,
    "acc-1",
    (account) => {
      calls++;
      if (calls <= 2) {
        // A competing writer sneaks in between our read and our write.
        const theirs = store.get("acc-1")!;
        store.update("acc-1", theirs.version, { ...theirs.value, balance: theirs.value.balance + 1 });
      }
      return { ...account, balance: account.balance * 2 };
    },
    3,
  );
  assert.equal(calls, 3);
  assert.deepEqual(result, { value: { owner: "ada", balance: 204 }, version: 4 });
  assert.deepEqual(store.get("acc-1"), result);
});

test("updateWithRetry gives up after maxAttempts and rethrows the conflict", () => {
  const store = new VersionedStore<Account>();
  store.insert("acc-1", { owner: "ada", balance: 0 });
  let calls = 0;
  assert.throws(
    () =>
      updateWithRetry(
        store,
        "acc-1",
        (account) => {
          calls++;
          const theirs = store.get("acc-1")!;
          store.update("acc-1", theirs.version, { ...theirs.value, balance: theirs.value.balance + 1 });
          return { ...account, balance: -1 };
        },
        4,
      ),
    ConflictError,
  );
  assert.equal(calls, 4);
  assert.deepEqual(store.get("acc-1"), { value: { owner: "ada", balance: 4 }, version: 5 });
});

test("updateWithRetry makes three attempts when maxAttempts is not given", () => {
  const store = new VersionedStore<Account>();
  store.insert("acc-1", { owner: "ada", balance: 0 });
  let calls = 0;
  assert.throws(
    () =>
      updateWithRetry(store, "acc-1", (account) => {
        calls++;
        const theirs = store.get("acc-1")!;
        store.update("acc-1", theirs.version, { ...theirs.value, balance: theirs.value.balance + 1 });
        return { ...account, balance: -1 };
      }),
    ConflictError,
  );
  assert.equal(calls, 3);
  assert.deepEqual(store.get("acc-1"), { value: { owner: "ada", balance: 3 }, version: 4 });
});

test("updateWithRetry does not retry errors that are not conflicts", () => {
  const store = new VersionedStore<Account>();
  store.insert("acc-1", { owner: "ada", balance: 10 });
  class InsufficientFunds extends Error {}
  let calls = 0;
  assert.throws(
    () =>
      updateWithRetry(store, "acc-1", () => {
        calls++;
        throw new InsufficientFunds("balance too low");
      }),
    InsufficientFunds,
  );
  assert.equal(calls, 1);
  let missingCalls = 0;
  assert.throws(
    () =>
      updateWithRetry(store, "missing", (account) => {
        missingCalls++;
        return account;
      }),
    NotFoundError,
  );
  assert.equal(missingCalls, 0);
  assert.deepEqual(store.get("acc-1"), { value: { owner: "ada", balance: 10 }, version: 1 });
});

test("updateWithRetry rejects a maxAttempts that is not a positive integer", () => {
  const store = new VersionedStore<Account>();
  store.insert("acc-1", { owner: "ada", balance: 10 });
  assert.throws(() => updateWithRetry(store, "acc-1", (a) => a, 0), RangeError);
  assert.throws(() => updateWithRetry(store, "acc-1", (a) => a, 1.5), RangeError);
  assert.deepEqual(store.get("acc-1")?.version, 1);
});

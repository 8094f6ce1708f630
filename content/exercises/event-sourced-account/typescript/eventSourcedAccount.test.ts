import { test } from "node:test";
import assert from "node:assert/strict";
import {
  BankAccount,
  CommandRejectedError,
  applyEvent,
  initialState,
  rebuild,
  type StoredEvent,
} from "./eventSourcedAccount";

/** An open account owned by ada with the given deposits already made. */
function openAccount(...deposits: number[]): BankAccount {
  const account = new BankAccount();
  account.execute({ type: "open", owner: "ada" });
  for (const amount of deposits) account.execute({ type: "deposit", amount });
  return account;
}

test("a new account starts in the initial state", () => {
  assert.deepEqual(initialState(), { status: "new", owner: null, balance: 0, version: 0 });
  assert.deepEqual(new BankAccount().state(), initialState());
  assert.deepEqual(new BankAccount().changes(), []);
});

test("applyEvent folds each event into a new state and leaves the old one untouched", () => {
  const start = initialState();
  const opened = applyEvent(start, { type: "AccountOpened", owner: "ada" });
  const funded = applyEvent(opened, { type: "MoneyDeposited", amount: 500 });
  const spent = applyEvent(funded, { type: "MoneyWithdrawn", amount: 200 });
  const emptied = applyEvent(spent, { type: "MoneyWithdrawn", amount: 300 });
  const closed = applyEvent(emptied, { type: "AccountClosed" });
  assert.deepEqual(start, { status: "new", owner: null, balance: 0, version: 0 });
  assert.deepEqual(opened, { status: "open", owner: "ada", balance: 0, version: 1 });
  assert.deepEqual(funded, { status: "open", owner: "ada", balance: 500, version: 2 });
  assert.deepEqual(spent, { status: "open", owner: "ada", balance: 300, version: 3 });
  assert.deepEqual(closed, { status: "closed", owner: "ada", balance: 0, version: 5 });
});

test("accepted commands record numbered events and update the state", () => {
  const account = new BankAccount();
  assert.deepEqual(account.execute({ type: "open", owner: "ada" }), [
    { version: 1, event: { type: "AccountOpened", owner: "ada" } },
  ]);
  assert.deepEqual(account.execute({ type: "deposit", amount: 1000 }), [
    { version: 2, event: { type: "MoneyDeposited", amount: 1000 } },
  ]);
  assert.deepEqual(account.execute({ type: "withdraw", amount: 250 }), [
    { version: 3, event: { type: "MoneyWithdrawn", amount: 250 } },
  ]);
  assert.deepEqual(account.state(), { status: "open", owner: "ada", balance: 750, version: 3 });
  assert.deepEqual(account.changes().map((e) => e.version), [1, 2, 3]);
});

test("rebuilding from the history gives the same state as the live account", () => {
  const account = openAccount(100, 250);
  account.execute({ type: "withdraw", amount: 50 });
  const history = account.changes();
  assert.deepEqual(rebuild(history), account.state());
  assert.deepEqual(BankAccount.fromHistory(history).state(), { status: "open", owner: "ada", balance: 300, version: 4 });
  assert.deepEqual(rebuild([]), initialState());
});

test("a withdrawal larger than the balance is rejected and records nothing", () => {
  const account = openAccount(100);
  assert.throws(() => account.execute({ type: "withdraw", amount: 101 }), CommandRejectedError);
  assert.deepEqual(account.state(), { status: "open", owner: "ada", balance: 100, version: 2 });
  assert.equal(account.changes().length, 2);
  account.execute({ type: "withdraw", amount: 100 });
  assert.equal(account.state().balance, 0);
});

test("commands are rejected unless the account is in the right status", () => {
  const fresh = new BankAccount();
  assert.throws(() => fresh.execute({ type: "deposit", amount: 10 }), CommandRejectedError);
  assert.throws(() => fresh.execute({ type: "close" }), CommandRejectedError);
  const account = openAccount();
  assert.throws(() => account.execute({ type: "open", owner: "eve" }), CommandRejectedError);
  account.execute({ type: "close" });
  assert.throws(() => account.execute({ type: "deposit", amount: 10 }), CommandRejectedError);
  assert.throws(() => account.execute({ type: "withdraw", amount: 10 }), CommandRejectedError);
  assert.throws(() => account.execute({ type: "close" }), CommandRejectedError);
  assert.throws(() => account.execute({ type: "open", owner: "eve" }), CommandRejectedError); // never reopened
  assert.deepEqual(account.state(), { status: "closed", owner: "ada", balance: 0, version: 2 });
  assert.deepEqual(fresh.changes(), []);
});

test("amounts must be positive integers and the owner must not be empty", () => {
  assert.throws(() => new BankAccount().execute({ type: "open", owner: "" }), CommandRejectedError);
  assert.throws(() => new BankAccount().execute({ type: "open", owner: "   " }), CommandRejectedError);
  const account = openAccount(100);
  for (const amount of [0, -5, 1.5, Number.NaN]) {
    assert.throws(() => account.execute({ type: "deposit", amount }), CommandRejectedError);
    assert.throws(() => account.execute({ type: "withdraw", amount }), CommandRejectedError);
  }
  assert.deepEqual(account.state(), { status: "open", owner: "ada", balance: 100, version: 2 });
});

test("an account can only be closed once its balance is zero", () => {
  const account = openAccount(40);
  assert.throws(() => account.execute({ type: "close" }), CommandRejectedError);
  account.execute({ type: "withdraw", amount: 40 });
  assert.deepEqual(account.execute({ type: "close" }), [{ version: 4, event: { type: "AccountClosed" } }]);
  assert.equal(account.state().status, "closed");
});

test("a snapshot plus the later events rebuilds the same state as the whole history", () => {
  const account = openAccount(100, 200);
  const snapshot = account.takeSnapshot();
  assert.deepEqual(snapshot, { version: 3, state: { status: "open", owner: "ada", balance: 300, version: 3 } });
  account.execute({ type: "withdraw", amount: 50 });
  account.execute({ type: "deposit", amount: 5 });
  const later = account.changes().slice(3);
  assert.deepEqual(rebuild(later, snapshot), account.state());
  assert.deepEqual(rebuild(later, snapshot), { status: "open", owner: "ada", balance: 255, version: 5 });
});

test("rebuild skips the events a snapshot already covers", () => {
  const account = openAccount(100, 200);
  const snapshot = account.takeSnapshot();
  account.execute({ type: "deposit", amount: 1 });
  assert.deepEqual(rebuild(account.changes(), snapshot), account.state());
  assert.equal(rebuild(account.changes(), snapshot).balance, 301);
  assert.deepEqual(rebuild(account.changes().slice(0, 3), snapshot), snapshot.state);
});

test("an account loaded from a snapshot keeps numbering its events after it", () => {
  const original = openAccount(100);
  const snapshot = original.takeSnapshot();
  const loaded = BankAccount.fromHistory([], snapshot);
  assert.deepEqual(loaded.state(), snapshot.state);
  assert.deepEqual(loaded.execute({ type: "deposit", amount: 7 }), [
    { version: 3, event: { type: "MoneyDeposited", amount: 7 } },
  ]);
  assert.deepEqual(loaded.changes(), [{ version: 3, event: { type: "MoneyDeposited", amount: 7 } }]);
  assert.equal(loaded.state().balance, 107);
});

test("recorded events replay even when they would be rejected as commands today", () => {
  const history: StoredEvent[] = [
    { version: 1, event: { type: "AccountOpened", owner: "legacy" } },
    { version: 2, event: { type: "MoneyDeposited", amount: 100 } },
    { version: 3, event: { type: "MoneyWithdrawn", amount: 150 } }, // an old overdraft rule allowed this
  ];
  assert.deepEqual(rebuild(history), { status: "open", owner: "legacy", balance: -50, version: 3 });
  const account = BankAccount.fromHistory(history);
  assert.throws(() => account.execute({ type: "withdraw", amount: 1 }), CommandRejectedError);
});

test("a history with a missing or repeated version is rejected", () => {
  const opened: StoredEvent = { version: 1, event: { type: "AccountOpened", owner: "ada" } };
  const deposit = (version: number): StoredEvent => ({ version, event: { type: "MoneyDeposited", amount: 1 } });
  assert.throws(() => rebuild([opened, deposit(3)]), RangeError);
  assert.throws(() => rebuild([opened, deposit(2), deposit(2)]), RangeError);
  assert.throws(() => rebuild([deposit(2)]), RangeError);
  const snapshot = { version: 1, state: applyEvent(initialState(), opened.event) };
  assert.throws(() => rebuild([deposit(3)], snapshot), RangeError);
  assert.throws(() => BankAccount.fromHistory([opened, deposit(5)]), RangeError);
});

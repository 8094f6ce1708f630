/** Facts about an account. Amounts are integer cents. */
export type AccountEvent =
  | { type: "AccountOpened"; owner: string }
  | { type: "MoneyDeposited"; amount: number }
  | { type: "MoneyWithdrawn"; amount: number }
  | { type: "AccountClosed" };

/** Requests that may be rejected. */
export type Command =
  | { type: "open"; owner: string }
  | { type: "deposit"; amount: number }
  | { type: "withdraw"; amount: number }
  | { type: "close" };

/** An event with its position in the account's stream (1, 2, 3, ...). */
export interface StoredEvent {
  version: number;
  event: AccountEvent;
}

/** The state folded from the events; version is the version of the last applied event. */
export interface AccountState {
  status: "new" | "open" | "closed";
  owner: string | null;
  balance: number;
  version: number;
}

/** The state at a given version, so replay can start there. */
export interface Snapshot {
  version: number;
  state: AccountState;
}

/** A command was refused; nothing was recorded. */
export class CommandRejectedError extends Error {
  override name = "CommandRejectedError";
}

export function initialState(): AccountState {
  return { status: "new", owner: null, balance: 0, version: 0 };
}

export function applyEvent(state: AccountState, event: AccountEvent): AccountState {
  const next = { ...state, version: state.version + 1 };
  switch (event.type) {
    case "AccountOpened":
      return { ...next, status: "open", owner: event.owner };
    case "MoneyDeposited":
      return { ...next, balance: state.balance + event.amount };
    case "MoneyWithdrawn":
      return { ...next, balance: state.balance - event.amount };
    case "AccountClosed":
      return { ...next, status: "closed" };
  }
}

export function rebuild(history: StoredEvent[], snapshot: Snapshot | null = null): AccountState {
  let state = snapshot === null ? initialState() : { ...snapshot.state };
  for (const { version, event } of history) {
    if (snapshot !== null && version <= snapshot.version) continue; // already in the snapshot
    if (version !== state.version + 1) {
      throw new RangeError(`expected event version ${state.version + 1}, got ${version}`);
    }
    state = applyEvent(state, event);
  }
  return state;
}

function reject(reason: string): never {
  throw new CommandRejectedError(reason);
}

function isPositiveAmount(amount: number): boolean {
  return Number.isInteger(amount) && amount > 0;
}

/** Decides which events a command produces, or rejects it. Never changes anything. */
function decide(state: AccountState, command: Command): AccountEvent[] {
  switch (command.type) {
    case "open":
      if (state.status !== "new") reject("the account already exists");
      if (typeof command.owner !== "string" || command.owner.trim() === "") reject("an owner is required");
      return [{ type: "AccountOpened", owner: command.owner }];
    case "deposit":
      if (state.status !== "open") reject("the account is not open");
      if (!isPositiveAmount(command.amount)) reject("the amount must be a positive integer");
      return [{ type: "MoneyDeposited", amount: command.amount }];
    case "withdraw":
      if (state.status !== "open") reject("the account is not open");
      if (!isPositiveAmount(command.amount)) reject("the amount must be a positive integer");
      if (command.amount > state.balance) reject("insufficient funds");
      return [{ type: "MoneyWithdrawn", amount: command.amount }];
    case "close":
      if (state.status !== "open") reject("the account is not open");
      if (state.balance !== 0) reject("the balance must be zero to close");
      return [{ type: "AccountClosed" }];
  }
}

/** An event-sourced account aggregate: validates commands and records the resulting events. */
export class BankAccount {
  private current: AccountState;
  private readonly produced: StoredEvent[] = [];

  static fromHistory(history: StoredEvent[], snapshot: Snapshot | null = null): BankAccount {
    const account = new BankAccount();
    account.current = rebuild(history, snapshot);
    return account;
  }

  constructor() {
    this.current = initialState();
  }

  execute(command: Command): StoredEvent[] {
    const events = decide(this.current, command);
    const stored = events.map((event) => {
      this.current = applyEvent(this.current, event);
      return { version: this.current.version, event };
    });
    this.produced.push(...stored);
    return stored.map((s) => ({ ...s }));
  }

  state(): AccountState {
    return { ...this.current };
  }

  changes(): StoredEvent[] {
    return this.produced.map((s) => ({ ...s }));
  }

  takeSnapshot(): Snapshot {
    return { version: this.current.version, state: { ...this.current } };
  }
}

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

/** { status: "new", owner: null, balance: 0, version: 0 } */
export function initialState(): AccountState {
  throw new Error("not implemented");
}

/**
 * Returns the state after the event, with version + 1. Pure: never changes `state`, never
 * validates (events are facts).
 */
export function applyEvent(state: AccountState, event: AccountEvent): AccountState {
  throw new Error("not implemented");
}

/**
 * Folds the history from the snapshot's state (or the initial state), skipping events with
 * version <= snapshot.version.
 * @throws RangeError if a remaining event's version is not exactly the previous version + 1.
 */
export function rebuild(history: StoredEvent[], snapshot: Snapshot | null = null): AccountState {
  throw new Error("not implemented");
}

/** An event-sourced account aggregate: validates commands and records the resulting events. */
export class BankAccount {
  /** Loads an account from its history (and optionally a snapshot), like rebuild. @throws RangeError */
  static fromHistory(history: StoredEvent[], snapshot: Snapshot | null = null): BankAccount {
    throw new Error("not implemented");
  }

  /** A new, empty account stream (status "new", version 0). */
  constructor() {
    throw new Error("not implemented");
  }

  /**
   * Validates the command against the current state; if accepted, applies and returns the new
   * events (numbered from state.version + 1).
   * @throws CommandRejectedError if the command is not allowed; nothing is recorded.
   */
  execute(command: Command): StoredEvent[] {
    throw new Error("not implemented");
  }

  /** The current state. */
  state(): AccountState {
    throw new Error("not implemented");
  }

  /** The events produced by execute since this object was created, oldest first. */
  changes(): StoredEvent[] {
    throw new Error("not implemented");
  }

  /** The current version and state. */
  takeSnapshot(): Snapshot {
    throw new Error("not implemented");
  }
}

/** A durable log record. Participants write all three kinds; the coordinator writes decisions. */
export interface LogRecord {
  txId: string;
  kind: "prepared" | "commit" | "abort";
}

/** A message from the coordinator to a participant. */
export interface Message {
  to: string;
  kind: "prepare" | "commit" | "abort";
  txId: string;
}

export type Vote = "yes" | "no";
export type Outcome = "pending" | "committed" | "aborted";
export type ParticipantState = "unknown" | "prepared" | "committed" | "aborted";

/** Thrown when a participant is told something the protocol forbids. Provided. */
export class ProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProtocolError";
  }
}

/**
 * The 2PC coordinator. `log` is its durable storage: it appends a `commit` or `abort` record for
 * each decision and, when constructed over an existing log, knows those decisions.
 */
export class Coordinator {
  /** @throws RangeError if `participants` is empty or `timeoutMs <= 0`. */
  constructor(participants: string[], timeoutMs: number, log: LogRecord[]) {
    throw new Error("not implemented");
  }

  /**
   * Starts `txId`: returns a prepare message per participant (in order); deadline = now + timeoutMs.
   * @throws RangeError if `txId` was already begun or decided.
   */
  begin(txId: string, now: number): Message[] {
    throw new Error("not implemented");
  }

  /**
   * Records a vote. The first "no" decides abort; the last "yes" decides commit. A decision is
   * logged, then returned as a message to every participant. Duplicate, unknown-participant and
   * late votes return [].
   */
  receiveVote(txId: string, participantId: string, vote: Vote, now: number): Message[] {
    throw new Error("not implemented");
  }

  /** Aborts every pending transaction with now >= deadline; returns the abort messages. */
  tick(now: number): Message[] {
    throw new Error("not implemented");
  }

  /** "pending" while undecided, else the logged decision; never-seen ids are "aborted" (presumed abort). */
  outcome(txId: string): Outcome {
    throw new Error("not implemented");
  }
}

/**
 * A 2PC participant. `log` is its durable storage; the constructor replays it (crash recovery).
 * `canCommit(txId)` says whether the local work for txId can be committed.
 */
export class Participant {
  constructor(id: string, log: LogRecord[], canCommit: (txId: string) => boolean) {
    throw new Error("not implemented");
  }

  /**
   * Votes. Unknown tx: if canCommit, logs `prepared` then returns "yes"; else logs `abort`, returns
   * "no". Prepared or committed: "yes"; aborted: "no" (nothing logged for repeats).
   */
  prepare(txId: string): Vote {
    throw new Error("not implemented");
  }

  /** Logs `commit` for a prepared tx; no-op if committed. @throws ProtocolError if unknown or aborted. */
  commit(txId: string): void {
    throw new Error("not implemented");
  }

  /** Logs `abort` for an unknown or prepared tx; no-op if aborted. @throws ProtocolError if committed. */
  abort(txId: string): void {
    throw new Error("not implemented");
  }

  state(txId: string): ParticipantState {
    throw new Error("not implemented");
  }

  /** Prepared transactions with no decision yet, in log order. */
  inDoubt(): string[] {
    throw new Error("not implemented");
  }

  /** Asks the coordinator about each in-doubt tx and commits or aborts it; "pending" leaves it in doubt. */
  recover(askCoordinator: (txId: string) => Outcome): void {
    throw new Error("not implemented");
  }
}

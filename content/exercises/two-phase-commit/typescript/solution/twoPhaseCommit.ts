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

interface PendingTransaction {
  deadline: number;
  yesVotes: Set<string>;
}

export class Coordinator {
  private readonly participants: readonly string[];
  private readonly timeoutMs: number;
  private readonly log: LogRecord[];
  private readonly pending = new Map<string, PendingTransaction>();
  private readonly decisions = new Map<string, "commit" | "abort">();

  constructor(participants: string[], timeoutMs: number, log: LogRecord[]) {
    if (participants.length === 0) throw new RangeError("a transaction needs at least one participant");
    if (!(timeoutMs > 0)) throw new RangeError(`timeoutMs must be > 0, got ${timeoutMs}`);
    this.participants = [...participants];
    this.timeoutMs = timeoutMs;
    this.log = log;
    for (const record of log) {
      if (record.kind === "commit" || record.kind === "abort") this.decisions.set(record.txId, record.kind);
    }
  }

  begin(txId: string, now: number): Message[] {
    if (this.pending.has(txId) || this.decisions.has(txId)) {
      throw new RangeError(`transaction ${txId} already exists`);
    }
    this.pending.set(txId, { deadline: now + this.timeoutMs, yesVotes: new Set() });
    return this.broadcast("prepare", txId);
  }

  receiveVote(txId: string, participantId: string, vote: Vote, now: number): Message[] {
    const tx = this.pending.get(txId);
    if (!tx || !this.participants.includes(participantId)) return [];
    if (vote === "no") return this.decide(txId, "abort");
    tx.yesVotes.add(participantId);
    return tx.yesVotes.size === this.participants.length ? this.decide(txId, "commit") : [];
  }

  tick(now: number): Message[] {
    const messages: Message[] = [];
    for (const [txId, tx] of [...this.pending]) {
      if (now >= tx.deadline) messages.push(...this.decide(txId, "abort"));
    }
    return messages;
  }

  outcome(txId: string): Outcome {
    if (this.pending.has(txId)) return "pending";
    return this.decisions.get(txId) === "commit" ? "committed" : "aborted";
  }

  private decide(txId: string, decision: "commit" | "abort"): Message[] {
    this.pending.delete(txId);
    this.decisions.set(txId, decision);
    this.log.push({ txId, kind: decision }); // durable before anyone is told
    return this.broadcast(decision, txId);
  }

  private broadcast(kind: Message["kind"], txId: string): Message[] {
    return this.participants.map((to) => ({ to, kind, txId }));
  }
}

export class Participant {
  private readonly id: string;
  private readonly log: LogRecord[];
  private readonly canCommit: (txId: string) => boolean;
  /** Insertion order is log order, which inDoubt relies on. */
  private readonly states = new Map<string, ParticipantState>();

  constructor(id: string, log: LogRecord[], canCommit: (txId: string) => boolean) {
    this.id = id;
    this.log = log;
    this.canCommit = canCommit;
    for (const record of log) {
      this.states.set(record.txId, record.kind === "prepared" ? "prepared" : record.kind === "commit" ? "committed" : "aborted");
    }
  }

  prepare(txId: string): Vote {
    const current = this.state(txId);
    if (current === "prepared" || current === "committed") return "yes";
    if (current === "aborted") return "no";
    if (this.canCommit(txId)) {
      this.record(txId, "prepared"); // the promise is durable before the vote leaves
      return "yes";
    }
    this.record(txId, "abort");
    return "no";
  }

  commit(txId: string): void {
    const current = this.state(txId);
    if (current === "committed") return;
    if (current !== "prepared") {
      throw new ProtocolError(`${this.id} cannot commit ${txId}: it is ${current}`);
    }
    this.record(txId, "commit");
  }

  abort(txId: string): void {
    const current = this.state(txId);
    if (current === "aborted") return;
    if (current === "committed") {
      throw new ProtocolError(`${this.id} cannot abort ${txId}: it is already committed`);
    }
    this.record(txId, "abort");
  }

  state(txId: string): ParticipantState {
    return this.states.get(txId) ?? "unknown";
  }

  inDoubt(): string[] {
    return [...this.states].filter(([, state]) => state === "prepared").map(([txId]) => txId);
  }

  recover(askCoordinator: (txId: string) => Outcome): void {
    for (const txId of this.inDoubt()) {
      const outcome = askCoordinator(txId);
      if (outcome === "committed") this.commit(txId);
      else if (outcome === "aborted") this.abort(txId);
    }
  }

  private record(txId: string, kind: LogRecord["kind"]): void {
    this.log.push({ txId, kind });
    this.states.set(txId, kind === "prepared" ? "prepared" : kind === "commit" ? "committed" : "aborted");
  }
}

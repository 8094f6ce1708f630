/** A node's role. */
export type Role = "follower" | "candidate" | "leader";

/** Messages between nodes (provided). */
export type Message =
  | { type: "RequestVote"; term: number; candidateId: string }
  | { type: "Vote"; term: number; granted: boolean; voterId: string }
  | { type: "Heartbeat"; term: number; leaderId: string };

/** A message in transit. */
export interface Envelope {
  from: string;
  to: string;
  message: Message;
}

/** Options for {@link RaftNode}. */
export interface RaftNodeOptions {
  /** This node's id. */
  id: string;
  /** The other nodes' ids; must not contain `id`. */
  peers: string[];
  /** A fresh election timeout in ms; called every time the election timer (re)starts. */
  electionTimeout: () => number;
  /** How often a leader sends heartbeats, ms (> 0). */
  heartbeatIntervalMs: number;
  /** The time the node starts, ms (default 0). */
  now?: number;
}

/**
 * Raft leader election as a pure state machine. It never reads a clock or touches a network:
 * the caller passes the time and delivers the envelopes `tick` and `receive` return.
 */
export class RaftNode {
  readonly #id: string;
  readonly #peers: readonly string[];
  readonly #electionTimeout: () => number;
  readonly #heartbeatIntervalMs: number;
  #role: Role = "follower";
  #term = 0;
  #votedFor: string | null = null;
  #leaderId: string | null = null;
  #votes = new Set<string>();
  #electionDeadline: number;
  #nextHeartbeat = 0;

  constructor(options: RaftNodeOptions) {
    const { id, peers, electionTimeout, heartbeatIntervalMs, now = 0 } = options;
    if (peers.includes(id)) throw new RangeError(`peers must not contain the node's own id ${id}`);
    if (!(heartbeatIntervalMs > 0)) throw new RangeError(`heartbeatIntervalMs must be > 0, got ${heartbeatIntervalMs}`);
    this.#id = id;
    this.#peers = [...peers];
    this.#electionTimeout = electionTimeout;
    this.#heartbeatIntervalMs = heartbeatIntervalMs;
    this.#electionDeadline = now + electionTimeout();
  }

  get id(): string {
    return this.#id;
  }

  get role(): Role {
    return this.#role;
  }

  get term(): number {
    return this.#term;
  }

  get votedFor(): string | null {
    return this.#votedFor;
  }

  get leaderId(): string | null {
    return this.#leaderId;
  }

  tick(now: number): Envelope[] {
    if (this.#role === "leader") {
      return now >= this.#nextHeartbeat ? this.#heartbeats(now) : [];
    }
    if (now < this.#electionDeadline) return [];

    this.#term += 1;
    this.#role = "candidate";
    this.#votedFor = this.#id;
    this.#leaderId = null;
    this.#votes = new Set([this.#id]);
    this.#resetElectionTimer(now);
    if (this.#hasMajority()) return this.#becomeLeader(now);
    return this.#toPeers({ type: "RequestVote", term: this.#term, candidateId: this.#id });
  }

  receive(envelope: Envelope, now: number): Envelope[] {
    const message = envelope.message;
    if (message.term > this.#term) {
      this.#term = message.term;
      this.#role = "follower";
      this.#votedFor = null;
      this.#leaderId = null;
    }

    switch (message.type) {
      case "RequestVote": {
        const granted =
          message.term === this.#term && (this.#votedFor === null || this.#votedFor === message.candidateId);
        if (granted) {
          this.#votedFor = message.candidateId;
          this.#resetElectionTimer(now);
        }
        return [
          { from: this.#id, to: envelope.from, message: { type: "Vote", term: this.#term, granted, voterId: this.#id } },
        ];
      }
      case "Vote": {
        if (this.#role !== "candidate" || message.term !== this.#term || !message.granted) return [];
        this.#votes.add(message.voterId);
        return this.#hasMajority() ? this.#becomeLeader(now) : [];
      }
      case "Heartbeat": {
        if (message.term < this.#term) return [];
        this.#role = "follower";
        this.#leaderId = message.leaderId;
        this.#resetElectionTimer(now);
        return [];
      }
    }
  }

  #hasMajority(): boolean {
    return this.#votes.size * 2 > this.#peers.length + 1;
  }

  #becomeLeader(now: number): Envelope[] {
    this.#role = "leader";
    this.#leaderId = this.#id;
    return this.#heartbeats(now);
  }

  #heartbeats(now: number): Envelope[] {
    this.#nextHeartbeat = now + this.#heartbeatIntervalMs;
    return this.#toPeers({ type: "Heartbeat", term: this.#term, leaderId: this.#id });
  }

  #resetElectionTimer(now: number): void {
    this.#electionDeadline = now + this.#electionTimeout();
  }

  #toPeers(message: Message): Envelope[] {
    return this.#peers.map((to) => ({ from: this.#id, to, message: { ...message } }));
  }
}

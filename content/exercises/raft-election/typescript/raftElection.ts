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
  /**
   * Starts as a follower in term 0, no vote, no leader; election deadline = now + electionTimeout().
   * @throws RangeError if `peers` contains `id` or `heartbeatIntervalMs <= 0`.
   */
  constructor(options: RaftNodeOptions) {
    throw new Error("not implemented");
  }

  get id(): string {
    throw new Error("not implemented");
  }

  get role(): Role {
    throw new Error("not implemented");
  }

  get term(): number {
    throw new Error("not implemented");
  }

  /** Who this node voted for in the current term, or null. */
  get votedFor(): string | null {
    throw new Error("not implemented");
  }

  /** The leader this node knows of in the current term (itself if leader), or null. */
  get leaderId(): string | null {
    throw new Error("not implemented");
  }

  /**
   * Advances time to `now`.
   * - follower/candidate with now >= deadline: starts an election (term + 1, candidate, votes for
   *   itself, new deadline) and returns a RequestVote per peer in `peers` order; a single-node
   *   cluster becomes leader immediately.
   * - leader with now >= last heartbeat + heartbeatIntervalMs: returns a Heartbeat per peer.
   */
  tick(now: number): Envelope[] {
    throw new Error("not implemented");
  }

  /**
   * Handles one message at time `now` and returns the replies.
   * - Any higher term: adopt it, become follower, clear vote and leader, then handle the message.
   * - RequestVote: grant if same term and not voted for another candidate (reset deadline);
   *   reply with a Vote carrying the current term.
   * - Vote: a candidate counts granted votes of its term from distinct voters; a strict majority
   *   makes it leader and it returns a Heartbeat per peer.
   * - Heartbeat with term >= own: follow that leader and reset the deadline. Older: ignore.
   */
  receive(envelope: Envelope, now: number): Envelope[] {
    throw new Error("not implemented");
  }
}

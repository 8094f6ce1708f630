import { test } from "node:test";
import assert from "node:assert/strict";
import { RaftNode, type Envelope, type Message } from "./raftElection";

/**
 * A simulated cluster: it owns time and the network. Every step, each live node ticks, then every
 * queued envelope is delivered in FIFO order unless its sender or receiver is down or the link is cut.
 */
class Cluster {
  readonly nodes = new Map<string, RaftNode>();
  readonly down = new Set<string>();
  readonly cut = new Set<string>(); // "A>B" drops messages from A to B
  readonly timeouts: Record<string, number>;
  now = 0;
  private queue: Envelope[] = [];

  constructor(timeouts: Record<string, number>, heartbeatIntervalMs = 50) {
    this.timeouts = timeouts;
    const ids = Object.keys(timeouts);
    for (const id of ids) {
      const peers = ids.filter((peer) => peer !== id);
      this.nodes.set(id, new RaftNode({ id, peers, electionTimeout: () => this.timeouts[id], heartbeatIntervalMs }));
    }
  }

  node(id: string): RaftNode {
    return this.nodes.get(id)!;
  }

  cutBetween(a: string, b: string): void {
    this.cut.add(`${a}>${b}`);
    this.cut.add(`${b}>${a}`);
  }

  /** Moves time to `until` in steps of `step` ms, ticking and delivering at every step. */
  runUntil(until: number, step = 10): void {
    while (this.now + step <= until) this.stepTo(this.now + step);
  }

  stepTo(now: number): void {
    this.now = now;
    for (const [id, node] of this.nodes) {
      if (!this.down.has(id)) this.queue.push(...node.tick(now));
    }
    let delivered = 0;
    while (this.queue.length > 0) {
      assert.ok(++delivered < 10_000, "message storm: the cluster never went quiet");
      const envelope = this.queue.shift()!;
      const { from, to } = envelope;
      if (this.down.has(from) || this.down.has(to) || this.cut.has(`${from}>${to}`)) continue;
      this.queue.push(...this.node(to).receive(envelope, now));
    }
  }

  leaders(): string[] {
    return [...this.nodes.values()].filter((n) => n.role === "leader" && !this.down.has(n.id)).map((n) => n.id);
  }
}

function envelope(from: string, to: string, message: Message): Envelope {
  return { from, to, message };
}

/** A four-node cluster whose first election (term 1) is split two votes against two. */
function splitVoteCluster(): Cluster {
  const cluster = new Cluster({ A: 150, B: 150, C: 300, D: 300 });
  cluster.cutBetween("A", "D");
  cluster.cutBetween("B", "C");
  // The timeouts drawn when A and B start their first election differ, as random ones would.
  cluster.timeouts.A = 100;
  cluster.timeouts.B = 200;
  cluster.runUntil(150);
  return cluster;
}

test("starts as a follower in term 0 with no vote and no leader", () => {
  const node = new RaftNode({ id: "A", peers: ["B", "C"], electionTimeout: () => 150, heartbeatIntervalMs: 50 });
  assert.equal(node.id, "A");
  assert.equal(node.role, "follower");
  assert.equal(node.term, 0);
  assert.equal(node.votedFor, null);
  assert.equal(node.leaderId, null);
});

test("starts an election when its election timeout elapses, and not before", () => {
  const node = new RaftNode({ id: "A", peers: ["B", "C"], electionTimeout: () => 150, heartbeatIntervalMs: 50 });
  assert.deepEqual(node.tick(149), []);
  assert.equal(node.role, "follower");
  assert.deepEqual(node.tick(150), [
    envelope("A", "B", { type: "RequestVote", term: 1, candidateId: "A" }),
    envelope("A", "C", { type: "RequestVote", term: 1, candidateId: "A" }),
  ]);
  assert.equal(node.role, "candidate");
  assert.equal(node.term, 1);
  assert.equal(node.votedFor, "A");
});

test("elects itself at once in a single-node cluster", () => {
  const node = new RaftNode({ id: "solo", peers: [], electionTimeout: () => 100, heartbeatIntervalMs: 50 });
  assert.deepEqual(node.tick(100), []);
  assert.equal(node.role, "leader");
  assert.equal(node.term, 1);
  assert.equal(node.leaderId, "solo");
});

test("elects exactly one leader in a three-node cluster and tells the others", () => {
  const cluster = new Cluster({ A: 150, B: 300, C: 400 });
  cluster.runUntil(150);
  assert.deepEqual(cluster.leaders(), ["A"]);
  for (const id of ["A", "B", "C"]) {
    assert.equal(cluster.node(id).term, 1);
    assert.equal(cluster.node(id).leaderId, "A");
  }
  assert.equal(cluster.node("B").role, "follower");
  assert.equal(cluster.node("C").role, "follower");
});

test("grants at most one vote per term, repeating it only for the same candidate", () => {
  const node = new RaftNode({ id: "C", peers: ["A", "B"], electionTimeout: () => 300, heartbeatIntervalMs: 50 });
  const vote = (granted: boolean) => ({ type: "Vote" as const, term: 1, granted, voterId: "C" });
  assert.deepEqual(node.receive(envelope("A", "C", { type: "RequestVote", term: 1, candidateId: "A" }), 10), [
    envelope("C", "A", vote(true)),
  ]);
  assert.deepEqual(node.receive(envelope("B", "C", { type: "RequestVote", term: 1, candidateId: "B" }), 11), [
    envelope("C", "B", vote(false)),
  ]);
  assert.deepEqual(node.receive(envelope("A", "C", { type: "RequestVote", term: 1, candidateId: "A" }), 12), [
    envelope("C", "A", vote(true)),
  ]);
  assert.equal(node.votedFor, "A");
  assert.deepEqual(node.tick(311), [], "granting a vote restarts the election timer");
  assert.equal(node.role, "follower");
});

test("refuses a vote request from an older term and replies with its own term", () => {
  const node = new RaftNode({ id: "C", peers: ["A", "B"], electionTimeout: () => 300, heartbeatIntervalMs: 50 });
  node.receive(envelope("A", "C", { type: "Heartbeat", term: 3, leaderId: "A" }), 5);
  assert.equal(node.term, 3);
  assert.deepEqual(node.receive(envelope("B", "C", { type: "RequestVote", term: 2, candidateId: "B" }), 6), [
    envelope("C", "B", { type: "Vote", term: 3, granted: false, voterId: "C" }),
  ]);
  assert.equal(node.votedFor, null);
});

test("steps down from leader when it sees a higher term, then votes in that term", () => {
  const node = new RaftNode({ id: "A", peers: ["B"], electionTimeout: () => 100, heartbeatIntervalMs: 50 });
  node.tick(100);
  assert.deepEqual(node.receive(envelope("B", "A", { type: "Vote", term: 1, granted: true, voterId: "B" }), 101), [
    envelope("A", "B", { type: "Heartbeat", term: 1, leaderId: "A" }),
  ]);
  assert.equal(node.role, "leader");
  const reply = node.receive(envelope("B", "A", { type: "RequestVote", term: 2, candidateId: "B" }), 120);
  assert.equal(node.role, "follower");
  assert.equal(node.term, 2);
  assert.equal(node.votedFor, "B");
  assert.deepEqual(reply, [envelope("A", "B", { type: "Vote", term: 2, granted: true, voterId: "A" })]);
});

test("steps down from candidate on a heartbeat of its own term and restarts its election timer", () => {
  const node = new RaftNode({ id: "A", peers: ["B", "C"], electionTimeout: () => 150, heartbeatIntervalMs: 50 });
  node.tick(150);
  assert.equal(node.role, "candidate");
  assert.deepEqual(node.receive(envelope("B", "A", { type: "Heartbeat", term: 1, leaderId: "B" }), 160), []);
  assert.equal(node.role, "follower");
  assert.equal(node.leaderId, "B");
  assert.deepEqual(node.tick(309), []);
  assert.equal(node.tick(310).length, 2);
  assert.equal(node.term, 2);
  assert.equal(node.leaderId, null); // a new election forgets the old leader
});

test("elects no leader when a split vote leaves every candidate without a majority", () => {
  const cluster = splitVoteCluster();
  assert.deepEqual(cluster.leaders(), []);
  assert.equal(cluster.node("A").role, "candidate");
  assert.equal(cluster.node("B").role, "candidate");
  assert.equal(cluster.node("C").votedFor, "A");
  assert.equal(cluster.node("D").votedFor, "B");
});

test("resolves a split vote in a later term", () => {
  const cluster = splitVoteCluster();
  cluster.cut.clear();
  cluster.runUntil(400);
  assert.deepEqual(cluster.leaders(), ["A"]);
  for (const id of ["A", "B", "C", "D"]) {
    assert.equal(cluster.node(id).term, 2);
    assert.equal(cluster.node(id).leaderId, "A");
  }
});

test("keeps the leader in place with heartbeats while it is alive", () => {
  const cluster = new Cluster({ A: 150, B: 300, C: 400 });
  cluster.runUntil(2_000);
  assert.deepEqual(cluster.leaders(), ["A"]);
  assert.equal(cluster.node("B").term, 1);
  assert.equal(cluster.node("C").term, 1);
});

test("replaces a crashed leader in a higher term and demotes it when it returns", () => {
  const cluster = new Cluster({ A: 150, B: 300, C: 400 });
  cluster.runUntil(190);
  cluster.down.add("A");
  cluster.runUntil(1_000);
  assert.deepEqual(cluster.leaders(), ["B"]);
  assert.equal(cluster.node("B").term, 2);
  assert.equal(cluster.node("C").leaderId, "B");

  cluster.down.delete("A"); // A comes back still believing it leads term 1
  cluster.runUntil(1_100);
  assert.deepEqual(cluster.leaders(), ["B"]);
  assert.equal(cluster.node("A").role, "follower");
  assert.equal(cluster.node("A").term, 2);
  assert.equal(cluster.node("A").leaderId, "B");
});

test("counts only distinct granted votes of its current term toward a majority", () => {
  const node = new RaftNode({ id: "A", peers: ["B", "C", "D", "E"], electionTimeout: () => 150, heartbeatIntervalMs: 50 });
  node.tick(150);
  node.tick(300); // no votes arrived: a second election, term 2
  assert.equal(node.term, 2);
  const vote = (from: string, term: number, granted: boolean) =>
    node.receive(envelope(from, "A", { type: "Vote", term, granted, voterId: from }), 301);
  assert.deepEqual(vote("B", 1, true), []);
  assert.deepEqual(vote("C", 1, true), []);
  assert.deepEqual(vote("D", 2, false), []);
  assert.deepEqual(vote("B", 2, true), []);
  assert.deepEqual(vote("B", 2, true), []);
  assert.equal(node.role, "candidate");
  const heartbeats = vote("C", 2, true); // A, B and C: 3 of 5
  assert.equal(node.role, "leader");
  assert.deepEqual(
    heartbeats.map((e) => e.to),
    ["B", "C", "D", "E"],
  );
});

test("sends heartbeats to every peer on winning and then every heartbeat interval", () => {
  const node = new RaftNode({ id: "A", peers: ["B", "C"], electionTimeout: () => 150, heartbeatIntervalMs: 50 });
  node.tick(150);
  const onWin = node.receive(envelope("B", "A", { type: "Vote", term: 1, granted: true, voterId: "B" }), 160);
  const heartbeat = (to: string) => envelope("A", to, { type: "Heartbeat", term: 1, leaderId: "A" });
  assert.deepEqual(onWin, [heartbeat("B"), heartbeat("C")]);
  assert.deepEqual(node.tick(209), []);
  assert.deepEqual(node.tick(210), [heartbeat("B"), heartbeat("C")]);
  assert.deepEqual(node.tick(250), []);
  assert.deepEqual(node.tick(260), [heartbeat("B"), heartbeat("C")]);
});

test("rejects a node listed among its own peers or a non-positive heartbeat interval with RangeError", () => {
  assert.throws(
    () => new RaftNode({ id: "A", peers: ["A", "B"], electionTimeout: () => 150, heartbeatIntervalMs: 50 }),
    RangeError,
  );
  assert.throws(
    () => new RaftNode({ id: "A", peers: ["B"], electionTimeout: () => 150, heartbeatIntervalMs: 0 }),
    RangeError,
  );
});

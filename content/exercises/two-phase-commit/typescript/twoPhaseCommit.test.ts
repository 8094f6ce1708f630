import { test } from "node:test";
import assert from "node:assert/strict";
import { Coordinator, Participant, ProtocolError, type LogRecord, type Message } from "./twoPhaseCommit";

const PARTICIPANTS = ["inventory", "payments", "shipping"];

function messages(kind: Message["kind"], txId: string, to = PARTICIPANTS): Message[] {
  return to.map((participant) => ({ to: participant, kind, txId }));
}

const always = () => true;
const never = () => false;

test("sends prepare to every participant when a transaction begins", () => {
  const coordinator = new Coordinator(PARTICIPANTS, 1_000, []);
  assert.deepEqual(coordinator.begin("t1", 0), messages("prepare", "t1"));
  assert.equal(coordinator.outcome("t1"), "pending");
});

test("commits only after every participant has voted yes", () => {
  const log: LogRecord[] = [];
  const coordinator = new Coordinator(PARTICIPANTS, 1_000, log);
  coordinator.begin("t1", 0);
  assert.deepEqual(coordinator.receiveVote("t1", "inventory", "yes", 10), []);
  assert.deepEqual(coordinator.receiveVote("t1", "payments", "yes", 20), []);
  assert.equal(coordinator.outcome("t1"), "pending");
  assert.deepEqual(log, []);
  assert.deepEqual(coordinator.receiveVote("t1", "shipping", "yes", 30), messages("commit", "t1"));
  assert.deepEqual(log, [{ txId: "t1", kind: "commit" }]);
  assert.equal(coordinator.outcome("t1"), "committed");
});

test("aborts on the first no vote without waiting for the others", () => {
  const log: LogRecord[] = [];
  const coordinator = new Coordinator(PARTICIPANTS, 1_000, log);
  coordinator.begin("t1", 0);
  coordinator.receiveVote("t1", "inventory", "yes", 10);
  assert.deepEqual(coordinator.receiveVote("t1", "payments", "no", 20), messages("abort", "t1"));
  assert.deepEqual(log, [{ txId: "t1", kind: "abort" }]);
  assert.equal(coordinator.outcome("t1"), "aborted");
});

test("aborts a transaction whose votes have not all arrived when the timeout expires", () => {
  const log: LogRecord[] = [];
  const coordinator = new Coordinator(PARTICIPANTS, 1_000, log);
  coordinator.begin("t1", 500);
  coordinator.receiveVote("t1", "inventory", "yes", 600);
  coordinator.receiveVote("t1", "payments", "yes", 700);
  assert.deepEqual(coordinator.tick(1_499), []);
  assert.deepEqual(coordinator.tick(1_500), messages("abort", "t1"));
  assert.deepEqual(coordinator.tick(2_000), []);
  assert.deepEqual(log, [{ txId: "t1", kind: "abort" }]);
  assert.equal(coordinator.outcome("t1"), "aborted");
});

test("ignores duplicate votes and votes that arrive after the decision", () => {
  const log: LogRecord[] = [];
  const coordinator = new Coordinator(PARTICIPANTS, 1_000, log);
  coordinator.begin("t1", 0);
  coordinator.receiveVote("t1", "inventory", "yes", 1);
  assert.deepEqual(coordinator.receiveVote("t1", "inventory", "yes", 2), []);
  assert.deepEqual(coordinator.receiveVote("t1", "payments", "yes", 3), []);
  assert.equal(coordinator.outcome("t1"), "pending");
  coordinator.receiveVote("t1", "shipping", "no", 4);
  assert.deepEqual(coordinator.receiveVote("t1", "shipping", "yes", 5), []);
  assert.deepEqual(coordinator.receiveVote("t1", "inventory", "no", 6), []);
  assert.deepEqual(log, [{ txId: "t1", kind: "abort" }]);
});

test("keeps decisions across a coordinator crash and presumes abort for everything else", () => {
  const log: LogRecord[] = [];
  const before = new Coordinator(["a"], 1_000, log);
  before.begin("t1", 0);
  before.receiveVote("t1", "a", "yes", 1);
  before.begin("t2", 0);
  before.receiveVote("t2", "a", "no", 1);
  before.begin("t3", 0); // still pending at the crash

  const after = new Coordinator(["a"], 1_000, log);
  assert.equal(after.outcome("t1"), "committed");
  assert.equal(after.outcome("t2"), "aborted");
  assert.equal(after.outcome("t3"), "aborted");
  assert.equal(after.outcome("never-seen"), "aborted");
  assert.throws(() => after.begin("t1", 5), RangeError);
});

test("rejects a reused transaction id, no participants or a non-positive timeout with RangeError", () => {
  const coordinator = new Coordinator(PARTICIPANTS, 1_000, []);
  coordinator.begin("t1", 0);
  assert.throws(() => coordinator.begin("t1", 1), RangeError);
  assert.throws(() => new Coordinator([], 1_000, []), RangeError);
  assert.throws(() => new Coordinator(PARTICIPANTS, 0, []), RangeError);
});

test("logs prepared before voting yes when the participant can commit", () => {
  const log: LogRecord[] = [];
  const seen: string[] = [];
  const participant = new Participant("inventory", log, (txId) => {
    seen.push(txId);
    return true;
  });
  assert.equal(participant.prepare("t1"), "yes");
  assert.deepEqual(seen, ["t1"]);
  assert.deepEqual(log, [{ txId: "t1", kind: "prepared" }]);
  assert.equal(participant.state("t1"), "prepared");
  participant.commit("t1");
  assert.deepEqual(log, [
    { txId: "t1", kind: "prepared" },
    { txId: "t1", kind: "commit" },
  ]);
  assert.equal(participant.state("t1"), "committed");
});

test("votes no and aborts locally when the participant cannot commit", () => {
  const log: LogRecord[] = [];
  const participant = new Participant("payments", log, never);
  assert.equal(participant.prepare("t1"), "no");
  assert.deepEqual(log, [{ txId: "t1", kind: "abort" }]);
  assert.equal(participant.state("t1"), "aborted");
  assert.throws(() => participant.commit("t1"), ProtocolError);
});

test("answers a repeated prepare with the same vote without logging again", () => {
  const log: LogRecord[] = [];
  let allowed = true;
  const participant = new Participant("inventory", log, () => allowed);
  participant.prepare("t1");
  allowed = false; // the answer was already promised
  assert.equal(participant.prepare("t1"), "yes");
  participant.prepare("t2");
  assert.equal(participant.prepare("t2"), "no");
  assert.deepEqual(log, [
    { txId: "t1", kind: "prepared" },
    { txId: "t2", kind: "abort" },
  ]);
});

test("applies commit and abort once and refuses to reverse or skip a vote", () => {
  const log: LogRecord[] = [];
  const participant = new Participant("inventory", log, always);
  participant.prepare("t1");
  participant.commit("t1");
  participant.commit("t1");
  assert.equal(log.length, 2);
  assert.throws(() => participant.abort("t1"), ProtocolError);
  assert.throws(() => participant.commit("never-prepared"), ProtocolError);

  participant.abort("t2"); // the coordinator gave up before the prepare arrived
  participant.abort("t2");
  assert.equal(participant.state("t2"), "aborted");
  assert.equal(participant.prepare("t2"), "no");
  assert.deepEqual(log.slice(2), [{ txId: "t2", kind: "abort" }]);
});

test("restores committed and aborted transactions from its log after a crash", () => {
  const log: LogRecord[] = [];
  const before = new Participant("inventory", log, (txId) => txId !== "t2");
  before.prepare("t1");
  before.commit("t1");
  before.prepare("t2");
  const after = new Participant("inventory", log, always);
  assert.equal(after.state("t1"), "committed");
  assert.equal(after.state("t2"), "aborted");
  assert.equal(after.state("t9"), "unknown");
  assert.equal(after.prepare("t2"), "no");
  assert.deepEqual(after.inDoubt(), []);
});

test("keeps prepared transactions in doubt after a crash instead of deciding alone", () => {
  const log: LogRecord[] = [];
  const before = new Participant("inventory", log, always);
  before.prepare("t3");
  before.prepare("t2");
  before.prepare("t1");
  before.abort("t2");
  const after = new Participant("inventory", log, always);
  assert.deepEqual(after.inDoubt(), ["t3", "t1"]); // log order, not sorted
  assert.equal(after.state("t1"), "prepared");
  assert.equal(log.length, 4);
});

test("resolves in-doubt transactions with the coordinator's decision and stays blocked while it is pending", () => {
  const log: LogRecord[] = [
    { txId: "t1", kind: "prepared" },
    { txId: "t2", kind: "prepared" },
    { txId: "t3", kind: "prepared" },
  ];
  const participant = new Participant("inventory", log, always);
  const asked: string[] = [];
  const decisions: Record<string, "committed" | "aborted" | "pending"> = { t1: "committed", t2: "aborted", t3: "pending" };
  participant.recover((txId) => {
    asked.push(txId);
    return decisions[txId];
  });
  assert.deepEqual(asked, ["t1", "t2", "t3"]);
  assert.equal(participant.state("t1"), "committed");
  assert.equal(participant.state("t2"), "aborted");
  assert.deepEqual(participant.inDoubt(), ["t3"]);
  assert.deepEqual(log.slice(3), [
    { txId: "t1", kind: "commit" },
    { txId: "t2", kind: "abort" },
  ]);
});

test("commits or aborts everywhere when the coordinator and participants run together", () => {
  const run = (canCommit: Record<string, boolean>) => {
    const coordinator = new Coordinator(PARTICIPANTS, 1_000, []);
    const participants = new Map(
      PARTICIPANTS.map((id) => [id, new Participant(id, [], () => canCommit[id])] as const),
    );
    let inbox = coordinator.begin("t1", 0);
    while (inbox.length > 0) {
      const next: Message[] = [];
      for (const message of inbox) {
        const participant = participants.get(message.to)!;
        if (message.kind === "prepare") {
          next.push(...coordinator.receiveVote("t1", message.to, participant.prepare("t1"), 1));
        } else if (message.kind === "commit") {
          participant.commit("t1");
        } else {
          participant.abort("t1");
        }
      }
      inbox = next;
    }
    return [coordinator.outcome("t1"), ...PARTICIPANTS.map((id) => participants.get(id)!.state("t1"))];
  };
  assert.deepEqual(run({ inventory: true, payments: true, shipping: true }), [
    "committed", "committed", "committed", "committed",
  ]);
  assert.deepEqual(run({ inventory: true, payments: false, shipping: true }), [
    "aborted", "aborted", "aborted", "aborted",
  ]);
});

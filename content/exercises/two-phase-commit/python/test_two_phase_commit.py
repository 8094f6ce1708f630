import unittest

from two_phase_commit import Coordinator, LogRecord, Message, Participant, ProtocolError

PARTICIPANTS = ["inventory", "payments", "shipping"]


def messages(kind, tx_id, to=PARTICIPANTS):
    return [Message(participant, kind, tx_id) for participant in to]


def always(tx_id):
    return True


def never(tx_id):
    return False


class TwoPhaseCommitTest(unittest.TestCase):
    def test_sends_prepare_to_every_participant_when_a_transaction_begins(self):
        coordinator = Coordinator(PARTICIPANTS, 1_000, [])
        self.assertEqual(coordinator.begin("t1", 0), messages("prepare", "t1"))
        self.assertEqual(coordinator.outcome("t1"), "pending")

    def test_commits_only_after_every_participant_has_voted_yes(self):
        log = []
        coordinator = Coordinator(PARTICIPANTS, 1_000, log)
        coordinator.begin("t1", 0)
        self.assertEqual(coordinator.receive_vote("t1", "inventory", "yes", 10), [])
        self.assertEqual(coordinator.receive_vote("t1", "payments", "yes", 20), [])
        self.assertEqual(coordinator.outcome("t1"), "pending")
        self.assertEqual(log, [])
        self.assertEqual(coordinator.receive_vote("t1", "shipping", "yes", 30), messages("commit", "t1"))
        self.assertEqual(log, [LogRecord("t1", "commit")])
        self.assertEqual(coordinator.outcome("t1"), "committed")

    def test_aborts_on_the_first_no_vote_without_waiting_for_the_others(self):
        log = []
        coordinator = Coordinator(PARTICIPANTS, 1_000, log)
        coordinator.begin("t1", 0)
        coordinator.receive_vote("t1", "inventory", "yes", 10)
        self.assertEqual(coordinator.receive_vote("t1", "payments", "no", 20), messages("abort", "t1"))
        self.assertEqual(log, [LogRecord("t1", "abort")])
        self.assertEqual(coordinator.outcome("t1"), "aborted")

    def test_aborts_a_transaction_whose_votes_have_not_all_arrived_when_the_timeout_expires(self):
        log = []
        coordinator = Coordinator(PARTICIPANTS, 1_000, log)
        coordinator.begin("t1", 500)
        coordinator.receive_vote("t1", "inventory", "yes", 600)
        coordinator.receive_vote("t1", "payments", "yes", 700)
        self.assertEqual(coordinator.tick(1_499), [])
        self.assertEqual(coordinator.tick(1_500), messages("abort", "t1"))
        self.assertEqual(coordinator.tick(2_000), [])
        self.assertEqual(log, [LogRecord("t1", "abort")])
        self.assertEqual(coordinator.outcome("t1"), "aborted")

    def test_ignores_duplicate_votes_and_votes_that_arrive_after_the_decision(self):
        log = []
        coordinator = Coordinator(PARTICIPANTS, 1_000, log)
        coordinator.begin("t1", 0)
        coordinator.receive_vote("t1", "inventory", "yes", 1)
        self.assertEqual(coordinator.receive_vote("t1", "inventory", "yes", 2), [])
        self.assertEqual(coordinator.receive_vote("t1", "payments", "yes", 3), [])
        self.assertEqual(coordinator.outcome("t1"), "pending")
        coordinator.receive_vote("t1", "shipping", "no", 4)
        self.assertEqual(coordinator.receive_vote("t1", "shipping", "yes", 5), [])
        self.assertEqual(coordinator.receive_vote("t1", "inventory", "no", 6), [])
        self.assertEqual(log, [LogRecord("t1", "abort")])

    def test_keeps_decisions_across_a_coordinator_crash_and_presumes_abort_for_everything_else(self):
        log = []
        before = Coordinator(["a"], 1_000, log)
        before.begin("t1", 0)
        before.receive_vote("t1", "a", "yes", 1)
        before.begin("t2", 0)
        before.receive_vote("t2", "a", "no", 1)
        before.begin("t3", 0)  # still pending at the crash

        after = Coordinator(["a"], 1_000, log)
        self.assertEqual(after.outcome("t1"), "committed")
        self.assertEqual(after.outcome("t2"), "aborted")
        self.assertEqual(after.outcome("t3"), "aborted")
        self.assertEqual(after.outcome("never-seen"), "aborted")
        with self.assertRaises(ValueError):
            after.begin("t1", 5)

    def test_rejects_a_reused_transaction_id_no_participants_or_a_non_positive_timeout_with_value_error(self):
        coordinator = Coordinator(PARTICIPANTS, 1_000, [])
        coordinator.begin("t1", 0)
        with self.assertRaises(ValueError):
            coordinator.begin("t1", 1)
        with self.assertRaises(ValueError):
            Coordinator([], 1_000, [])
        with self.assertRaises(ValueError):
            Coordinator(PARTICIPANTS, 0, [])

    def test_logs_prepared_before_voting_yes_when_the_participant_can_commit(self):
        log = []
        seen = []

        def can_commit(tx_id):
            seen.append(tx_id)
            return True

        participant = Participant("inventory", log, can_commit)
        self.assertEqual(participant.prepare("t1"), "yes")
        self.assertEqual(seen, ["t1"])
        self.assertEqual(log, [LogRecord("t1", "prepared")])
        self.assertEqual(participant.state("t1"), "prepared")
        participant.commit("t1")
        self.assertEqual(log, [LogRecord("t1", "prepared"), LogRecord("t1", "commit")])
        self.assertEqual(participant.state("t1"), "committed")

    def test_votes_no_and_aborts_locally_when_the_participant_cannot_commit(self):
        log = []
        participant = Participant("payments", log, never)
        self.assertEqual(participant.prepare("t1"), "no")
        self.assertEqual(log, [LogRecord("t1", "abort")])
        self.assertEqual(participant.state("t1"), "aborted")
        with self.assertRaises(ProtocolError):
            participant.commit("t1")

    def test_answers_a_repeated_prepare_with_the_same_vote_without_logging_again(self):
        log = []
        allowed = {"value": True}
        participant = Participant("inventory", log, lambda tx_id: allowed["value"])
        participant.prepare("t1")
        allowed["value"] = False  # the answer was already promised
        self.assertEqual(participant.prepare("t1"), "yes")
        participant.prepare("t2")
        self.assertEqual(participant.prepare("t2"), "no")
        self.assertEqual(log, [LogRecord("t1", "prepared"), LogRecord("t2", "abort")])

    def test_applies_commit_and_abort_once_and_refuses_to_reverse_or_skip_a_vote(self):
        log = []
        participant = Participant("inventory", log, always)
        participant.prepare("t1")
        participant.commit("t1")
        participant.commit("t1")
        self.assertEqual(len(log), 2)
        with self.assertRaises(ProtocolError):
            participant.abort("t1")
        with self.assertRaises(ProtocolError):
            participant.commit("never-prepared")

        participant.abort("t2")  # the coordinator gave up before the prepare arrived
        participant.abort("t2")
        self.assertEqual(participant.state("t2"), "aborted")
        self.assertEqual(participant.prepare("t2"), "no")
        self.assertEqual(log[2:], [LogRecord("t2", "abort")])

    def test_restores_committed_and_aborted_transactions_from_its_log_after_a_crash(self):
        log = []
        before = Participant("inventory", log, lambda tx_id: tx_id != "t2")
        before.prepare("t1")
        before.commit("t1")
        before.prepare("t2")
        after = Participant("inventory", log, always)
        self.assertEqual(after.state("t1"), "committed")
        self.assertEqual(after.state("t2"), "aborted")
        self.assertEqual(after.state("t9"), "unknown")
        self.assertEqual(after.prepare("t2"), "no")
        self.assertEqual(after.in_doubt(), [])

    def test_keeps_prepared_transactions_in_doubt_after_a_crash_instead_of_deciding_alone(self):
        log = []
        before = Participant("inventory", log, always)
        before.prepare("t3")
        before.prepare("t2")
        before.prepare("t1")
        before.abort("t2")
        after = Participant("inventory", log, always)
        self.assertEqual(after.in_doubt(), ["t3", "t1"])  # log order, not sorted
        self.assertEqual(after.state("t1"), "prepared")
        self.assertEqual(len(log), 4)

    def test_resolves_in_doubt_transactions_with_the_coordinators_decision_and_stays_blocked_while_it_is_pending(self):
        log = [LogRecord("t1", "prepared"), LogRecord("t2", "prepared"), LogRecord("t3", "prepared")]
        participant = Participant("inventory", log, always)
        asked = []
        decisions = {"t1": "committed", "t2": "aborted", "t3": "pending"}

        def ask(tx_id):
            asked.append(tx_id)
            return decisions[tx_id]

        participant.recover(ask)
        self.assertEqual(asked, ["t1", "t2", "t3"])
        self.assertEqual(participant.state("t1"), "committed")
        self.assertEqual(participant.state("t2"), "aborted")
        self.assertEqual(participant.in_doubt(), ["t3"])
        self.assertEqual(log[3:], [LogRecord("t1", "commit"), LogRecord("t2", "abort")])

    def test_commits_or_aborts_everywhere_when_the_coordinator_and_participants_run_together(self):
        def run(can_commit):
            coordinator = Coordinator(PARTICIPANTS, 1_000, [])
            participants = {pid: Participant(pid, [], lambda tx_id, pid=pid: can_commit[pid]) for pid in PARTICIPANTS}
            inbox = coordinator.begin("t1", 0)
            while inbox:
                following = []
                for message in inbox:
                    participant = participants[message.to]
                    if message.kind == "prepare":
                        following.extend(coordinator.receive_vote("t1", message.to, participant.prepare("t1"), 1))
                    elif message.kind == "commit":
                        participant.commit("t1")
                    else:
                        participant.abort("t1")
                inbox = following
            return [coordinator.outcome("t1")] + [participants[pid].state("t1") for pid in PARTICIPANTS]

        self.assertEqual(
            run({"inventory": True, "payments": True, "shipping": True}), ["committed"] * 4
        )
        self.assertEqual(
            run({"inventory": True, "payments": False, "shipping": True}), ["aborted"] * 4
        )


if __name__ == "__main__":
    unittest.main()

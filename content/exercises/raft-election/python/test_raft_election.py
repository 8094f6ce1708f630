import unittest
from collections import deque

from raft_election import Envelope, Heartbeat, RaftNode, RequestVote, Vote


class Cluster:
    """A simulated cluster: it owns time and the network. Every step, each live node ticks, then
    every queued envelope is delivered in FIFO order unless its sender or receiver is down or the
    link is cut.
    """

    def __init__(self, timeouts, heartbeat_interval_ms=50):
        self.timeouts = timeouts
        self.down = set()
        self.cut = set()  # (a, b) drops messages from a to b
        self.now = 0
        self.queue = deque()
        ids = list(timeouts)
        self.nodes = {}
        for node_id in ids:
            peers = [peer for peer in ids if peer != node_id]
            self.nodes[node_id] = RaftNode(
                node_id, peers, lambda node_id=node_id: self.timeouts[node_id], heartbeat_interval_ms
            )

    def node(self, node_id):
        return self.nodes[node_id]

    def cut_between(self, a, b):
        self.cut.add((a, b))
        self.cut.add((b, a))

    def run_until(self, until, step=10):
        """Move time to ``until`` in steps of ``step`` ms, ticking and delivering at every step."""
        while self.now + step <= until:
            self.step_to(self.now + step)

    def step_to(self, now):
        self.now = now
        for node_id, node in self.nodes.items():
            if node_id not in self.down:
                self.queue.extend(node.tick(now))
        delivered = 0
        while self.queue:
            delivered += 1
            assert delivered < 10_000, "message storm: the cluster never went quiet"
            envelope = self.queue.popleft()
            a, b = envelope.sender, envelope.to
            if a in self.down or b in self.down or (a, b) in self.cut:
                continue
            self.queue.extend(self.node(b).receive(envelope, now))

    def leaders(self):
        return [i for i, n in self.nodes.items() if n.role == "leader" and i not in self.down]


def split_vote_cluster():
    """A four-node cluster whose first election (term 1) is split two votes against two."""
    cluster = Cluster({"A": 150, "B": 150, "C": 300, "D": 300})
    cluster.cut_between("A", "D")
    cluster.cut_between("B", "C")
    # The timeouts drawn when A and B start their first election differ, as random ones would.
    cluster.timeouts["A"] = 100
    cluster.timeouts["B"] = 200
    cluster.run_until(150)
    return cluster


def node(node_id, peers, timeout, heartbeat_interval_ms=50):
    return RaftNode(node_id, peers, lambda: timeout, heartbeat_interval_ms)


class RaftElectionTest(unittest.TestCase):
    def test_starts_as_a_follower_in_term_0_with_no_vote_and_no_leader(self):
        n = node("A", ["B", "C"], 150)
        self.assertEqual(n.node_id, "A")
        self.assertEqual(n.role, "follower")
        self.assertEqual(n.term, 0)
        self.assertIsNone(n.voted_for)
        self.assertIsNone(n.leader_id)

    def test_starts_an_election_when_its_election_timeout_elapses_and_not_before(self):
        n = node("A", ["B", "C"], 150)
        self.assertEqual(n.tick(149), [])
        self.assertEqual(n.role, "follower")
        self.assertEqual(
            n.tick(150),
            [
                Envelope("A", "B", RequestVote(term=1, candidate_id="A")),
                Envelope("A", "C", RequestVote(term=1, candidate_id="A")),
            ],
        )
        self.assertEqual(n.role, "candidate")
        self.assertEqual(n.term, 1)
        self.assertEqual(n.voted_for, "A")

    def test_elects_itself_at_once_in_a_single_node_cluster(self):
        n = node("solo", [], 100)
        self.assertEqual(n.tick(100), [])
        self.assertEqual(n.role, "leader")
        self.assertEqual(n.term, 1)
        self.assertEqual(n.leader_id, "solo")

    def test_elects_exactly_one_leader_in_a_three_node_cluster_and_tells_the_others(self):
        cluster = Cluster({"A": 150, "B": 300, "C": 400})
        cluster.run_until(150)
        self.assertEqual(cluster.leaders(), ["A"])
        for node_id in ("A", "B", "C"):
            self.assertEqual(cluster.node(node_id).term, 1)
            self.assertEqual(cluster.node(node_id).leader_id, "A")
        self.assertEqual(cluster.node("B").role, "follower")
        self.assertEqual(cluster.node("C").role, "follower")

    def test_grants_at_most_one_vote_per_term_repeating_it_only_for_the_same_candidate(self):
        n = node("C", ["A", "B"], 300)
        self.assertEqual(
            n.receive(Envelope("A", "C", RequestVote(term=1, candidate_id="A")), 10),
            [Envelope("C", "A", Vote(term=1, granted=True, voter_id="C"))],
        )
        self.assertEqual(
            n.receive(Envelope("B", "C", RequestVote(term=1, candidate_id="B")), 11),
            [Envelope("C", "B", Vote(term=1, granted=False, voter_id="C"))],
        )
        self.assertEqual(
            n.receive(Envelope("A", "C", RequestVote(term=1, candidate_id="A")), 12),
            [Envelope("C", "A", Vote(term=1, granted=True, voter_id="C"))],
        )
        self.assertEqual(n.voted_for, "A")
        self.assertEqual(n.tick(311), [], "granting a vote restarts the election timer")
        self.assertEqual(n.role, "follower")

    def test_refuses_a_vote_request_from_an_older_term_and_replies_with_its_own_term(self):
        n = node("C", ["A", "B"], 300)
        n.receive(Envelope("A", "C", Heartbeat(term=3, leader_id="A")), 5)
        self.assertEqual(n.term, 3)
        self.assertEqual(
            n.receive(Envelope("B", "C", RequestVote(term=2, candidate_id="B")), 6),
            [Envelope("C", "B", Vote(term=3, granted=False, voter_id="C"))],
        )
        self.assertIsNone(n.voted_for)

    def test_steps_down_from_leader_when_it_sees_a_higher_term_then_votes_in_that_term(self):
        n = node("A", ["B"], 100)
        n.tick(100)
        self.assertEqual(
            n.receive(Envelope("B", "A", Vote(term=1, granted=True, voter_id="B")), 101),
            [Envelope("A", "B", Heartbeat(term=1, leader_id="A"))],
        )
        self.assertEqual(n.role, "leader")
        reply = n.receive(Envelope("B", "A", RequestVote(term=2, candidate_id="B")), 120)
        self.assertEqual(n.role, "follower")
        self.assertEqual(n.term, 2)
        self.assertEqual(n.voted_for, "B")
        self.assertEqual(reply, [Envelope("A", "B", Vote(term=2, granted=True, voter_id="A"))])

    def test_steps_down_from_candidate_on_a_heartbeat_of_its_own_term_and_restarts_its_election_timer(self):
        n = node("A", ["B", "C"], 150)
        n.tick(150)
        self.assertEqual(n.role, "candidate")
        self.assertEqual(n.receive(Envelope("B", "A", Heartbeat(term=1, leader_id="B")), 160), [])
        self.assertEqual(n.role, "follower")
        self.assertEqual(n.leader_id, "B")
        self.assertEqual(n.tick(309), [])
        self.assertEqual(len(n.tick(310)), 2)
        self.assertEqual(n.term, 2)
        self.assertIsNone(n.leader_id)  # a new election forgets the old leader

    def test_elects_no_leader_when_a_split_vote_leaves_every_candidate_without_a_majority(self):
        cluster = split_vote_cluster()
        self.assertEqual(cluster.leaders(), [])
        self.assertEqual(cluster.node("A").role, "candidate")
        self.assertEqual(cluster.node("B").role, "candidate")
        self.assertEqual(cluster.node("C").voted_for, "A")
        self.assertEqual(cluster.node("D").voted_for, "B")

    def test_resolves_a_split_vote_in_a_later_term(self):
        cluster = split_vote_cluster()
        cluster.cut.clear()
        cluster.run_until(400)
        self.assertEqual(cluster.leaders(), ["A"])
        for node_id in ("A", "B", "C", "D"):
            self.assertEqual(cluster.node(node_id).term, 2)
            self.assertEqual(cluster.node(node_id).leader_id, "A")

    def test_keeps_the_leader_in_place_with_heartbeats_while_it_is_alive(self):
        cluster = Cluster({"A": 150, "B": 300, "C": 400})
        cluster.run_until(2_000)
        self.assertEqual(cluster.leaders(), ["A"])
        self.assertEqual(cluster.node("B").term, 1)
        self.assertEqual(cluster.node("C").term, 1)

    def test_replaces_a_crashed_leader_in_a_higher_term_and_demotes_it_when_it_returns(self):
        cluster = Cluster({"A": 150, "B": 300, "C": 400})
        cluster.run_until(190)
        cluster.down.add("A")
        cluster.run_until(1_000)
        self.assertEqual(cluster.leaders(), ["B"])
        self.assertEqual(cluster.node("B").term, 2)
        self.assertEqual(cluster.node("C").leader_id, "B")

        cluster.down.discard("A")  # A comes back still believing it leads term 1
        cluster.run_until(1_100)
        self.assertEqual(cluster.leaders(), ["B"])
        self.assertEqual(cluster.node("A").role, "follower")
        self.assertEqual(cluster.node("A").term, 2)
        self.assertEqual(cluster.node("A").leader_id, "B")

    def test_counts_only_distinct_granted_votes_of_its_current_term_toward_a_majority(self):
        n = node("A", ["B", "C", "D", "E"], 150)
        n.tick(150)
        n.tick(300)  # no votes arrived: a second election, term 2
        self.assertEqual(n.term, 2)

        def vote(sender, term, granted):
            return n.receive(Envelope(sender, "A", Vote(term=term, granted=granted, voter_id=sender)), 301)

        self.assertEqual(vote("B", 1, True), [])
        self.assertEqual(vote("C", 1, True), [])
        self.assertEqual(vote("D", 2, False), [])
        self.assertEqual(vote("B", 2, True), [])
        self.assertEqual(vote("B", 2, True), [])
        self.assertEqual(n.role, "candidate")
        heartbeats = vote("C", 2, True)  # A, B and C: 3 of 5
        self.assertEqual(n.role, "leader")
        self.assertEqual([e.to for e in heartbeats], ["B", "C", "D", "E"])

    def test_sends_heartbeats_to_every_peer_on_winning_and_then_every_heartbeat_interval(self):
        n = node("A", ["B", "C"], 150)
        n.tick(150)
        on_win = n.receive(Envelope("B", "A", Vote(term=1, granted=True, voter_id="B")), 160)

        def heartbeats():
            return [Envelope("A", to, Heartbeat(term=1, leader_id="A")) for to in ("B", "C")]

        self.assertEqual(on_win, heartbeats())
        self.assertEqual(n.tick(209), [])
        self.assertEqual(n.tick(210), heartbeats())
        self.assertEqual(n.tick(250), [])
        self.assertEqual(n.tick(260), heartbeats())

    def test_rejects_a_node_listed_among_its_own_peers_or_a_non_positive_heartbeat_interval_with_value_error(self):
        with self.assertRaises(ValueError):
            node("A", ["A", "B"], 150)
        with self.assertRaises(ValueError):
            node("A", ["B"], 150, heartbeat_interval_ms=0)


if __name__ == "__main__":
    unittest.main()

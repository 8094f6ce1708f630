import unittest

from partitioned_log import PartitionedLog, fnv1a32


def values(records):
    return [record.value for record in records]


class PartitionedLogTest(unittest.TestCase):
    def test_a_keyed_record_goes_to_the_partition_chosen_by_fnv1a32_of_its_key(self):
        log = PartitionedLog(4)
        self.assertEqual(log.partition_for("user-1"), 0)
        self.assertEqual(log.partition_for("user-2"), 1)
        self.assertEqual(log.partition_for("user-3"), 2)
        self.assertEqual(log.partition_for("d"), 3)
        for key in ["user-1", "order-42", "d", "e"]:
            self.assertEqual(log.partition_for(key), fnv1a32(key) % 4)
            self.assertEqual(log.append(key, "x").partition, log.partition_for(key))
        self.assertEqual(PartitionedLog(3).partition_for("user-3"), 2)

    def test_offsets_are_counted_per_partition_from_zero(self):
        log = PartitionedLog(4)
        self.assertEqual(log.append("user-1", "a"), (0, 0))
        self.assertEqual(log.append("user-2", "b"), (1, 0))
        self.assertEqual(log.append("user-1", "c"), (0, 1))
        appended = log.append("order-42", "d")
        self.assertEqual((appended.partition, appended.offset), (0, 2))
        self.assertEqual(log.end_offset(0), 3)
        self.assertEqual(log.end_offset(1), 1)
        self.assertEqual(log.end_offset(3), 0)

    def test_records_without_a_key_are_spread_round_robin(self):
        log = PartitionedLog(3)
        partitions = [log.append(None, f"n{i}").partition for i in range(4)]
        log.append("user-3", "keyed")  # keyed records do not move the round-robin
        partitions.append(log.append(None, "n4").partition)
        self.assertEqual(partitions, [0, 1, 2, 0, 1])

    def test_read_returns_a_partitions_records_in_offset_order_from_an_offset_up_to_max(self):
        log = PartitionedLog(2)
        for i in range(5):
            log.append(None, f"v{i}")  # partition 0 gets v0, v2, v4
        self.assertEqual(
            log.read(0, 0, 10),
            [(0, 0, None, "v0"), (0, 1, None, "v2"), (0, 2, None, "v4")],
        )
        self.assertEqual(values(log.read(0, 1, 1)), ["v2"])
        self.assertEqual(log.read(0, 3, 10), [])
        self.assertEqual(log.read(1, 100, 10), [])

    def test_all_records_of_one_key_keep_their_append_order(self):
        log = PartitionedLog(4)
        keys = ["a", "b", "c", "d", "e", "f"]
        for i in range(60):
            key = keys[i % len(keys)]
            log.append(key, f"{key}{i}")
        for index, key in enumerate(keys):
            mine = [r for r in log.read(log.partition_for(key), 0, 1000) if r.key == key]
            self.assertEqual(values(mine), [f"{key}{index + 6 * j}" for j in range(10)])

    def test_a_consumer_of_a_new_group_starts_at_offset_zero_and_polls_its_partitions_in_the_order_given(self):
        log = PartitionedLog(4)
        log.append("user-1", "p0-a")
        log.append("user-2", "p1-a")
        log.append("user-1", "p0-b")
        log.append("user-3", "p2-a")
        consumer = log.consumer("mailer", [1, 0])
        self.assertEqual(values(consumer.poll(10)), ["p1-a", "p0-a", "p0-b"])
        self.assertEqual(consumer.position(0), 2)
        self.assertEqual(consumer.position(1), 1)
        self.assertEqual(log.committed_offset("mailer", 0), 0)

    def test_poll_respects_max_and_picks_up_where_it_stopped_including_new_records(self):
        log = PartitionedLog(1)
        for v in ["a", "b", "c"]:
            log.append("k", v)
        consumer = log.consumer("g", [0])
        self.assertEqual(values(consumer.poll(2)), ["a", "b"])
        self.assertEqual(values(consumer.poll(2)), ["c"])
        self.assertEqual(consumer.poll(2), [])
        log.append("k", "d")
        self.assertEqual(values(consumer.poll()), ["d"])
        for i in range(150):
            log.append("k", f"x{i}")
        self.assertEqual(len(consumer.poll()), 100)  # max defaults to 100

    def test_a_new_consumer_of_the_group_resumes_after_the_last_commit_so_uncommitted_records_come_again(self):
        log = PartitionedLog(2)
        for i in range(6):
            log.append(None, f"v{i}")  # p0: v0 v2 v4, p1: v1 v3 v5
        first = log.consumer("billing", [0, 1])
        self.assertEqual(values(first.poll(4)), ["v0", "v2", "v4", "v1"])
        first.commit()
        self.assertEqual(log.committed_offset("billing", 0), 3)
        self.assertEqual(log.committed_offset("billing", 1), 1)
        self.assertEqual(values(first.poll(10)), ["v3", "v5"])  # processed, then the consumer crashes
        restarted = log.consumer("billing", [0, 1])
        self.assertEqual(values(restarted.poll(10)), ["v3", "v5"])

    def test_each_consumer_group_keeps_its_own_committed_offsets(self):
        log = PartitionedLog(1)
        for v in ["a", "b", "c"]:
            log.append(None, v)
        billing = log.consumer("billing", [0])
        billing.poll(3)
        billing.commit()
        analytics = log.consumer("analytics", [0])
        self.assertEqual(values(analytics.poll(10)), ["a", "b", "c"])
        self.assertEqual(log.committed_offset("billing", 0), 3)
        self.assertEqual(log.committed_offset("analytics", 0), 0)

    def test_seek_replays_earlier_records_without_changing_the_committed_offset_until_commit(self):
        log = PartitionedLog(1)
        for v in ["a", "b", "c", "d"]:
            log.append(None, v)
        consumer = log.consumer("g", [0])
        consumer.poll(10)
        consumer.commit()
        consumer.seek(0, 1)
        self.assertEqual(log.committed_offset("g", 0), 4)
        self.assertEqual(values(consumer.poll(2)), ["b", "c"])
        consumer.commit()
        self.assertEqual(log.committed_offset("g", 0), 3)
        consumer.seek(0, 4)  # the end is a valid position
        self.assertEqual(consumer.poll(), [])

    def test_consumers_of_one_group_with_different_partitions_together_read_everything_once(self):
        log = PartitionedLog(4)
        for i in range(20):
            log.append(f"key-{i}", f"v{i}")
        left = log.consumer("g", [0, 1])
        right = log.consumer("g", [2, 3])
        seen = sorted(values(left.poll(100)) + values(right.poll(100)))
        self.assertEqual(seen, sorted(f"v{i}" for i in range(20)))
        left.commit()
        right.commit()  # commits only its own partitions: the left consumer's commits stay
        self.assertEqual([log.committed_offset("g", p) for p in range(4)], [log.end_offset(p) for p in range(4)])
        with self.assertRaises(ValueError):
            left.position(2)

    def test_rejects_unknown_partitions_bad_offsets_and_bad_sizes(self):
        with self.assertRaises(ValueError):
            PartitionedLog(0)
        with self.assertRaises(ValueError):
            PartitionedLog(2.5)
        log = PartitionedLog(2)
        log.append(None, "a")
        with self.assertRaises(ValueError):
            log.read(2, 0, 1)
        with self.assertRaises(ValueError):
            log.read(0, -1, 1)
        with self.assertRaises(ValueError):
            log.read(0, 0, 0)
        with self.assertRaises(ValueError):
            log.end_offset(-1)
        with self.assertRaises(ValueError):
            log.consumer("g", [0, 5])
        consumer = log.consumer("g", [0])
        with self.assertRaises(ValueError):
            consumer.seek(1, 0)
        with self.assertRaises(ValueError):
            consumer.seek(0, 2)
        with self.assertRaises(ValueError):
            consumer.seek(0, -1)
        with self.assertRaises(ValueError):
            consumer.poll(0)


if __name__ == "__main__":
    unittest.main()

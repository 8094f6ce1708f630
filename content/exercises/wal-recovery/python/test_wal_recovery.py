import json
import struct
import unittest

from wal_recovery import WriteAheadLog, encode_record, fnv1a32, recover


def append_all(wal, records):
    """Append the records and return the log length after each one (the frame boundaries)."""
    ends = []
    for record in records:
        wal.append(record)
        ends.append(len(wal.contents()))
    return ends


def transaction(tx, changes, end="commit"):
    records = [{"type": "begin", "tx": tx}]
    for key, value in changes:
        if value is None:
            records.append({"type": "delete", "tx": tx, "key": key})
        else:
            records.append({"type": "put", "tx": tx, "key": key, "value": value})
    if end is not None:
        records.append({"type": end, "tx": tx})
    return records


class WalRecoveryTest(unittest.TestCase):
    def test_encode_record_writes_a_length_and_checksum_header_in_front_of_the_json_payload(self):
        record = {"type": "put", "tx": 7, "key": "user:1", "value": "Ada"}
        frame = encode_record(record)
        length, checksum = struct.unpack(">II", frame[:8])
        payload = frame[8:]
        self.assertEqual(length, len(payload))
        self.assertEqual(checksum, fnv1a32(payload))
        self.assertEqual(json.loads(payload.decode("utf-8")), record)

    def test_an_empty_log_recovers_to_an_empty_state(self):
        result = recover(b"")
        self.assertEqual(result.state, {})
        self.assertEqual(result.committed, [])
        self.assertEqual(result.valid_length, 0)
        self.assertEqual(len(WriteAheadLog().contents()), 0)

    def test_replays_committed_transactions_in_commit_order(self):
        wal = WriteAheadLog()
        append_all(wal, transaction(1, [("a", "1"), ("b", "2")]))
        append_all(wal, transaction(2, [("a", "10"), ("b", None), ("c", "3")]))
        log = wal.contents()
        result = recover(log)
        self.assertEqual(result.state, {"a": "10", "c": "3"})
        self.assertEqual(result.committed, [1, 2])
        self.assertEqual(result.valid_length, len(log))

    def test_ignores_a_transaction_that_never_committed(self):
        wal = WriteAheadLog()
        append_all(wal, transaction(1, [("a", "1")]))
        append_all(wal, transaction(2, [("a", "2"), ("b", "2")], None))
        result = recover(wal.contents())
        self.assertEqual(result.state, {"a": "1"})
        self.assertEqual(result.committed, [1])

    def test_ignores_an_aborted_transaction(self):
        wal = WriteAheadLog()
        append_all(wal, transaction(1, [("a", "1")]))
        append_all(wal, transaction(2, [("a", None), ("z", "26")], "abort"))
        result = recover(wal.contents())
        self.assertEqual(result.state, {"a": "1"})
        self.assertEqual(result.committed, [1])

    def test_interleaved_transactions_take_effect_at_their_commit_records(self):
        wal = WriteAheadLog()
        append_all(
            wal,
            [
                {"type": "begin", "tx": 1},
                {"type": "begin", "tx": 2},
                {"type": "put", "tx": 1, "key": "x", "value": "from 1"},
                {"type": "put", "tx": 2, "key": "x", "value": "from 2"},
                {"type": "put", "tx": 2, "key": "y", "value": "from 2"},
                {"type": "commit", "tx": 2},
                {"type": "put", "tx": 1, "key": "z", "value": "from 1"},
                {"type": "commit", "tx": 1},
            ],
        )
        result = recover(wal.contents())
        self.assertEqual(result.state, {"x": "from 1", "y": "from 2", "z": "from 1"})
        self.assertEqual(result.committed, [2, 1])

    def test_a_commit_record_torn_by_the_crash_leaves_its_transaction_unapplied(self):
        wal = WriteAheadLog()
        first = append_all(wal, transaction(1, [("a", "1")]))
        append_all(wal, transaction(2, [("a", "2")]))
        log = wal.contents()
        result = recover(log[: len(log) - 2])
        self.assertEqual(result.state, {"a": "1"})
        self.assertEqual(result.committed, [1])
        self.assertEqual(result.valid_length, len(log) - len(encode_record({"type": "commit", "tx": 2})))
        self.assertGreater(result.valid_length, first[-1])

    def test_cutting_the_log_at_any_byte_offset_recovers_the_state_of_the_last_whole_frame(self):
        wal = WriteAheadLog()
        boundaries = append_all(
            wal,
            transaction(1, [("a", "1"), ("b", "2")]) + transaction(2, [("a", None), ("c", "3")]),
        )
        log = wal.contents()
        for cut in range(len(log) + 1):
            whole = len([end for end in boundaries if end <= cut])
            if whole >= 8:
                expected = {"b": "2", "c": "3"}
            elif whole >= 4:
                expected = {"a": "1", "b": "2"}
            else:
                expected = {}
            result = recover(log[:cut])
            self.assertEqual(result.state, expected, f"cut at {cut}")
            self.assertEqual(result.valid_length, boundaries[whole - 1] if whole else 0, f"cut at {cut}")

    def test_a_frame_with_a_bad_checksum_ends_the_valid_log_even_if_later_frames_are_intact(self):
        wal = WriteAheadLog()
        ends = append_all(wal, transaction(1, [("a", "1")]))
        append_all(wal, transaction(2, [("b", "2")]))
        append_all(wal, transaction(3, [("c", "3")]))
        log = bytearray(wal.contents())
        corrupt_frame_start = ends[-1] + len(encode_record({"type": "begin", "tx": 2}))
        corrupt_frame_end = corrupt_frame_start + len(encode_record({"type": "put", "tx": 2, "key": "b", "value": "2"}))
        log[corrupt_frame_end - 3] ^= 0x01  # one flipped bit in tx 2's put: the value "2" now reads "3"
        result = recover(bytes(log))
        self.assertEqual(result.state, {"a": "1"})
        self.assertEqual(result.committed, [1])
        self.assertEqual(result.valid_length, corrupt_frame_start)

    def test_garbage_after_the_last_whole_frame_is_ignored(self):
        wal = WriteAheadLog()
        append_all(wal, transaction(1, [("a", "1")]))
        log = wal.contents()
        for garbage in (
            bytes([0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 1]),
            bytes([0, 0, 0, 2, 0, 0, 0, 0, 0x7B, 0x7D]),
            bytes([0, 0, 0]),
        ):
            result = recover(log + garbage)
            self.assertEqual(result.state, {"a": "1"})
            self.assertEqual(result.valid_length, len(log))

    def test_a_frame_with_a_valid_checksum_but_no_valid_record_ends_the_valid_log(self):
        wal = WriteAheadLog()
        append_all(wal, transaction(1, [("a", "1")]))
        log = wal.contents()
        later = b"".join(encode_record(record) for record in transaction(2, [("b", "2")]))
        for text in ('{}', 'not json', '{"type":"put","tx":1,"key":"b"}', '{"type":"update","tx":1}'):
            payload = text.encode("utf-8")
            frame = struct.pack(">II", len(payload), fnv1a32(payload)) + payload
            result = recover(log + frame + later)
            self.assertEqual(result.state, {"a": "1"}, text)
            self.assertEqual(result.committed, [1], text)
            self.assertEqual(result.valid_length, len(log), text)

    def test_reopening_a_log_drops_the_torn_tail_so_records_appended_after_the_crash_are_recovered(self):
        wal = WriteAheadLog()
        append_all(wal, transaction(1, [("a", "1")]))
        append_all(wal, transaction(2, [("a", "2")]))
        crashed = wal.contents()[:-5]
        reopened = WriteAheadLog(crashed)
        self.assertEqual(len(reopened.contents()), recover(crashed).valid_length)
        append_all(reopened, transaction(3, [("b", "3")]))
        result = recover(reopened.contents())
        self.assertEqual(result.state, {"a": "1", "b": "3"})
        self.assertEqual(result.committed, [1, 3])

    def test_append_rejects_a_malformed_record_and_leaves_the_log_unchanged(self):
        wal = WriteAheadLog()
        wal.append({"type": "begin", "tx": 1})
        before = wal.contents()
        bad = [
            {"type": "update", "tx": 1, "key": "a", "value": "1"},
            {"type": "put", "tx": -1, "key": "a", "value": "1"},
            {"type": "put", "tx": 1.5, "key": "a", "value": "1"},
            {"type": "put", "tx": 1, "key": "a"},
            {"type": "delete", "tx": 1, "key": 42},
        ]
        for record in bad:
            with self.assertRaises(ValueError):
                wal.append(record)
        self.assertEqual(wal.contents(), before)


if __name__ == "__main__":
    unittest.main()

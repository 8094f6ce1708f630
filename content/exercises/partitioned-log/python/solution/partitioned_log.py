"""A Kafka-style partitioned log with consumer groups."""

from typing import Dict, List, NamedTuple, Optional, Tuple


class LogRecord(NamedTuple):
    """One record in a partition."""

    partition: int
    offset: int
    key: Optional[str]
    value: str


class Appended(NamedTuple):
    """Where an appended record went."""

    partition: int
    offset: int


def fnv1a32(text: str) -> int:
    """FNV-1a 32-bit hash of the UTF-8 bytes of the text, as an unsigned integer. Ready-made."""
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def _require_count(name: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be an integer >= 1, got {value!r}")


class PartitionedLog:
    """A Kafka-style topic: ``partitions`` append-only logs with per-partition offsets from 0,
    keyed partitioning (fnv1a32(key) % partitions; None keys round-robin) and committed offsets
    per consumer group."""

    def __init__(self, partitions: int) -> None:
        _require_count("partitions", partitions)
        self._logs: List[List[LogRecord]] = [[] for _ in range(partitions)]
        self._committed: Dict[Tuple[str, int], int] = {}  # (group, partition) -> next offset
        self._next_round_robin = 0

    def partition_for(self, key: str) -> int:
        return fnv1a32(key) % len(self._logs)

    def append(self, key: Optional[str], value: str) -> Appended:
        if key is None:
            partition = self._next_round_robin
            self._next_round_robin = (self._next_round_robin + 1) % len(self._logs)
        else:
            partition = self.partition_for(key)
        log = self._logs[partition]
        offset = len(log)  # the offset is the index in the partition
        log.append(LogRecord(partition, offset, key, value))
        return Appended(partition, offset)

    def read(self, partition: int, from_offset: int, max: int) -> List[LogRecord]:
        log = self._partition(partition)
        if isinstance(from_offset, bool) or not isinstance(from_offset, int) or from_offset < 0:
            raise ValueError(f"from_offset must be an integer >= 0, got {from_offset!r}")
        _require_count("max", max)
        return log[from_offset : from_offset + max]

    def end_offset(self, partition: int) -> int:
        return len(self._partition(partition))

    def committed_offset(self, group: str, partition: int) -> int:
        self._partition(partition)
        return self._committed.get((group, partition), 0)

    def consumer(self, group: str, partitions: List[int]) -> "Consumer":
        for p in partitions:
            self._partition(p)
        return Consumer(self, group, partitions)

    def _commit_offset(self, group: str, partition: int, offset: int) -> None:
        self._committed[(group, partition)] = offset

    def _partition(self, partition: int) -> List[LogRecord]:
        if isinstance(partition, bool) or not isinstance(partition, int) or not 0 <= partition < len(self._logs):
            raise ValueError(f"no partition {partition!r}")
        return self._logs[partition]


class Consumer:
    """Reads assigned partitions for a consumer group. Created by PartitionedLog.consumer()."""

    def __init__(self, log: PartitionedLog, group: str, partitions: List[int]) -> None:
        self._log = log
        self._group = group
        self._partitions = list(partitions)
        self._positions = {p: log.committed_offset(group, p) for p in partitions}

    def poll(self, max: int = 100) -> List[LogRecord]:
        _require_count("max", max)
        records: List[LogRecord] = []
        for p in self._partitions:
            if len(records) == max:
                break
            batch = self._log.read(p, self._positions[p], max - len(records))
            records.extend(batch)
            self._positions[p] += len(batch)
        return records

    def commit(self) -> None:
        for p, offset in self._positions.items():
            self._log._commit_offset(self._group, p, offset)

    def seek(self, partition: int, offset: int) -> None:
        self.position(partition)
        end = self._log.end_offset(partition)
        if isinstance(offset, bool) or not isinstance(offset, int) or not 0 <= offset <= end:
            raise ValueError(f"offset {offset!r} is outside 0..{end}")
        self._positions[partition] = offset

    def position(self, partition: int) -> int:
        if partition not in self._positions:
            raise ValueError(f"partition {partition!r} is not assigned to this consumer")
        return self._positions[partition]

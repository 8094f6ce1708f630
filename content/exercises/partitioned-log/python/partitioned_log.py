"""A Kafka-style partitioned log with consumer groups."""

from typing import List, NamedTuple, Optional


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


class PartitionedLog:
    """A Kafka-style topic: ``partitions`` append-only logs with per-partition offsets from 0,
    keyed partitioning (fnv1a32(key) % partitions; None keys round-robin) and committed offsets
    per consumer group."""

    def __init__(self, partitions: int) -> None:
        """Raises ValueError if partitions is not an int >= 1."""
        raise NotImplementedError

    def partition_for(self, key: str) -> int:
        """The partition a keyed record goes to: fnv1a32(key) % partitions."""
        raise NotImplementedError

    def append(self, key: Optional[str], value: str) -> Appended:
        """Append a record (None key: round-robin from partition 0) and return where it went."""
        raise NotImplementedError

    def read(self, partition: int, from_offset: int, max: int) -> List[LogRecord]:
        """Up to ``max`` records of the partition from from_offset on, in offset order.

        Raises ValueError for an unknown partition, a negative from_offset or max not an int >= 1.
        """
        raise NotImplementedError

    def end_offset(self, partition: int) -> int:
        """The offset the next record appended to the partition will get. Raises ValueError."""
        raise NotImplementedError

    def committed_offset(self, group: str, partition: int) -> int:
        """The group's committed offset for the partition (the next offset to read); 0 if none."""
        raise NotImplementedError

    def consumer(self, group: str, partitions: List[int]) -> "Consumer":
        """A consumer of the group for the given partitions, starting at the group's committed
        offsets. Raises ValueError if a partition does not exist."""
        raise NotImplementedError


class Consumer:
    """Reads assigned partitions for a consumer group. Created by PartitionedLog.consumer()."""

    def __init__(self, log: PartitionedLog, group: str, partitions: List[int]) -> None:
        """Created by PartitionedLog.consumer(); not meant to be called directly."""
        raise NotImplementedError

    def poll(self, max: int = 100) -> List[LogRecord]:
        """Up to ``max`` records from the current positions, walking the assigned partitions in
        the order given and taking everything available from one before the next. Advances the
        positions. Raises ValueError if max is not an int >= 1."""
        raise NotImplementedError

    def commit(self) -> None:
        """Store the current positions of the assigned partitions as the group's committed offsets."""
        raise NotImplementedError

    def seek(self, partition: int, offset: int) -> None:
        """Move the position of an assigned partition (for replay). Does not commit.

        Raises ValueError if the partition is not assigned or offset is outside 0..end_offset.
        """
        raise NotImplementedError

    def position(self, partition: int) -> int:
        """The next offset this consumer will read from the partition. Raises ValueError if not assigned."""
        raise NotImplementedError

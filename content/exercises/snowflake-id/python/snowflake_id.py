"""Snowflake ids: 64-bit, time-ordered, laid out as 0 | timestamp (41) | worker id (10) | sequence (12)."""

from typing import Callable, NamedTuple

DEFAULT_EPOCH = 1288834974657
"""Twitter's Snowflake epoch, 2010-11-04T01:42:54.657Z, in Unix milliseconds."""

TIMESTAMP_BITS = 41
"""Bits for the millisecond timestamp (relative to the epoch)."""
WORKER_ID_BITS = 10
"""Bits for the worker id: worker ids are 0..1023."""
SEQUENCE_BITS = 12
"""Bits for the per-millisecond sequence: sequence numbers are 0..4095."""


class ClockMovedBackwardsError(Exception):
    """Raised by ``next_id`` when the clock is earlier than the last id's timestamp.

    Provided: you do not need to change it.
    """

    def __init__(self, last_timestamp: int, now: int) -> None:
        super().__init__(f"clock moved backwards: last id at {last_timestamp} ms, clock now {now} ms")
        self.last_timestamp = last_timestamp
        self.now = now


class SnowflakeParts(NamedTuple):
    """The three fields of a Snowflake id; ``timestamp`` is absolute Unix milliseconds."""

    timestamp: int
    worker_id: int
    sequence: int


class SnowflakeGenerator:
    """Generates ids equal to ``((clock() - epoch) << 22) | (worker_id << 12) | sequence``."""

    def __init__(self, worker_id: int, clock: Callable[[], int], epoch: int = DEFAULT_EPOCH) -> None:
        """Create a generator for one worker.

        ``clock`` returns the current Unix time in whole milliseconds (injected so tests control
        time). Raises ``ValueError`` if ``worker_id`` is not an int in 0..1023. Does not read the clock.
        """
        raise NotImplementedError

    def next_id(self) -> int:
        """Return the next id; ids from one generator are strictly increasing.

        Same millisecond as the last id: sequence + 1. A new millisecond: sequence 0. When
        sequence 4095 has been used in this millisecond, keep calling ``clock()`` until it returns a
        later millisecond and use sequence 0 there.

        Raises ``ClockMovedBackwardsError`` if ``clock()`` is earlier than the last id's timestamp
        (nothing is issued; generation resumes once the clock catches up), and ``ValueError`` if
        ``clock() - epoch`` is negative or does not fit in 41 bits.
        """
        raise NotImplementedError


def parse_snowflake(snowflake_id: int, epoch: int = DEFAULT_EPOCH) -> SnowflakeParts:
    """Split an id into its fields; the epoch is added back to the timestamp."""
    raise NotImplementedError

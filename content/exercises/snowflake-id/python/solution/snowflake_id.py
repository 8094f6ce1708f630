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

_MAX_WORKER_ID = (1 << WORKER_ID_BITS) - 1
_MAX_SEQUENCE = (1 << SEQUENCE_BITS) - 1
_WORKER_SHIFT = SEQUENCE_BITS
_TIMESTAMP_SHIFT = SEQUENCE_BITS + WORKER_ID_BITS


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
        if not isinstance(worker_id, int) or not 0 <= worker_id <= _MAX_WORKER_ID:
            raise ValueError(f"worker_id must be an int in 0..{_MAX_WORKER_ID}, got {worker_id!r}")
        self._worker_id = worker_id
        self._clock = clock
        self._epoch = epoch
        self._last_timestamp = -1
        self._sequence = 0

    def next_id(self) -> int:
        now = self._read_clock()
        if now < self._last_timestamp:
            raise ClockMovedBackwardsError(self._last_timestamp, now)
        if now == self._last_timestamp:
            if self._sequence == _MAX_SEQUENCE:
                # This millisecond is used up: wait for the clock to move on.
                while now <= self._last_timestamp:
                    now = self._read_clock()
                self._sequence = 0
            else:
                self._sequence += 1
        else:
            self._sequence = 0
        self._last_timestamp = now
        return (
            ((now - self._epoch) << _TIMESTAMP_SHIFT)
            | (self._worker_id << _WORKER_SHIFT)
            | self._sequence
        )

    def _read_clock(self) -> int:
        now = self._clock()
        elapsed = now - self._epoch
        if not 0 <= elapsed < (1 << TIMESTAMP_BITS):
            raise ValueError(f"clock reading {now} is outside the 41-bit range of epoch {self._epoch}")
        return now


def parse_snowflake(snowflake_id: int, epoch: int = DEFAULT_EPOCH) -> SnowflakeParts:
    """Split an id into its fields; the epoch is added back to the timestamp."""
    return SnowflakeParts(
        timestamp=(snowflake_id >> _TIMESTAMP_SHIFT) + epoch,
        worker_id=(snowflake_id >> _WORKER_SHIFT) & _MAX_WORKER_ID,
        sequence=snowflake_id & _MAX_SEQUENCE,
    )

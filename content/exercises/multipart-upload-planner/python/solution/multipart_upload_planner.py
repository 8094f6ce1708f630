"""Plan S3 multipart uploads and track their parts through retries."""

from typing import Dict, List, NamedTuple, Optional, Sequence

MIB = 1024 * 1024
MIN_PART_SIZE = 5 * MIB
"""Minimum size of every part except the last."""
MAX_PART_SIZE = 5 * 1024 * MIB
"""Maximum size of one part (5 GiB)."""
MAX_PARTS = 10_000
"""Maximum number of parts in one upload."""
MAX_OBJECT_SIZE = 5 * 1024 * 1024 * MIB
"""Maximum object size (5 TiB)."""
DEFAULT_PART_SIZE = 8 * MIB


class Part(NamedTuple):
    """Bytes [offset, offset + size) of the file. Part numbers start at 1. Provided."""

    part_number: int
    offset: int
    size: int


class CompletedPart(NamedTuple):
    """An entry of the CompleteMultipartUpload request. Provided."""

    part_number: int
    etag: str


class IncompleteUploadError(Exception):
    """Raised by ``completion_list`` before every part has been uploaded. Provided."""


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


def plan_parts(total_size: int, part_size: int = DEFAULT_PART_SIZE) -> List[Part]:
    if not isinstance(total_size, int) or not 0 <= total_size <= MAX_OBJECT_SIZE:
        raise ValueError(f"total_size must be an int in 0..{MAX_OBJECT_SIZE}, got {total_size!r}")
    if not isinstance(part_size, int) or not MIN_PART_SIZE <= part_size <= MAX_PART_SIZE:
        raise ValueError(f"part_size must be an int in {MIN_PART_SIZE}..{MAX_PART_SIZE}, got {part_size!r}")
    size = part_size
    if _ceil_div(total_size, size) > MAX_PARTS:
        size = _ceil_div(_ceil_div(total_size, MAX_PARTS), MIB) * MIB
    if total_size == 0:
        return [Part(1, 0, 0)]
    return [
        Part(number, offset, min(size, total_size - offset))
        for number, offset in enumerate(range(0, total_size, size), start=1)
    ]


class _Tracked:
    def __init__(self, part: Part) -> None:
        self.part = part
        self.state = "pending"  # pending | in-flight | done
        self.attempts = 0
        self.etag: Optional[str] = None


class UploadTracker:
    """Tracks parts through uploads and retries to the completion list."""

    def __init__(self, parts: Sequence[Part], max_attempts: int = 3) -> None:
        if not isinstance(max_attempts, int) or max_attempts < 1:
            raise ValueError(f"max_attempts must be an int >= 1, got {max_attempts!r}")
        self._max_attempts = max_attempts
        self._tracked = [_Tracked(part) for part in sorted(parts, key=lambda p: p.part_number)]
        self._by_number: Dict[int, _Tracked] = {t.part.part_number: t for t in self._tracked}
        self._failed = False

    def next_batch(self, limit: int) -> List[Part]:
        if not isinstance(limit, int) or limit < 1:
            raise ValueError(f"limit must be an int >= 1, got {limit!r}")
        if self._failed:
            return []
        batch: List[Part] = []
        for entry in self._tracked:
            if len(batch) == limit:
                break
            if entry.state == "pending":
                entry.state = "in-flight"
                entry.attempts += 1
                batch.append(entry.part)
        return batch

    def complete(self, part_number: int, etag: str) -> None:
        entry = self._find(part_number)
        entry.state = "done"
        entry.etag = etag

    def fail(self, part_number: int) -> bool:
        entry = self._find(part_number)
        if entry.attempts >= self._max_attempts:
            self._failed = True
            return False
        entry.state = "pending"
        return True

    def attempts(self, part_number: int) -> int:
        return self._find(part_number).attempts

    def status(self) -> str:
        if self._failed:
            return "failed"
        return "complete" if all(entry.state == "done" for entry in self._tracked) else "in-progress"

    def completion_list(self) -> List[CompletedPart]:
        if self.status() != "complete":
            missing = [entry.part.part_number for entry in self._tracked if entry.state != "done"]
            raise IncompleteUploadError(f"parts not uploaded yet: {missing}")
        return [CompletedPart(entry.part.part_number, entry.etag or "") for entry in self._tracked]

    def _find(self, part_number: int) -> _Tracked:
        entry = self._by_number.get(part_number)
        if entry is None:
            raise ValueError(f"unknown part number {part_number}")
        return entry

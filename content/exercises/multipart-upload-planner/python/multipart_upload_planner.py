"""Plan S3 multipart uploads and track their parts through retries."""

from typing import List, NamedTuple, Sequence

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


def plan_parts(total_size: int, part_size: int = DEFAULT_PART_SIZE) -> List[Part]:
    """Split ``total_size`` bytes into contiguous parts numbered from 1.

    All parts are ``part_size`` bytes except a possibly smaller last one (an empty file is one
    part of size 0). If that needs more than MAX_PARTS parts, the part size becomes
    ceil(total_size / MAX_PARTS) rounded up to a whole MiB. Raises ``ValueError`` unless total_size
    is an int in 0..MAX_OBJECT_SIZE and part_size an int in MIN_PART_SIZE..MAX_PART_SIZE.
    """
    raise NotImplementedError


class UploadTracker:
    """Tracks parts through uploads and retries to the completion list."""

    def __init__(self, parts: Sequence[Part], max_attempts: int = 3) -> None:
        """``max_attempts``: attempts allowed per part."""
        raise NotImplementedError

    def next_batch(self, limit: int) -> List[Part]:
        """Up to ``limit`` pending parts, lowest part number first.

        Marks them in flight and counts an attempt for each. Returns [] once the upload has
        failed. Raises ``ValueError`` if limit is not an int >= 1.
        """
        raise NotImplementedError

    def complete(self, part_number: int, etag: str) -> None:
        """Record the part as uploaded with ``etag``. ``ValueError`` for an unknown part."""
        raise NotImplementedError

    def fail(self, part_number: int) -> bool:
        """Report a failed upload.

        Returns True and makes the part pending again if it has had fewer than max_attempts
        attempts; otherwise marks the whole upload failed and returns False. ``ValueError`` for an
        unknown part.
        """
        raise NotImplementedError

    def attempts(self, part_number: int) -> int:
        """How many times the part has been handed out. ``ValueError`` for an unknown part."""
        raise NotImplementedError

    def status(self) -> str:
        """"complete" when every part is done, "failed" once a part ran out of attempts, else "in-progress"."""
        raise NotImplementedError

    def completion_list(self) -> List[CompletedPart]:
        """Every part's number and ETag, ascending by part number.

        Raises ``IncompleteUploadError`` unless the upload is complete.
        """
        raise NotImplementedError

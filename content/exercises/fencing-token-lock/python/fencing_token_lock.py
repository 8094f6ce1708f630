"""A lease-based lock service with fencing tokens, and storage that enforces them."""

from typing import Callable, NamedTuple, Optional


class Lease(NamedTuple):
    """A granted lock, valid while clock() < expires_at. Provided."""

    resource: str
    owner: str
    token: int
    expires_at: float


class StaleTokenError(Exception):
    """Raised by ``FencedStorage.write`` for a token lower than one already seen. Provided."""

    def __init__(self, token: int, highest_seen: int) -> None:
        super().__init__(f"stale fencing token {token}: already saw {highest_seen}")
        self.token = token
        self.highest_seen = highest_seen


class LockService:
    """A lease-based lock service that hands out increasing fencing tokens."""

    def __init__(self, clock: Callable[[], float]) -> None:
        """``clock`` returns the current time in ms."""
        raise NotImplementedError

    def acquire(self, resource: str, owner: str, lease_ms: float) -> Optional[Lease]:
        """Grant ``resource`` to ``owner`` for ``lease_ms`` with the next token.

        One counter for all resources, starting at 1. Returns None while a valid lease exists
        (also for the same owner). Raises ``ValueError`` if lease_ms <= 0.
        """
        raise NotImplementedError

    def renew(self, resource: str, token: int, lease_ms: float) -> Optional[Lease]:
        """Extend the valid lease holding ``token`` to now + lease_ms (same token).

        None if the lease expired or ``token`` is not current. Raises ``ValueError`` if lease_ms <= 0.
        """
        raise NotImplementedError

    def release(self, resource: str, token: int) -> bool:
        """Free the lock if ``token`` is the current, valid lease's token; return whether it did."""
        raise NotImplementedError


class FencedStorage:
    """Storage that rejects writes carrying a token lower than the highest it has seen for the key."""

    def __init__(self) -> None:
        raise NotImplementedError

    def write(self, key: str, value: str, token: int) -> None:
        """Store ``value`` if ``token`` >= the highest token seen for ``key``; else ``StaleTokenError``."""
        raise NotImplementedError

    def read(self, key: str) -> Optional[str]:
        """The stored value, or None."""
        raise NotImplementedError

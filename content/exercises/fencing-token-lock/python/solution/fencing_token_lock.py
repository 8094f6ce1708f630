"""A lease-based lock service with fencing tokens, and storage that enforces them."""

from typing import Callable, Dict, NamedTuple, Optional


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


def _require_lease(lease_ms: float) -> None:
    if not lease_ms > 0:
        raise ValueError(f"lease_ms must be > 0, got {lease_ms}")


class LockService:
    """A lease-based lock service that hands out increasing fencing tokens."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._last_token = 0
        self._leases: Dict[str, Lease] = {}

    def acquire(self, resource: str, owner: str, lease_ms: float) -> Optional[Lease]:
        _require_lease(lease_ms)
        now = self._clock()
        if self._valid_lease(resource, now) is not None:
            return None
        self._last_token += 1
        lease = Lease(resource, owner, self._last_token, now + lease_ms)
        self._leases[resource] = lease
        return lease

    def renew(self, resource: str, token: int, lease_ms: float) -> Optional[Lease]:
        _require_lease(lease_ms)
        now = self._clock()
        lease = self._valid_lease(resource, now)
        if lease is None or lease.token != token:
            return None
        renewed = lease._replace(expires_at=now + lease_ms)
        self._leases[resource] = renewed
        return renewed

    def release(self, resource: str, token: int) -> bool:
        lease = self._valid_lease(resource, self._clock())
        if lease is None or lease.token != token:
            return False
        del self._leases[resource]
        return True

    def _valid_lease(self, resource: str, now: float) -> Optional[Lease]:
        lease = self._leases.get(resource)
        return lease if lease is not None and now < lease.expires_at else None


class FencedStorage:
    """Storage that rejects writes carrying a token lower than the highest it has seen for the key."""

    def __init__(self) -> None:
        self._values: Dict[str, str] = {}
        self._highest_token: Dict[str, int] = {}

    def write(self, key: str, value: str, token: int) -> None:
        highest = self._highest_token.get(key)
        if highest is not None and token < highest:
            raise StaleTokenError(token, highest)
        self._values[key] = value
        self._highest_token[key] = token

    def read(self, key: str) -> Optional[str]:
        return self._values.get(key)

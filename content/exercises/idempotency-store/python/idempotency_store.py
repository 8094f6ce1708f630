"""An idempotency key store for async handlers."""

from typing import Any, Awaitable, Callable, Generic, Optional, TypeVar

T = TypeVar("T")


class IdempotencyConflictError(Exception):
    """Raised when an idempotency key is reused with a different payload. Provided."""

    def __init__(self, key: str) -> None:
        super().__init__(f"idempotency key {key} was already used with a different payload")
        self.key = key


def canonical_json(value: Any) -> str:
    """JSON with object keys sorted at every level, lists in order and no whitespace.

    ``canonical_json({"b": 1, "a": [3, {"d": 1, "c": 2}]})`` is ``{"a":[3,{"c":2,"d":1}],"b":1}``.
    """
    raise NotImplementedError


class IdempotencyStore(Generic[T]):
    """Runs each idempotency key's handler at most once (per successful execution)."""

    def __init__(self, clock: Optional[Callable[[], float]] = None, ttl_ms: Optional[float] = None) -> None:
        """``clock`` returns the time in ms (default: the real clock; tests inject a fake).

        ``ttl_ms`` is how long a finished result is kept (default: forever). Raises
        ``ValueError`` if ttl_ms <= 0.
        """
        raise NotImplementedError

    async def execute(self, key: str, payload: Any, handler: Callable[[], Awaitable[T]]) -> T:
        """Run ``handler`` at most once per key.

        - New (or expired) key: await ``handler()`` once and return its result, remembering it with
          the payload's canonical JSON. Failures are not remembered.
        - Same key, equal payload, running: return the running execution's result.
        - Same key, equal payload, finished: return the stored result; ``handler`` is not called.
        - Same key, different payload: raise ``IdempotencyConflictError``.
        A finished result expires when clock() >= completed_at + ttl_ms.
        """
        raise NotImplementedError

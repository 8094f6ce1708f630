"""Feature flags: kill switch, allow/deny lists, targeting rules, sticky percentage rollout."""

from dataclasses import dataclass, field
from typing import Dict, Sequence


def fnv1a32(text: str) -> int:
    """32-bit FNV-1a hash of the UTF-8 bytes of ``text``.

    Provided (identical in the TypeScript version); do not change it.
    """
    value = 0x811C9DC5
    for byte in text.encode("utf-8"):
        value ^= byte
        value = (value * 0x01000193) & 0xFFFFFFFF
    return value


@dataclass(frozen=True)
class TargetingRule:
    """Users whose ``attribute`` is one of ``one_of`` are in a ``percentage`` (int 0..100) rollout. Provided."""

    attribute: str
    one_of: Sequence[str]
    percentage: int


@dataclass(frozen=True)
class FlagConfig:
    """One flag's configuration. Provided.

    rollout_percentage (int 0..100) applies to users no rule matches; rules are checked in order.
    """

    key: str
    rollout_percentage: int
    allow_users: Sequence[str] = ()
    deny_users: Sequence[str] = ()
    rules: Sequence[TargetingRule] = ()
    killed: bool = False


@dataclass(frozen=True)
class User:
    """A user and their attributes (such as country or plan). Provided."""

    id: str
    attributes: Dict[str, str] = field(default_factory=dict)


def bucket(flag_key: str, user_id: str) -> int:
    """The user's stable bucket for a flag, 0..99: ``fnv1a32(f"{flag_key}:{user_id}") % 100``."""
    raise NotImplementedError


class FeatureFlags:
    """Evaluates feature flags."""

    def __init__(self, flags: Sequence[FlagConfig]) -> None:
        """Raises ``ValueError`` for a percentage that is not an int 0..100, or duplicate flag keys."""
        raise NotImplementedError

    def is_enabled(self, flag_key: str, user: User) -> bool:
        """Evaluate a flag for a user.

        In order: unknown flag -> False; killed -> False; in deny_users -> False; in allow_users ->
        True; first matching rule -> bucket < rule.percentage; otherwise bucket < rollout_percentage.
        """
        raise NotImplementedError

    def set_killed(self, flag_key: str, killed: bool) -> None:
        """Turn the kill switch on or off. Raises ``KeyError`` for an unknown flag."""
        raise NotImplementedError

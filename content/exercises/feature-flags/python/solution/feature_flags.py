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
    return fnv1a32(f"{flag_key}:{user_id}") % 100


def _require_percentage(value: int, where: str) -> None:
    if not isinstance(value, int) or not 0 <= value <= 100:
        raise ValueError(f"{where}: percentage must be an int from 0 to 100, got {value!r}")


class _Flag:
    def __init__(self, config: FlagConfig) -> None:
        self.config = config
        self.killed = config.killed
        self.allow = frozenset(config.allow_users)
        self.deny = frozenset(config.deny_users)


class FeatureFlags:
    """Evaluates feature flags."""

    def __init__(self, flags: Sequence[FlagConfig]) -> None:
        self._flags: Dict[str, _Flag] = {}
        for config in flags:
            if config.key in self._flags:
                raise ValueError(f"duplicate flag key {config.key}")
            _require_percentage(config.rollout_percentage, config.key)
            for rule in config.rules:
                _require_percentage(rule.percentage, f"{config.key} rule")
            self._flags[config.key] = _Flag(config)

    def is_enabled(self, flag_key: str, user: User) -> bool:
        flag = self._flags.get(flag_key)
        if flag is None or flag.killed or user.id in flag.deny:
            return False
        if user.id in flag.allow:
            return True
        percentage = flag.config.rollout_percentage
        for rule in flag.config.rules:
            value = user.attributes.get(rule.attribute)
            if value is not None and value in rule.one_of:
                percentage = rule.percentage
                break
        return bucket(flag_key, user.id) < percentage

    def set_killed(self, flag_key: str, killed: bool) -> None:
        if flag_key not in self._flags:
            raise KeyError(flag_key)
        self._flags[flag_key].killed = killed

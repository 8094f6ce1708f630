"""HS256 JSON Web Tokens with the standard library's HMAC."""

import base64  # noqa: F401  (you will need these)
import hashlib  # noqa: F401
import hmac  # noqa: F401
import json  # noqa: F401
from typing import Any, Dict


class JwtError(Exception):
    """Raised by ``verify``. Provided.

    ``code`` is "malformed", "unsupported_alg", "invalid_signature", "expired" or "not_yet_valid".
    """

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code


def sign(payload: Dict[str, Any], secret: str) -> str:
    """Sign ``payload`` as an HS256 JWT.

    base64url (no padding) of the header ``{"alg":"HS256","typ":"JWT"}``, of
    ``json.dumps(payload, separators=(",", ":"), ensure_ascii=False)`` and of HMAC-SHA256(secret, "<header>.<payload>"),
    joined by dots.
    """
    raise NotImplementedError


def verify(token: str, secret: str, now: float, leeway: float = 0) -> Dict[str, Any]:
    """Return the payload of a valid token, or raise ``JwtError`` with the first failing check's code.

    Order: malformed (shape/header) -> unsupported_alg (alg != "HS256") -> invalid_signature ->
    malformed (payload not an object, exp/nbf not numbers) -> expired (now >= exp + leeway) ->
    not_yet_valid (now < nbf - leeway). Times are Unix seconds.
    """
    raise NotImplementedError


def constant_time_equal(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are equal, compared with ``hmac.compare_digest``.

    The time taken must not depend on where the strings differ. Different lengths: False.
    """
    raise NotImplementedError

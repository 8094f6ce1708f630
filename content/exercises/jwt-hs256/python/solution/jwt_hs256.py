"""HS256 JSON Web Tokens with the standard library's HMAC."""

import base64
import binascii
import hashlib
import hmac
import json
from typing import Any, Dict, Optional


class JwtError(Exception):
    """Raised by ``verify``. Provided.

    ``code`` is "malformed", "unsupported_alg", "invalid_signature", "expired" or "not_yet_valid".
    """

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _hmac_sha256(secret: str, data: str) -> str:
    return _b64encode(hmac.new(secret.encode("utf-8"), data.encode("ascii"), hashlib.sha256).digest())


def _decode_object(part: str) -> Optional[Dict[str, Any]]:
    try:
        value = json.loads(_b64decode(part))
    except (binascii.Error, ValueError):
        return None
    return value if isinstance(value, dict) else None


_HEADER = _b64encode(_json({"alg": "HS256", "typ": "JWT"}))


def sign(payload: Dict[str, Any], secret: str) -> str:
    signing_input = f"{_HEADER}.{_b64encode(_json(payload))}"
    return f"{signing_input}.{_hmac_sha256(secret, signing_input)}"


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def verify(token: str, secret: str, now: float, leeway: float = 0) -> Dict[str, Any]:
    parts = token.split(".")
    if len(parts) != 3:
        raise JwtError("malformed", "a JWT has exactly three parts")
    header_part, payload_part, signature = parts

    header = _decode_object(header_part)
    if header is None:
        raise JwtError("malformed", "the header is not a JSON object")
    if header.get("alg") != "HS256":
        raise JwtError("unsupported_alg", f"alg {header.get('alg')!r} is not accepted")

    if not constant_time_equal(signature, _hmac_sha256(secret, f"{header_part}.{payload_part}")):
        raise JwtError("invalid_signature")

    payload = _decode_object(payload_part)
    if payload is None:
        raise JwtError("malformed", "the payload is not a JSON object")
    exp, nbf = payload.get("exp"), payload.get("nbf")
    if ("exp" in payload and not _is_number(exp)) or ("nbf" in payload and not _is_number(nbf)):
        raise JwtError("malformed", "exp and nbf must be numbers")
    if exp is not None and now >= exp + leeway:
        raise JwtError("expired")
    if nbf is not None and now < nbf - leeway:
        raise JwtError("not_yet_valid")
    return payload


def constant_time_equal(a: str, b: str) -> bool:
    # compare_digest returns False for different lengths; only the length leaks, and the length
    # of an HS256 signature is public anyway.
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))

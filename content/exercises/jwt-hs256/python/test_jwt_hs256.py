import base64
import hashlib
import hmac
import json
import unittest

from jwt_hs256 import JwtError, constant_time_equal, sign, verify

SECRET = "s3cret"
NOW = 1_700_000_000


def b64(value):
    text = value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode()).rstrip(b"=").decode()


def forge(header, payload, secret=SECRET):
    """Build a correctly HS256-signed token from any header and payload text."""
    signing_input = f"{b64(header)}.{b64(payload)}"
    digest = hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{base64.urlsafe_b64encode(digest).rstrip(b'=').decode()}"


class JwtHs256Test(unittest.TestCase):
    def assert_rejects(self, code, token, secret=SECRET, now=NOW, leeway=0):
        with self.assertRaises(JwtError) as raised:
            verify(token, secret, now, leeway)
        self.assertEqual(raised.exception.code, code)

    def test_signs_the_jwt_io_example_token_exactly(self):
        token = sign({"sub": "1234567890", "name": "John Doe", "iat": 1516239022}, "your-256-bit-secret")
        self.assertEqual(
            token,
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        )

    def test_encodes_every_part_as_unpadded_base64url(self):
        for note in ("~~~???", "a", "ab", "abc", ">>>???~~~"):
            token = sign({"note": note}, SECRET)
            self.assertRegex(
                token, r"^eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$"
            )
            self.assertEqual(token.split(".")[1], b64({"note": note}))

    def test_returns_the_payload_of_a_valid_token(self):
        payload = {"sub": "user-1", "roles": ["admin"], "exp": NOW + 600}
        self.assertEqual(verify(sign(payload, SECRET), SECRET, NOW), payload)

    def test_rejects_a_token_signed_with_another_secret(self):
        self.assert_rejects("invalid_signature", sign({"sub": "user-1"}, "other"))

    def test_rejects_a_token_whose_payload_or_header_was_altered(self):
        header, _, signature = sign({"sub": "user-1", "admin": False}, SECRET).split(".")
        self.assert_rejects("invalid_signature", f"{header}.{b64({'sub': 'user-1', 'admin': True})}.{signature}")
        _, payload, signature2 = sign({"sub": "user-1"}, SECRET).split(".")
        reordered = b64({"typ": "JWT", "alg": "HS256"})
        self.assert_rejects("invalid_signature", f"{reordered}.{payload}.{signature2}")

    def test_rejects_alg_none_and_every_algorithm_other_than_hs256(self):
        unsigned = f"{b64({'alg': 'none', 'typ': 'JWT'})}.{b64({'sub': 'admin'})}."
        self.assert_rejects("unsupported_alg", unsigned)
        self.assert_rejects("unsupported_alg", forge({"alg": "HS512", "typ": "JWT"}, {"sub": "u"}))
        self.assert_rejects("unsupported_alg", forge({"alg": "RS256", "typ": "JWT"}, {"sub": "u"}))
        self.assert_rejects("unsupported_alg", forge({"typ": "JWT"}, {"sub": "u"}))

    def test_rejects_tokens_that_are_not_three_parts_with_a_json_object_header_as_malformed(self):
        valid = sign({"sub": "u"}, SECRET)
        self.assert_rejects("malformed", "")
        self.assert_rejects("malformed", "abc.def")
        self.assert_rejects("malformed", f"{valid}.extra")
        self.assert_rejects("malformed", f"!!!.{valid.split('.')[1]}.sig")
        self.assert_rejects("malformed", forge([1, 2], {"sub": "u"}))

    def test_rejects_a_token_from_its_expiry_time_on(self):
        token = sign({"sub": "u", "exp": NOW + 60}, SECRET)
        self.assertEqual(verify(token, SECRET, NOW + 59)["sub"], "u")
        self.assert_rejects("expired", token, now=NOW + 60)
        self.assert_rejects("expired", token, now=NOW + 3_600)

    def test_allows_clock_skew_up_to_the_leeway_around_exp_and_nbf(self):
        expiring = sign({"sub": "u", "exp": NOW}, SECRET)
        self.assertEqual(verify(expiring, SECRET, NOW + 29, 30)["sub"], "u")
        self.assert_rejects("expired", expiring, now=NOW + 30, leeway=30)
        future = sign({"sub": "u", "nbf": NOW + 30}, SECRET)
        self.assertEqual(verify(future, SECRET, NOW, 30)["sub"], "u")
        self.assert_rejects("not_yet_valid", future, now=NOW - 1, leeway=30)

    def test_rejects_a_token_before_its_not_before_time(self):
        token = sign({"sub": "u", "nbf": NOW + 10}, SECRET)
        self.assert_rejects("not_yet_valid", token, now=NOW + 9)
        self.assertEqual(verify(token, SECRET, NOW + 10)["sub"], "u")

    def test_rejects_a_truncated_or_overlong_signature_as_invalid_without_crashing(self):
        token = sign({"sub": "u"}, SECRET)
        self.assert_rejects("invalid_signature", token[:-1])
        self.assert_rejects("invalid_signature", token + "A")
        self.assert_rejects("invalid_signature", token[: token.rindex(".") + 1])

    def test_checks_the_signature_before_any_claim(self):
        expired_and_forged = sign({"sub": "u", "exp": NOW - 100}, "attacker")
        self.assert_rejects("invalid_signature", expired_and_forged)

    def test_rejects_non_numeric_exp_or_nbf_claims_as_malformed(self):
        self.assert_rejects("malformed", sign({"sub": "u", "exp": "tomorrow"}, SECRET))
        self.assert_rejects("malformed", sign({"sub": "u", "nbf": None}, SECRET))
        self.assert_rejects("malformed", forge({"alg": "HS256", "typ": "JWT"}, "[1,2]"))

    def test_constant_time_equal_tells_equal_strings_from_different_ones_of_any_length(self):
        self.assertTrue(constant_time_equal("abc", "abc"))
        self.assertTrue(constant_time_equal("", ""))
        self.assertFalse(constant_time_equal("abc", "abd"))
        self.assertFalse(constant_time_equal("abc", "abcd"))
        self.assertFalse(constant_time_equal("abcd", "abc"))


if __name__ == "__main__":
    unittest.main()

import { test } from "node:test";
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { JwtError, constantTimeEqual, sign, verify } from "./jwtHs256";

const SECRET = "s3cret";
const NOW = 1_700_000_000;

function b64(value: unknown): string {
  return Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
}

/** Builds a correctly HS256-signed token from any header and payload text. */
function forge(header: unknown, payload: unknown, secret = SECRET): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac("sha256", secret).update(input).digest("base64url")}`;
}

function rejects(code: string, run: () => unknown): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof JwtError, `expected a JwtError, got ${String(error)}`);
    assert.equal(error.code, code);
    return true;
  });
}

test("signs the jwt.io example token exactly", () => {
  const token = sign({ sub: "1234567890", name: "John Doe", iat: 1516239022 }, "your-256-bit-secret");
  assert.equal(
    token,
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
  );
});

test("encodes every part as unpadded base64url", () => {
  for (const note of ["~~~???", "a", "ab", "abc", ">>>???~~~"]) {
    const token = sign({ note }, SECRET);
    assert.match(token, /^eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    assert.equal(token.split(".")[1], b64({ note }));
  }
});

test("returns the payload of a valid token", () => {
  const payload = { sub: "user-1", roles: ["admin"], exp: NOW + 600 };
  assert.deepEqual(verify(sign(payload, SECRET), SECRET, NOW), payload);
});

test("rejects a token signed with another secret", () => {
  rejects("invalid_signature", () => verify(sign({ sub: "user-1" }, "other"), SECRET, NOW));
});

test("rejects a token whose payload or header was altered", () => {
  const [header, , signature] = sign({ sub: "user-1", admin: false }, SECRET).split(".");
  rejects("invalid_signature", () => verify(`${header}.${b64({ sub: "user-1", admin: true })}.${signature}`, SECRET, NOW));
  const [, payload, signature2] = sign({ sub: "user-1" }, SECRET).split(".");
  const reordered = b64({ typ: "JWT", alg: "HS256" });
  rejects("invalid_signature", () => verify(`${reordered}.${payload}.${signature2}`, SECRET, NOW));
});

test("rejects alg none and every algorithm other than HS256", () => {
  const unsigned = `${b64({ alg: "none", typ: "JWT" })}.${b64({ sub: "admin" })}.`;
  rejects("unsupported_alg", () => verify(unsigned, SECRET, NOW));
  rejects("unsupported_alg", () => verify(forge({ alg: "HS512", typ: "JWT" }, { sub: "u" }), SECRET, NOW));
  rejects("unsupported_alg", () => verify(forge({ alg: "RS256", typ: "JWT" }, { sub: "u" }), SECRET, NOW));
  rejects("unsupported_alg", () => verify(forge({ typ: "JWT" }, { sub: "u" }), SECRET, NOW));
});

test("rejects tokens that are not three parts with a JSON object header as malformed", () => {
  const valid = sign({ sub: "u" }, SECRET);
  rejects("malformed", () => verify("", SECRET, NOW));
  rejects("malformed", () => verify("abc.def", SECRET, NOW));
  rejects("malformed", () => verify(`${valid}.extra`, SECRET, NOW));
  rejects("malformed", () => verify(`!!!.${valid.split(".")[1]}.sig`, SECRET, NOW));
  rejects("malformed", () => verify(forge([1, 2], { sub: "u" }), SECRET, NOW));
});

test("rejects a token from its expiry time on", () => {
  const token = sign({ sub: "u", exp: NOW + 60 }, SECRET);
  assert.equal(verify(token, SECRET, NOW + 59).sub, "u");
  rejects("expired", () => verify(token, SECRET, NOW + 60));
  rejects("expired", () => verify(token, SECRET, NOW + 3_600));
});

test("allows clock skew up to the leeway around exp and nbf", () => {
  const expiring = sign({ sub: "u", exp: NOW }, SECRET);
  assert.equal(verify(expiring, SECRET, NOW + 29, 30).sub, "u");
  rejects("expired", () => verify(expiring, SECRET, NOW + 30, 30));
  const future = sign({ sub: "u", nbf: NOW + 30 }, SECRET);
  assert.equal(verify(future, SECRET, NOW, 30).sub, "u");
  rejects("not_yet_valid", () => verify(future, SECRET, NOW - 1, 30));
});

test("rejects a token before its not-before time", () => {
  const token = sign({ sub: "u", nbf: NOW + 10 }, SECRET);
  rejects("not_yet_valid", () => verify(token, SECRET, NOW + 9));
  assert.equal(verify(token, SECRET, NOW + 10).sub, "u");
});

test("rejects a truncated or overlong signature as invalid without crashing", () => {
  const token = sign({ sub: "u" }, SECRET);
  rejects("invalid_signature", () => verify(token.slice(0, -1), SECRET, NOW));
  rejects("invalid_signature", () => verify(`${token}A`, SECRET, NOW));
  rejects("invalid_signature", () => verify(token.slice(0, token.lastIndexOf(".") + 1), SECRET, NOW));
});

test("checks the signature before any claim", () => {
  const expiredAndForged = sign({ sub: "u", exp: NOW - 100 }, "attacker");
  rejects("invalid_signature", () => verify(expiredAndForged, SECRET, NOW));
});

test("rejects non-numeric exp or nbf claims as malformed", () => {
  rejects("malformed", () => verify(sign({ sub: "u", exp: "tomorrow" }, SECRET), SECRET, NOW));
  rejects("malformed", () => verify(sign({ sub: "u", nbf: null }, SECRET), SECRET, NOW));
  rejects("malformed", () => verify(forge({ alg: "HS256", typ: "JWT" }, "[1,2]"), SECRET, NOW));
});

test("constantTimeEqual tells equal strings from different ones of any length", () => {
  assert.equal(constantTimeEqual("abc", "abc"), true);
  assert.equal(constantTimeEqual("", ""), true);
  assert.equal(constantTimeEqual("abc", "abd"), false);
  assert.equal(constantTimeEqual("abc", "abcd"), false);
  assert.equal(constantTimeEqual("abcd", "abc"), false);
});

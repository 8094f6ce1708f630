import { createHmac, timingSafeEqual } from "node:crypto";

/** Why a token was rejected. */
export type JwtErrorCode = "malformed" | "unsupported_alg" | "invalid_signature" | "expired" | "not_yet_valid";

/** Thrown by {@link verify}. Provided. */
export class JwtError extends Error {
  readonly code: JwtErrorCode;

  constructor(code: JwtErrorCode, message: string = code) {
    super(message);
    this.name = "JwtError";
    this.code = code;
  }
}

/**
 * Signs `payload` as an HS256 JWT: base64url (no padding) of the header `{"alg":"HS256","typ":"JWT"}`,
 * of `JSON.stringify(payload)`, and of HMAC-SHA256(secret, "<header>.<payload>"), joined by dots.
 */
export function sign(payload: Record<string, unknown>, secret: string): string {
  throw new Error("not implemented");
}

/**
 * Returns the payload of a valid token, or throws {@link JwtError} with the code of the first
 * failing check: malformed (shape/header) → unsupported_alg (alg !== "HS256") → invalid_signature
 * → malformed (payload not an object, exp/nbf not numbers) → expired (now >= exp + leeway)
 * → not_yet_valid (now < nbf - leeway). Times are Unix seconds.
 */
export function verify(
  token: string,
  secret: string,
  nowSeconds: number,
  leewaySeconds: number = 0,
): Record<string, unknown> {
  throw new Error("not implemented");
}

/**
 * Whether `a` and `b` are equal, compared with crypto.timingSafeEqual so the time taken does not
 * depend on where they differ. Different lengths: false (timingSafeEqual itself would throw).
 */
export function constantTimeEqual(a: string, b: string): boolean {
  throw new Error("not implemented");
}

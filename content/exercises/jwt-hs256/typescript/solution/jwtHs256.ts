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

const HEADER = base64UrlJson({ alg: "HS256", typ: "JWT" });

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

function hmacSha256(secret: string, data: string): string {
  return createHmac("sha256", secret).update(data).digest("base64url");
}

/** Decodes a base64url JSON object, or returns undefined. */
function decodeObject(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // not JSON
  }
  return undefined;
}

export function sign(payload: Record<string, unknown>, secret: string): string {
  const signingInput = `${HEADER}.${base64UrlJson(payload)}`;
  return `${signingInput}.${hmacSha256(secret, signingInput)}`;
}

export function verify(
  token: string,
  secret: string,
  nowSeconds: number,
  leewaySeconds: number = 0,
): Record<string, unknown> {
  const parts = token.split(".");
  if (parts.length !== 3) throw new JwtError("malformed", "a JWT has exactly three parts");
  const [headerPart, payloadPart, signature] = parts;

  const header = decodeObject(headerPart);
  if (!header) throw new JwtError("malformed", "the header is not a JSON object");
  if (header.alg !== "HS256") throw new JwtError("unsupported_alg", `alg ${String(header.alg)} is not accepted`);

  if (!constantTimeEqual(signature, hmacSha256(secret, `${headerPart}.${payloadPart}`))) {
    throw new JwtError("invalid_signature");
  }

  const payload = decodeObject(payloadPart);
  if (!payload) throw new JwtError("malformed", "the payload is not a JSON object");
  const { exp, nbf } = payload;
  if ((exp !== undefined && typeof exp !== "number") || (nbf !== undefined && typeof nbf !== "number")) {
    throw new JwtError("malformed", "exp and nbf must be numbers");
  }
  if (exp !== undefined && nowSeconds >= exp + leewaySeconds) throw new JwtError("expired");
  if (nbf !== undefined && nowSeconds < nbf - leewaySeconds) throw new JwtError("not_yet_valid");
  return payload;
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  // Only the length leaks, and the length of an HS256 signature is public anyway.
  return left.length === right.length && timingSafeEqual(left, right);
}

import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Compact signed tokens for the QR codes on tickets and certificates (ADR 006).
 *
 * `base64url(JSON payload) "." base64url(first 16 bytes of HMAC-SHA256)`. The payload names a
 * document, never a person: anyone who scans a ticket learns a ticket number, and the
 * verification page decides what to show. The token proves the number came from us, so a
 * forged QR code with a guessed number is refused before any database lookup.
 */

export type TokenType = "ticket" | "certificate";

export interface TokenPayload {
  t: TokenType;
  /** Ticket number or certificate number, canonical form. */
  id: string;
  v: 1;
}

export type VerifyError = "malformed" | "bad-signature" | "wrong-type" | "unsupported-version";

export type VerifyResult = { ok: true; payload: TokenPayload } | { ok: false; error: VerifyError };

/** 128 bits: forging one tag takes ~2^128 tries; the QR stays small (22 characters). */
const MAC_BYTES = 16;
/** Numbers are short; a long id is garbage, and bounding it bounds the work per request. */
const ID_PATTERN = /^[A-Z0-9]{1,32}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** AUTH_SECRET is validated as ≥ 16 characters (lib/env.ts); refuse anything weaker here too. */
const MIN_SECRET_LENGTH = 16;

// AUTH_SECRET also signs next-auth sessions. Keying the MAC with a derived key (and a purpose
// label) means no value next-auth signs can ever be replayed as a QR token, or the reverse.
// Derived per call: one extra HMAC costs microseconds, a cache would hold secrets in a map.
function qrKey(secret: string): Buffer {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new RangeError(`the token secret must have at least ${MIN_SECRET_LENGTH} characters`);
  }
  return createHmac("sha256", secret).update("sichuan-assessment-portal/qr-token/v1").digest();
}

function mac(encodedPayload: string, secret: string): Buffer {
  return createHmac("sha256", qrKey(secret)).update(encodedPayload).digest().subarray(0, MAC_BYTES);
}

/** Throws on an invalid payload: signing garbage is a bug in the caller. */
export function signToken(payload: TokenPayload, secret: string): string {
  if ((payload.t !== "ticket" && payload.t !== "certificate") || payload.v !== 1 || !ID_PATTERN.test(payload.id)) {
    throw new RangeError("invalid token payload");
  }
  // Fixed key order, so one document always gets the same token (a reprinted ticket matches).
  const body = Buffer.from(JSON.stringify({ t: payload.t, id: payload.id, v: payload.v })).toString("base64url");
  return `${body}.${mac(body, secret).toString("base64url")}`;
}

/** Decodes strict base64url only: Node's decoder skips bad characters, which would make tokens malleable. */
function decodeBase64url(s: string): Buffer | null {
  if (!BASE64URL.test(s)) return null;
  const bytes = Buffer.from(s, "base64url");
  return bytes.toString("base64url") === s ? bytes : null;
}

/**
 * Checks the MAC first (in constant time) and only then reads the payload, so nothing
 * unauthenticated is parsed. `expected` refuses a certificate token shown as a ticket.
 */
export function verifyToken(token: string, secret: string, expected: TokenType): VerifyResult {
  // Bound the input before any work: a QR token is well under 200 characters.
  if (typeof token !== "string" || token.length > 256) return { ok: false, error: "malformed" };
  const parts = token.split(".");
  const [body, tag] = parts;
  if (parts.length !== 2 || !body || !tag) return { ok: false, error: "malformed" };
  const given = decodeBase64url(tag);
  const bodyBytes = decodeBase64url(body);
  if (!given || !bodyBytes || given.length !== MAC_BYTES) return { ok: false, error: "malformed" };

  if (!timingSafeEqual(given, mac(body, secret))) return { ok: false, error: "bad-signature" };

  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyBytes.toString("utf8"));
  } catch {
    return { ok: false, error: "malformed" };
  }
  if (typeof parsed !== "object" || parsed === null) return { ok: false, error: "malformed" };
  const { t, id, v } = parsed as Record<string, unknown>;
  if (v !== 1) return { ok: false, error: "unsupported-version" };
  if ((t !== "ticket" && t !== "certificate") || typeof id !== "string" || !ID_PATTERN.test(id)) {
    return { ok: false, error: "malformed" };
  }
  if (t !== expected) return { ok: false, error: "wrong-type" };
  return { ok: true, payload: { t, id, v } };
}

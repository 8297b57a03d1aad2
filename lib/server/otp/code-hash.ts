import { createHmac, randomBytes, randomInt } from "node:crypto";

/** Six digits, uniform (crypto.randomInt), leading zeros kept. */
export function newCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

let fallbackSecret: string | null = null;

/** AUTH_SECRET keys the hash; without one (a bare dev server) a per-process secret does. */
function secret(): string {
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  fallbackSecret ??= randomBytes(32).toString("hex");
  return fallbackSecret;
}

/**
 * Only this HMAC is stored: a read of the table gives no usable code, and the purpose, subject and
 * mobile are part of it, so a code sent for one thing proves nothing about another.
 */
export function hashCode(purpose: string, subject: string, mobile: string, code: string): string {
  return createHmac("sha256", `otp:${secret()}`).update(`${purpose}\n${subject}\n${mobile}\n${code.trim()}`).digest("hex");
}

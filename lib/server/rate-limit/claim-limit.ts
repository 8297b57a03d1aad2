import "server-only";
import { db } from "@/lib/db";
import { rateLimitKey } from "@/lib/db-crypto/raw";
import { hitRateLimit, type RateLimitState } from "./consume-rate-limit";

export type { RateLimitState };

/**
 * Claims one attempt against `key` *before* the attempt is spent (issue 10): one
 * INSERT … ON CONFLICT … RETURNING statement counts it and answers whether it is within `limit`,
 * so N requests that arrive together get the numbers 1…N and at most `limit` of them go on to
 * argon2, the TOTP check or the lookup. Refuse when `allowed` is false; the claim stays counted.
 */
export function claimLimit(key: string, limit: number, windowMs: number, at: Date): Promise<RateLimitState> {
  return hitRateLimit(key, limit, windowMs, at);
}

/**
 * Gives one claimed attempt back per key, in one statement (a successful login need not count against its own address).
 * Never below zero, and only inside the window the claim was made in.
 */
export async function releaseClaim(key: string | string[], at: Date): Promise<void> {
  // Stored keys carry hashed ID numbers and mobiles (rateLimitKey, encryption at rest).
  const keys = (Array.isArray(key) ? key : [key]).map(rateLimitKey);
  await db.$executeRaw`
    UPDATE "RateLimit" SET count = count - 1 WHERE key = ANY(${keys}::text[]) AND count > 0 AND "resetAt" > ${at}`;
}

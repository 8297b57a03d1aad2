import "server-only";
import { db } from "@/lib/db";
import { rateLimitKey } from "@/lib/db-crypto/raw";

export interface RateLimitState {
  allowed: boolean;
  count: number;
  resetAt: Date;
}

/**
 * Counts one hit against `key` in a fixed window, atomically in PostgreSQL so every app
 * instance shares the count (issue 3: limits live in the database). Keys are stored with their
 * ID numbers and mobiles hashed (`rateLimitKey`, ADR 057).
 */
export async function hitRateLimit(key: string, limit: number, windowMs: number, now: Date): Promise<RateLimitState> {
  const resetAt = new Date(now.getTime() + windowMs);
  const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimit" (key, count, "resetAt") VALUES (${rateLimitKey(key)}, 1, ${resetAt})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN 1 ELSE "RateLimit".count + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN ${resetAt} ELSE "RateLimit"."resetAt" END
    RETURNING count, "resetAt"`;
  const row = rows[0]!;
  return { allowed: row.count <= limit, count: row.count, resetAt: row.resetAt };
}

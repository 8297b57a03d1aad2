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

/**
 * One hit against each of several keys (each with its own limit) in one statement: a request
 * limited per IP and per ID number waits for one round trip and one pooled connection instead of
 * two (the ticket lookup at 50 at once, ADR 146). Same counting as `hitRateLimit`, key by key.
 */
export async function hitRateLimits(
  hits: readonly { key: string; limit: number }[],
  windowMs: number,
  now: Date,
): Promise<RateLimitState[]> {
  const keys = hits.map((h) => rateLimitKey(h.key));
  // ON CONFLICT cannot touch one row twice in a statement: the same key twice is one hit.
  const unique = [...new Set(keys)];
  const resetAt = new Date(now.getTime() + windowMs);
  const rows = await db.$queryRaw<{ key: string; count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimit" (key, count, "resetAt")
    SELECT k, 1, ${resetAt} FROM unnest(${unique}::text[]) AS k
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN 1 ELSE "RateLimit".count + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN ${resetAt} ELSE "RateLimit"."resetAt" END
    RETURNING key, count, "resetAt"`;
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return hits.map((hit, i) => {
    const row = byKey.get(keys[i]!)!;
    return { allowed: row.count <= hit.limit, count: row.count, resetAt: row.resetAt };
  });
}

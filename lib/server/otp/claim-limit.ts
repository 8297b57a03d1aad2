import "server-only";
import { now } from "@/lib/clock";
import { claimLimit as claim } from "@/lib/server/rate-limit/claim-limit";

/**
 * The identity area's limits (issue 10) through the one primitive of lib/server/rate-limit: the
 * attempt is counted atomically in PostgreSQL *before* the work it guards (an SMS, a code check,
 * a password hash), so requests that arrive together cannot all pass. True when within the limit.
 */
export async function claimLimit(key: string, limit: number, windowMs: number): Promise<boolean> {
  return (await claim(key, limit, windowMs, now())).allowed;
}

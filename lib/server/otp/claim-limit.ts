import "server-only";
import { now } from "@/lib/clock";
import { hitRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

/**
 * The one place the identity area spends a limit (issue 10): the hit is counted atomically in
 * PostgreSQL *before* the work it guards (an SMS, a code check, a password hash), so requests
 * that arrive together cannot all pass. Meant to be swapped for the rate-limit area's
 * `claimLimit` once it lands; same meaning: true when this attempt is within the limit.
 */
export async function claimLimit(key: string, limit: number, windowMs: number): Promise<boolean> {
  const state = await hitRateLimit(key, limit, windowMs, now());
  return state.allowed;
}

import "server-only";
import { normalizeLogin } from "@/lib/auth/normalize-login";
import { verifyPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { clearRateLimit, hitRateLimit, isRateLimited } from "@/lib/server/rate-limit/consume-rate-limit";
import { LOGIN_LIMITS, LOGIN_WINDOW_MS, loginKeys } from "./login-limits";

export type AuthenticateResult =
  | { ok: true; user: { id: string; kind: string; sessionVersion: number; displayName: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAt: Date };

// A real argon2id hash of a random password: unknown accounts cost the same time as known ones,
// so the answer's timing does not tell whether an ID number has an account.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2vQ0a1Tq2xkq5Tl4Xw1r9m6mX1yS6QeS8m3w1T3k2sA";

/** Checks a login attempt against the failed-login limits, then the password. */
export async function authenticate(login: string, password: string, ip: string): Promise<AuthenticateResult> {
  const at = now();
  const keys = loginKeys(normalizeLogin(login), ip);
  for (const [name, key] of Object.entries(keys) as [keyof typeof keys, string][]) {
    const state = await isRateLimited(key, LOGIN_LIMITS[name], at);
    if (state.limited && state.resetAt) return { ok: false, reason: "rate-limited", retryAt: state.resetAt };
  }
  const user = await db.user.findUnique({
    where: { login: normalizeLogin(login) },
    select: { id: true, kind: true, sessionVersion: true, displayName: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !valid) {
    await Promise.all([
      hitRateLimit(keys.accountAndIp, LOGIN_LIMITS.accountAndIp, LOGIN_WINDOW_MS, at),
      hitRateLimit(keys.account, LOGIN_LIMITS.account, LOGIN_WINDOW_MS, at),
      hitRateLimit(keys.ip, LOGIN_LIMITS.ip, LOGIN_WINDOW_MS, at),
    ]);
    return { ok: false, reason: "invalid" };
  }
  await clearRateLimit(keys.accountAndIp);
  return { ok: true, user: { id: user.id, kind: user.kind, sessionVersion: user.sessionVersion, displayName: user.displayName } };
}

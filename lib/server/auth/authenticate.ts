import "server-only";
import { normalizeLogin } from "@/lib/auth/normalize-login";
import { verifyPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { claimLimit, releaseClaim } from "@/lib/server/rate-limit/claim-limit";
import { LOGIN_LIMITS, LOGIN_WINDOW_MS, loginKeys, maskLogin } from "./login-limits";

export type AuthenticateResult =
  | { ok: true; user: { id: string; kind: string; sessionVersion: number; displayName: string } }
  | { ok: false; reason: "invalid" }
  /** Past the per-account threshold, the password alone does not open it: log in by SMS code. */
  | { ok: false; reason: "account-protected" }
  | { ok: false; reason: "rate-limited"; retryAt: Date };

// A real argon2id hash of a random password: unknown accounts cost the same time as known ones,
// so the answer's timing does not tell whether an ID number has an account.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2vQ0a1Tq2xkq5Tl4Xw1r9m6mX1yS6QeS8m3w1T3k2sA";

/**
 * Claims the attempt against the login limits (per address, then per account and address, then
 * per account: each one statement, before argon2), then checks the password. ADR 054.
 */
export async function authenticate(login: string, password: string, ip: string): Promise<AuthenticateResult> {
  const at = now();
  const account = normalizeLogin(login);
  const keys = loginKeys(account, ip);
  // Refused by the address limits, the attempt counts nowhere else: a stranger needs many
  // addresses to push an account past its threshold.
  for (const name of ["ip", "accountAndIp"] as const) {
    const claim = await claimLimit(keys[name], LOGIN_LIMITS[name], LOGIN_WINDOW_MS, at);
    if (!claim.allowed) return { ok: false, reason: "rate-limited", retryAt: claim.resetAt };
  }
  const accountClaim = await claimLimit(keys.account, LOGIN_LIMITS.account, LOGIN_WINDOW_MS, at);
  const user = await db.user.findUnique({
    where: { login: account },
    select: { id: true, kind: true, sessionVersion: true, displayName: true, passwordHash: true },
  });
  if (!accountClaim.allowed && !(user && (await hasSecondFactor(user.id)))) {
    await audit(null, "auth.login.protected", account, ip);
    return { ok: false, reason: "account-protected" };
  }
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !valid) {
    await audit(user?.id ?? null, "auth.login.fail", account, ip);
    return { ok: false, reason: "invalid" };
  }
  await releaseClaim([keys.ip, keys.accountAndIp, keys.account], at);
  return { ok: true, user: { id: user.id, kind: user.kind, sessionVersion: user.sessionVersion, displayName: user.displayName } };
}

async function hasSecondFactor(userId: string): Promise<boolean> {
  const factor = await db.staffSecondFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
  return Boolean(factor?.enabledAt);
}

/** One insert, no password, the login masked (issue 10: every account kind's logins are audited). */
async function audit(actorId: string | null, action: string, login: string, ip: string): Promise<void> {
  await db.auditLog.create({
    data: { actorId, action, entity: "User", entityId: actorId, after: { login: maskLogin(login), ip } },
    select: { id: true },
  });
}

import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { claimLimit, releaseClaim } from "@/lib/server/rate-limit/claim-limit";
import { TOTP_LIMIT, TOTP_WINDOW_MS } from "./login-limits";
import { normalizeRecoveryCode } from "./recovery-code";
import { verifyTotp } from "./totp";

/** Staff sessions end after 30 idle minutes (ADR 011); session.ts checks it on every request. */
export const STAFF_IDLE_MS = 30 * 60 * 1000;

export type SecondFactorCheck = "not-enrolled" | "ok" | "required" | "invalid" | "rate-limited";

/**
 * The second step of a staff login (ASVS 2.7/2.8), after the password was right. A staff user
 * who has not enrolled yet passes here and is sent to /staff/security by requireRole. The code
 * is a 6-digit TOTP or one of the recovery codes, each usable once.
 */
export async function checkStaffSecondFactor(userId: string, code: string, at: Date): Promise<SecondFactorCheck> {
  const factor = await db.staffSecondFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
  if (!factor?.enabledAt) return "not-enrolled";
  const key = `login:totp:${userId}`;
  const typed = code.trim();
  if (!typed) return "required";
  // Claimed before the code is checked (issue 10): of N codes sent together at most TOTP_LIMIT
  // are evaluated, and a right password does not reset the count.
  if (!(await claimLimit(key, TOTP_LIMIT, TOTP_WINDOW_MS, at)).allowed) return "rate-limited";
  const accepted = await consumeCode(userId, typed, at);
  if (accepted) {
    await releaseClaim(key, at);
    return "ok";
  }
  await db.$transaction((tx) => recordAudit(tx, { actorId: userId, action: "auth.totp.fail", entity: "User", entityId: userId }));
  return "invalid";
}

/** Locks the row so two logins cannot both spend the same code or recovery code. */
async function consumeCode(userId: string, typed: string, at: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "userId" FROM "StaffSecondFactor" WHERE "userId" = ${userId}::uuid FOR UPDATE`;
    const row = await tx.staffSecondFactor.findUniqueOrThrow({
      where: { userId },
      select: { totpSecret: true, lastUsedStep: true, recoveryCodes: true },
    });
    if (/^\d{3}\s?\d{3}$/.test(typed)) {
      const step = verifyTotp(row.totpSecret, typed, at, row.lastUsedStep);
      if (step === null) return false;
      await tx.staffSecondFactor.update({ where: { userId }, data: { lastUsedStep: step } });
      return true;
    }
    const normalized = normalizeRecoveryCode(typed);
    if (normalized.length !== 10) return false;
    for (const [index, hash] of row.recoveryCodes.entries()) {
      if (!(await verifyPassword(hash, normalized))) continue;
      await tx.staffSecondFactor.update({
        where: { userId },
        data: { recoveryCodes: row.recoveryCodes.filter((_, i) => i !== index) },
      });
      await recordAudit(tx, {
        actorId: userId,
        action: "auth.recovery-code.use",
        entity: "User",
        entityId: userId,
        after: { left: row.recoveryCodes.length - 1 },
      });
      return true;
    }
    return false;
  });
}

export type LoginGate =
  { ok: true; sessionVersion: number } | { ok: false; reason: "disabled" | "required" | "invalid" | "rate-limited" };

/**
 * What auth.ts asks after the password was right: a switched-off account (or one of a
 * deactivated institution) gets nowhere; a staff
 * user must also pass the second factor, then starts with fresh activity (sessions idle past
 * the limit are ended first, so an old JWT cannot revive) and the login is audited.
 */
export async function gateLogin(userId: string, code: string, ip: string): Promise<LoginGate> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { kind: true, disabledAt: true, sessionVersion: true, lastSeenAt: true, institution: { select: { active: true } } },
  });
  if (!user || user.disabledAt || user.institution?.active === false) return { ok: false, reason: "disabled" };
  if (user.kind === "CANDIDATE") {
    // Every account kind's login is audited (issue 10): one insert.
    await db.auditLog.create({
      data: { actorId: userId, action: "auth.login", entity: "User", entityId: userId, after: { ip } },
      select: { id: true },
    });
    return { ok: true, sessionVersion: user.sessionVersion };
  }
  // eslint-disable-next-line no-restricted-syntax -- TOTP codes and idle time follow real time, not the demo clock
  const at = new Date();
  const check = await checkStaffSecondFactor(userId, code, at);
  if (check !== "ok" && check !== "not-enrolled") return { ok: false, reason: check };
  return db.$transaction(async (tx) => {
    const idle = !user.lastSeenAt || at.getTime() - user.lastSeenAt.getTime() > STAFF_IDLE_MS;
    const updated = await tx.user.update({
      where: { id: userId },
      data: { lastSeenAt: at, ...(idle ? { sessionVersion: { increment: 1 } } : {}) },
      select: { sessionVersion: true },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: "auth.login",
      entity: "User",
      entityId: userId,
      after: { ip, secondFactor: check === "ok" },
    });
    return { ok: true, sessionVersion: updated.sessionVersion };
  });
}

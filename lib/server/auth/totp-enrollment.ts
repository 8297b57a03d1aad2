import "server-only";
import { randomInt } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "./current-actor";
import { normalizeRecoveryCode } from "./recovery-code";
import { generateTotpSecret, otpauthUri, verifyTotp } from "./totp";

export { normalizeRecoveryCode } from "./recovery-code";

export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

export interface SecondFactorStatus {
  enabled: boolean;
  enabledAt: string | null;
  /** Set while enrolling: the secret to scan; shown only to its owner. */
  pending: { secret: string; uri: string } | null;
  recoveryCodesLeft: number;
}

/** Staff and, since issue 10, institution users (they hold hundreds of people's data) enroll a second factor. */
function requireStaff(actor: Actor): void {
  if (actor.kind !== "STAFF" && actor.kind !== "INSTITUTION") throw new AppError("FORBIDDEN", "errors.forbidden");
}

/** Whether a staff user has a working second factor (requireRole sends them to enroll if not). */
export async function hasSecondFactor(userId: string): Promise<boolean> {
  const row = await db.staffSecondFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
  return Boolean(row?.enabledAt);
}

export async function getSecondFactorStatus(actor: Actor): Promise<SecondFactorStatus> {
  requireStaff(actor);
  const { login } = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { login: true } });
  const row = await db.staffSecondFactor.findUnique({
    where: { userId: actor.id },
    select: { enabledAt: true, totpSecret: true, recoveryCodes: true },
  });
  if (row?.enabledAt)
    return { enabled: true, enabledAt: row.enabledAt.toISOString(), pending: null, recoveryCodesLeft: row.recoveryCodes.length };
  if (row)
    return {
      enabled: false,
      enabledAt: null,
      pending: { secret: row.totpSecret, uri: otpauthUri(row.totpSecret, login) },
      recoveryCodesLeft: 0,
    };
  return { enabled: false, enabledAt: null, pending: null, recoveryCodesLeft: 0 };
}

/** Step 1: a fresh secret, not yet in force. Starting again replaces an unconfirmed one. */
export async function startTotpEnrollment(actor: Actor): Promise<void> {
  requireStaff(actor);
  const secret = generateTotpSecret();
  await db.$transaction(async (tx) => {
    const existing = await tx.staffSecondFactor.findUnique({ where: { userId: actor.id }, select: { enabledAt: true } });
    if (existing?.enabledAt) throw new AppError("CONFLICT", "staffAdmin.security.alreadyEnabled");
    await tx.staffSecondFactor.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, totpSecret: secret, recoveryCodes: [] },
      update: { totpSecret: secret, recoveryCodes: [], lastUsedStep: null },
    });
  });
}

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

/**
 * Step 2: the first code proves the app holds the secret; the factor is then in force and ten
 * one-time recovery codes are returned once (only their argon2 hashes are kept).
 */
export async function confirmTotpEnrollment(actor: Actor, code: string, at: Date): Promise<{ recoveryCodes: string[] }> {
  requireStaff(actor);
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const hashes = await Promise.all(codes.map((c) => hashPassword(normalizeRecoveryCode(c))));
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "userId" FROM "StaffSecondFactor" WHERE "userId" = ${actor.id}::uuid FOR UPDATE`;
    const row = await tx.staffSecondFactor.findUnique({
      where: { userId: actor.id },
      select: { enabledAt: true, totpSecret: true },
    });
    if (!row) throw new AppError("CONFLICT", "staffAdmin.security.startFirst");
    if (row.enabledAt) throw new AppError("CONFLICT", "staffAdmin.security.alreadyEnabled");
    const step = verifyTotp(row.totpSecret, code, at);
    if (step === null)
      throw new AppError("INVALID", "staffAdmin.security.codeWrong", { code: ["staffAdmin.security.codeWrong"] });
    await tx.staffSecondFactor.update({
      where: { userId: actor.id },
      data: { enabledAt: at, lastUsedStep: step, recoveryCodes: hashes },
    });
    await recordAudit(tx, { actorId: actor.id, action: "auth.totp.enable", entity: "User", entityId: actor.id });
  });
  return { recoveryCodes: codes };
}

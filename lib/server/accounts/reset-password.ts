import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { ResetPasswordData } from "@/lib/schemas/identity-schema";
import { passwordWeakness, personalInputs } from "@/lib/schemas/password-strength";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { claimLimit } from "@/lib/server/otp/claim-limit";
import { issueCode, verifyCode } from "@/lib/server/otp/one-time-code";

const HOUR = 60 * 60 * 1000;
export const RESET_LIMITS = { ip: { limit: 20, windowMs: HOUR } } as const;
const WRONG_CODE = new AppError("INVALID", "identity.otp.wrong", { code: ["identity.otp.wrong"] });

/** A candidate account and the mobile on it (the one its owner gave and, since issue 10, verified). */
async function resettable(idNumber: string) {
  const user = await db.user.findUnique({
    where: { login: idNumber },
    select: { id: true, kind: true, login: true, mobile: true, disabledAt: true },
  });
  if (!user || user.kind !== "CANDIDATE" || !user.mobile || user.disabledAt) return null;
  return { ...user, mobile: user.mobile };
}

/** "忘记密码", first step: a code to the account's mobile; the same answer for any ID number. */
export async function requestPasswordResetCode(idNumber: string, ip: string): Promise<void> {
  if (!(await claimLimit(`reset:code:ip:${ip}`, RESET_LIMITS.ip.limit, RESET_LIMITS.ip.windowMs))) {
    throw new AppError("RATE_LIMITED", "identity.reset.tooMany");
  }
  const user = await resettable(idNumber);
  if (!user) return;
  await issueCode({ purpose: "PASSWORD_RESET", subject: user.login, mobile: user.mobile, ip });
}

/**
 * "忘记密码", second step: the code sent to the account's mobile and a new password. Every session
 * of the account ends (session version), a temporary password too; audited.
 */
export async function resetPassword(input: ResetPasswordData, ip: string): Promise<void> {
  if (!(await claimLimit(`reset:try:ip:${ip}`, RESET_LIMITS.ip.limit, RESET_LIMITS.ip.windowMs))) {
    throw new AppError("RATE_LIMITED", "identity.reset.tooMany");
  }
  const user = await resettable(input.idNumber);
  if (!user) throw WRONG_CODE;
  const verified = await verifyCode("PASSWORD_RESET", user.login, input.code);
  if (!verified.ok || verified.mobile !== user.mobile) throw WRONG_CODE;
  const weak = passwordWeakness(input.password, personalInputs({ idNumber: user.login, mobile: user.mobile }));
  if (weak) throw new AppError("INVALID", weak, { password: [weak] });
  const passwordHash = await hashPassword(input.password);
  const at = now();
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, mustChangePassword: false, mobileVerifiedAt: at },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "account.password.reset",
      entity: "User",
      entityId: user.id,
      after: { ip },
    });
  });
}

import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { claimLimit } from "@/lib/server/otp/claim-limit";
import { issueCode, verifyCode } from "@/lib/server/otp/one-time-code";
import { sendSms } from "@/lib/server/sms/send-sms";

const WINDOW_MS = 15 * 60 * 1000;
/** Password checks of this form, per account, counted before argon2 runs. */
export const MOBILE_CHANGE_PASSWORD_LIMIT = 5;

const masked = (mobile: string | null) => (mobile ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : null);

function requireCandidate(actor: Actor): void {
  if (actor.kind !== "CANDIDATE") throw new AppError("FORBIDDEN", "errors.forbidden");
}

/** Change of mobile, first step (issue 10): the current password, then a code to the new number. */
export async function requestMobileChangeCode(
  actor: Actor,
  input: { mobile: string; currentPassword: string },
  ip: string,
): Promise<void> {
  requireCandidate(actor);
  if (!(await claimLimit(`mobile-change:pw:${actor.id}`, MOBILE_CHANGE_PASSWORD_LIMIT, WINDOW_MS))) {
    throw new AppError("RATE_LIMITED", "identity.mobile.tooMany");
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, mobile: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("INVALID", "errors.password.currentWrong", { currentPassword: ["errors.password.currentWrong"] });
  }
  if (user.mobile === input.mobile) throw new AppError("INVALID", "identity.mobile.same", { mobile: ["identity.mobile.same"] });
  await issueCode({ purpose: "MOBILE_CHANGE", subject: actor.id, mobile: input.mobile, ip });
}

/**
 * Second step: the code sent to the new number proves it; the account and the candidate record
 * take it, every session ends (session version), the old number is told, and it is audited.
 */
export async function changeMobile(actor: Actor, input: { mobile: string; code: string }): Promise<void> {
  requireCandidate(actor);
  const verified = await verifyCode("MOBILE_CHANGE", actor.id, input.code);
  if (!verified.ok || verified.mobile !== input.mobile) {
    throw new AppError("INVALID", "identity.otp.wrong", { code: ["identity.otp.wrong"] });
  }
  const at = now();
  const before = await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { mobile: true } });
    await tx.user.update({
      where: { id: actor.id },
      data: { mobile: input.mobile, mobileVerifiedAt: at, sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    await tx.candidate.updateMany({ where: { userId: actor.id }, data: { mobile: input.mobile } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "account.mobile.change",
      entity: "User",
      entityId: actor.id,
      before: { mobile: masked(user.mobile) },
      after: { mobile: masked(input.mobile) },
    });
    return user.mobile;
  });
  if (before)
    await sendSms(before, "notice", { subject: "您报名账号绑定的手机号已更改，如非本人操作请立即联系鉴定中心" }).catch(
      () => null,
    );
}

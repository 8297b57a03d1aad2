import "server-only";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { OtpPurpose } from "@/lib/generated/prisma/enums";
import { sendSms, SmsError } from "@/lib/server/sms/send-sms";
import { claimLimit } from "./claim-limit";
import { hashCode, newCode } from "./code-hash";

export const CODE_TTL_MS = 5 * 60 * 1000;
/** Wrong codes typed against one code before it is dead: 5 of a million. */
export const MAX_ATTEMPTS = 5;
const HOUR = 60 * 60 * 1000;
/** Counted before the SMS goes out (issue 10): per number, per address, per subject. */
export const OTP_LIMITS = {
  mobileMinute: { limit: 1, windowMs: 60 * 1000 },
  mobileHour: { limit: 5, windowMs: HOUR },
  ipHour: { limit: 20, windowMs: HOUR },
  subjectHour: { limit: 5, windowMs: HOUR },
} as const;

export interface IssueCodeInput {
  purpose: OtpPurpose;
  /** What the code is for: an ID number (sign-up, claim, reset, login) or a user id (mobile change). */
  subject: string;
  mobile: string;
  ip: string;
}

async function claimSendLimits(input: IssueCodeInput): Promise<boolean> {
  const claims = await Promise.all([
    claimLimit(`otp:mobile-min:${input.mobile}`, OTP_LIMITS.mobileMinute.limit, OTP_LIMITS.mobileMinute.windowMs),
    claimLimit(`otp:mobile:${input.mobile}`, OTP_LIMITS.mobileHour.limit, OTP_LIMITS.mobileHour.windowMs),
    claimLimit(`otp:ip:${input.ip}`, OTP_LIMITS.ipHour.limit, OTP_LIMITS.ipHour.windowMs),
    claimLimit(`otp:subject:${input.purpose}:${input.subject}`, OTP_LIMITS.subjectHour.limit, OTP_LIMITS.subjectHour.windowMs),
  ]);
  return claims.every(Boolean);
}

/**
 * Creates a code and sends it by SMS. The limits are claimed first; the row is written before the
 * SMS leaves, and a code the provider refused is spent at once. Only the newest code of a
 * (purpose, subject) counts, so asking again makes the earlier one useless.
 */
export async function issueCode(input: IssueCodeInput): Promise<void> {
  if (!(await claimSendLimits(input))) {
    throw new AppError("RATE_LIMITED", "identity.otp.tooMany", { code: ["identity.otp.tooMany"] });
  }
  const code = newCode();
  const at = now();
  // Earlier live codes of this (purpose, subject) are spent first: only the newest counts, even
  // when a pinned demo clock gives two codes the same instant.
  const row = await db.$transaction(async (tx) => {
    await tx.oneTimeCode.updateMany({
      where: { purpose: input.purpose, subject: input.subject, consumedAt: null },
      data: { consumedAt: at },
    });
    return tx.oneTimeCode.create({
      data: {
        purpose: input.purpose,
        subject: input.subject,
        mobile: input.mobile,
        codeHash: hashCode(input.purpose, input.subject, input.mobile, code),
        expiresAt: new Date(at.getTime() + CODE_TTL_MS),
        createdAt: at,
      },
      select: { id: true },
    });
  });
  try {
    await sendSms(input.mobile, "otp", { code });
  } catch (error) {
    await db.oneTimeCode.update({ where: { id: row.id }, data: { consumedAt: at }, select: { id: true } });
    if (!(error instanceof SmsError)) throw error;
    console.warn(`[sms] ${error.providerCode}: ${error.message}`);
    const key =
      error.kind === "limited"
        ? "identity.sms.limited"
        : error.kind === "number"
          ? "identity.sms.badNumber"
          : "identity.sms.failed";
    throw new AppError("INVALID", key, { code: [key] });
  }
}

export type VerifyResult = { ok: true; mobile: string } | { ok: false };

/**
 * Spends the live code of (purpose, subject) (issuing a new one spends the earlier) if `code` is it, in one UPDATE: of two
 * requests with the right code, the second finds consumedAt set (PostgreSQL re-checks the WHERE
 * on the row the first wrote) and fails. A wrong code counts an attempt in the same statement.
 * Runs on its own, never inside a caller's transaction: a refusal there would roll the counted
 * attempt back and let a guesser try forever. A code is spent even if what follows fails.
 */
export async function verifyCode(purpose: OtpPurpose, subject: string, code: string): Promise<VerifyResult> {
  const typed = code.trim();
  if (!/^\d{6}$/.test(typed)) return { ok: false };
  const at = now();
  const latest = await db.oneTimeCode.findFirst({
    where: { purpose, subject, consumedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, mobile: true },
  });
  if (!latest) return { ok: false };
  const hash = hashCode(purpose, subject, latest.mobile, typed);
  const rows = await db.$queryRaw<{ ok: boolean }[]>`
    UPDATE "OneTimeCode" SET
      "consumedAt" = CASE WHEN "codeHash" = ${hash} THEN ${at}::timestamptz ELSE NULL END,
      attempts = attempts + CASE WHEN "codeHash" = ${hash} THEN 0 ELSE 1 END
    WHERE id = ${latest.id}::uuid AND "consumedAt" IS NULL AND "expiresAt" > ${at}::timestamptz AND attempts < ${MAX_ATTEMPTS}
    RETURNING "consumedAt" IS NOT NULL AS ok`;
  return rows[0]?.ok ? { ok: true, mobile: latest.mobile } : { ok: false };
}

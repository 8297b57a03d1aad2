import "server-only";
import { normalizeLogin } from "@/lib/auth/normalize-login";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { claimLimit } from "@/lib/server/otp/claim-limit";
import { issueCode, verifyCode } from "@/lib/server/otp/one-time-code";

const WINDOW_MS = 15 * 60 * 1000;
/**
 * SMS-code login has limits of its own (issue 10): per address, and per account whoever asks.
 * The password login's per-account lockout does not apply here: this is the owner's way in while
 * strangers hammer the password. A guesser gets 5 tries per code and 5 codes an hour per number.
 */
export const SMS_LOGIN_LIMITS = { ip: { limit: 30, windowMs: WINDOW_MS }, account: { limit: 15, windowMs: WINDOW_MS } } as const;

/** A candidate who can log in by SMS: a verified mobile, not switched off. */
async function smsLoginUser(login: string) {
  const user = await db.user.findUnique({
    where: { login: normalizeLogin(login) },
    select: {
      id: true,
      kind: true,
      login: true,
      mobile: true,
      mobileVerifiedAt: true,
      disabledAt: true,
      displayName: true,
      sessionVersion: true,
    },
  });
  if (!user || user.kind !== "CANDIDATE" || !user.mobile || !user.mobileVerifiedAt || user.disabledAt) return null;
  return { ...user, mobile: user.mobile };
}

/**
 * "短信验证码登录", first step: a code to the account's verified mobile. The answer is the same
 * for an unknown ID number or one without a verified mobile (no account oracle).
 */
export async function requestLoginCode(login: string, ip: string): Promise<void> {
  if (!(await claimLimit(`smslogin:ip:${ip}`, SMS_LOGIN_LIMITS.ip.limit, SMS_LOGIN_LIMITS.ip.windowMs))) {
    throw new AppError("RATE_LIMITED", "identity.login.tooMany");
  }
  const user = await smsLoginUser(login);
  if (!user) return;
  await issueCode({ purpose: "LOGIN", subject: user.login, mobile: user.mobile, ip });
}

export type SmsLoginResult =
  | { ok: true; user: { id: string; kind: string; displayName: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "rate-limited" };

/** Second step, called by auth.ts's "sms-code" provider: the code for this account, spent once. */
export async function authenticateBySmsCode(login: string, code: string, ip: string): Promise<SmsLoginResult> {
  const normalized = normalizeLogin(login);
  const claims = await Promise.all([
    claimLimit(`smslogin:try:ip:${ip}`, SMS_LOGIN_LIMITS.ip.limit, SMS_LOGIN_LIMITS.ip.windowMs),
    claimLimit(`smslogin:try:acct:${normalized}`, SMS_LOGIN_LIMITS.account.limit, SMS_LOGIN_LIMITS.account.windowMs),
  ]);
  if (!claims.every(Boolean)) return { ok: false, reason: "rate-limited" };
  const user = await smsLoginUser(normalized);
  if (!user) return { ok: false, reason: "invalid" };
  const verified = await verifyCode("LOGIN", user.login, code);
  if (!verified.ok || verified.mobile !== user.mobile) return { ok: false, reason: "invalid" };
  await db.$transaction((tx) =>
    recordAudit(tx, { actorId: user.id, action: "auth.login.sms", entity: "User", entityId: user.id, after: { ip } }),
  );
  return { ok: true, user: { id: user.id, kind: user.kind, displayName: user.displayName, sessionVersion: user.sessionVersion } };
}

import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { SignUpCodeData } from "@/lib/schemas/account-schema";
import { claimLimit } from "@/lib/server/otp/claim-limit";
import { issueCode } from "@/lib/server/otp/one-time-code";

const HOUR = 60 * 60 * 1000;
/** Sign-up steps per address (issue 10 item 5): counted before anything is looked up. */
export const SIGN_UP_LIMITS = { codeRequests: { limit: 20, windowMs: HOUR }, attempts: { limit: 20, windowMs: HOUR } } as const;

/**
 * Sign-up, first step (issue 10 items 3 and 5). The answer is the same whatever is on record, so
 * the form is no "already registered" oracle: the caller always says "a code was sent".
 * - a new person: the code goes to the mobile they typed (purpose SIGNUP);
 * - a person an institution registered, no account yet, the same name: the code goes to the
 *   mobile the institution recorded (purpose CLAIM), never to the one typed;
 * - a different name, no mobile on record, or an account already there: nothing is sent; the page
 *   says where to turn when no code comes (the account appeal).
 */
export async function requestSignUpCode(input: SignUpCodeData, ip: string): Promise<void> {
  if (!(await claimLimit(`signup:code:ip:${ip}`, SIGN_UP_LIMITS.codeRequests.limit, SIGN_UP_LIMITS.codeRequests.windowMs))) {
    throw new AppError("RATE_LIMITED", "identity.signup.tooMany");
  }
  const onRecord = await db.candidate.findUnique({
    where: { idNumber: input.idNumber },
    select: { name: true, mobile: true, userId: true },
  });
  if (!onRecord) {
    await issueCode({ purpose: "SIGNUP", subject: input.idNumber, mobile: input.mobile, ip });
    return;
  }
  if (onRecord.userId || onRecord.name !== input.name || !onRecord.mobile) {
    // The typed number is claimed like a real send, so its per-number limit answers alike too.
    if (!(await claimLimit(`otp:mobile-min:${input.mobile}`, 1, 60 * 1000))) {
      throw new AppError("RATE_LIMITED", "identity.otp.tooMany", { code: ["identity.otp.tooMany"] });
    }
    return;
  }
  await issueCode({ purpose: "CLAIM", subject: input.idNumber, mobile: onRecord.mobile, ip });
}

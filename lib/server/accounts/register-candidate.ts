import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { SignUpData } from "@/lib/schemas/account-schema";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { claimLimit } from "@/lib/server/otp/claim-limit";
import { verifyCode } from "@/lib/server/otp/one-time-code";
import { recordConsent } from "@/lib/server/privacy/record-consent";
import { SIGN_UP_LIMITS } from "./request-sign-up-code";

const TAKEN = new AppError("CONFLICT", "identity.signup.taken", { idNumber: ["identity.signup.taken"] });
const WRONG_CODE = new AppError("INVALID", "identity.otp.wrong", { code: ["identity.otp.wrong"] });

/**
 * Sign-up, second step (四(二)1; issue 10 items 3 and 5). Order matters:
 * 1. the attempt is counted per address before anything else;
 * 2. the code must be the one sent for this ID number (to the typed mobile for a new person, to
 *    the recorded one for a person an institution registered): until then every refusal is the
 *    same "wrong code", whatever is on record;
 * 3. only then "already registered" may be said, and it is checked before the password is hashed;
 * 4. a record an institution made is linked to the account as it is: name, mobile and history stay.
 */
export async function registerCandidate(input: SignUpData, ip: string): Promise<{ userId: string }> {
  if (!(await claimLimit(`signup:attempt:ip:${ip}`, SIGN_UP_LIMITS.attempts.limit, SIGN_UP_LIMITS.attempts.windowMs))) {
    throw new AppError("RATE_LIMITED", "identity.signup.tooMany");
  }
  const before = await db.candidate.findUnique({ where: { idNumber: input.idNumber }, select: { userId: true } });
  const purpose = before && !before.userId ? "CLAIM" : "SIGNUP";
  const verified = await verifyCode(purpose, input.idNumber, input.code);
  if (!verified.ok) throw WRONG_CODE;

  const onRecord = await db.candidate.findUnique({
    where: { idNumber: input.idNumber },
    select: { id: true, name: true, userId: true },
  });
  if (onRecord?.userId) throw TAKEN;
  if (purpose === "CLAIM" && onRecord?.name !== input.name) throw WRONG_CODE;

  const passwordHash = await hashPassword(input.password);
  const at = now();
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          kind: "CANDIDATE",
          login: input.idNumber,
          displayName: onRecord?.name ?? input.name,
          mobile: verified.mobile,
          mobileVerifiedAt: at,
          email: input.email,
          passwordHash,
        },
        select: { id: true },
      });
      if (onRecord) {
        // Only the link: a stale read above is caught here, as the record must still be unclaimed.
        const linked = await tx.candidate.updateMany({ where: { id: onRecord.id, userId: null }, data: { userId: user.id } });
        if (linked.count !== 1) throw TAKEN;
      } else {
        await tx.candidate.create({
          data: { idNumber: input.idNumber, name: input.name, mobile: verified.mobile, userId: user.id },
          select: { id: true },
        });
      }
      await recordConsent(tx, user.id, "privacy-notice");
      await recordConsent(tx, user.id, "sensitive-signup");
      await recordAudit(tx, {
        actorId: user.id,
        action: onRecord ? "account.claim" : "account.signup",
        entity: "User",
        entityId: user.id,
        after: { mobile: `${verified.mobile.slice(0, 3)}****${verified.mobile.slice(-4)}` },
      });
      return { userId: user.id };
    });
  } catch (error) {
    // Two sign-ups with one ID number at once: the unique index decides, the loser gets the message.
    if (isUniqueViolation(error)) throw TAKEN;
    throw error;
  }
}

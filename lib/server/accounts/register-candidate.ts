import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import type { SignUpData } from "@/lib/schemas/account-schema";

/**
 * 四(二)1: a natural person registers. If an institution already registered this person, the
 * account takes over the same Candidate row, so their history stays one history.
 */
export async function registerCandidate(input: SignUpData): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.candidate.findUnique({ where: { idNumber: input.idNumber }, select: { id: true, userId: true } });
      if (existing?.userId)
        throw new AppError("CONFLICT", "errors.alreadyRegistered", { idNumber: ["errors.alreadyRegistered"] });
      const user = await tx.user.create({
        data: {
          kind: "CANDIDATE",
          login: input.idNumber,
          displayName: input.name,
          mobile: input.mobile,
          email: input.email,
          passwordHash,
        },
        select: { id: true },
      });
      if (existing) {
        await tx.candidate.update({
          where: { id: existing.id },
          data: { userId: user.id, mobile: input.mobile },
          select: { id: true },
        });
      } else {
        await tx.candidate.create({
          data: { idNumber: input.idNumber, name: input.name, mobile: input.mobile, userId: user.id },
          select: { id: true },
        });
      }
      return { userId: user.id };
    });
  } catch (error) {
    // Two sign-ups with one ID number at once: the unique index decides, the loser gets the message.
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "errors.alreadyRegistered", { idNumber: ["errors.alreadyRegistered"] });
    throw error;
  }
}

import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { claimLimit, releaseClaim } from "@/lib/server/rate-limit/claim-limit";
import { PASSWORD_CHANGE_LIMIT, passwordChangeKey } from "@/lib/server/rate-limit/limits";
import type { ChangePasswordData } from "@/lib/schemas/account-schema";
import type { Actor } from "@/lib/server/auth/session";

/**
 * Bumps the session version: every session of this user, this one included, must log in again.
 * It also ends an administrator's temporary password (ADR 051).
 */
export async function changePassword(actor: Actor, input: ChangePasswordData): Promise<void> {
  // The current-password check is a password oracle for whoever holds a session: claimed before
  // argon2 runs, like login (issue 10).
  const at = now();
  const key = passwordChangeKey(actor.id);
  const claim = await claimLimit(key, PASSWORD_CHANGE_LIMIT.limit, PASSWORD_CHANGE_LIMIT.windowMs, at);
  if (!claim.allowed) throw new AppError("RATE_LIMITED", "limits.passwordChangeRateLimited");
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await db.auditLog.create({
      data: { actorId: actor.id, action: "auth.password.change.fail", entity: "User", entityId: actor.id },
      select: { id: true },
    });
    throw new AppError("INVALID", "errors.password.currentWrong", { currentPassword: ["errors.password.currentWrong"] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction([
    db.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, mustChangePassword: false },
      select: { id: true },
    }),
    db.auditLog.create({
      data: { actorId: actor.id, action: "auth.password.change", entity: "User", entityId: actor.id },
      select: { id: true },
    }),
  ]);
  await releaseClaim(key, at);
}

import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { ChangePasswordData } from "@/lib/schemas/account-schema";
import type { Actor } from "@/lib/server/auth/session";

/**
 * Bumps the session version: every session of this user, this one included, must log in again.
 * It also ends an administrator's temporary password (ADR 051).
 */
export async function changePassword(actor: Actor, input: ChangePasswordData): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("INVALID", "errors.password.currentWrong", { currentPassword: ["errors.password.currentWrong"] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.user.update({
    where: { id: actor.id },
    data: { passwordHash, sessionVersion: { increment: 1 }, mustChangePassword: false },
    select: { id: true },
  });
}

import "server-only";
import { AppError } from "@/lib/app-error";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";

/** Appeals move a person's record between accounts: administrators decide them (issue 10). */
export const APPEAL_ROLE: StaffRole = "ADMIN";

export function requireAppealStaff(actor: Actor): void {
  if (actor.kind !== "STAFF" || !actor.roles.includes(APPEAL_ROLE)) throw new AppError("FORBIDDEN", "errors.forbidden");
}

export const maskMobile = (mobile: string | null | undefined) => (mobile ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : null);

import "server-only";
import { AppError } from "@/lib/app-error";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";

/**
 * The use case's own check (style.md: authorization in every use case, not only in the action):
 * a candidate, an institution, or staff without the role get FORBIDDEN and nothing happens.
 */
export function assertStaffRole(actor: Actor, ...roles: StaffRole[]): void {
  if (actor.kind !== "STAFF" || !roles.some((role) => actor.roles.includes(role)))
    throw new AppError("FORBIDDEN", "errors.forbidden");
}

/** Staff who may look at candidates' files (issue 5): everyone of the center but no one else. */
export const FILE_READER_ROLES: readonly StaffRole[] = ["REVIEWER", "FINANCE", "EXAM_OFFICER", "ADMIN"];

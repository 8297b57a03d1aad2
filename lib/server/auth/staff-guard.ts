import "server-only";
import { AppError } from "@/lib/app-error";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";

/**
 * Every staff use case takes the actor its action loaded (requireRole) and checks the role
 * again here, so a use case called from a script or a test with the wrong actor is refused
 * too (style.md "Avoid": never only the page).
 */
export function assertStaffRole(actor: Actor | null, roles: StaffRole | readonly StaffRole[]): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  const wanted: readonly StaffRole[] = typeof roles === "string" ? [roles] : roles;
  if (actor.kind !== "STAFF" || !wanted.some((r) => actor.roles.includes(r))) throw new AppError("FORBIDDEN", "errors.forbidden");
  return actor;
}

/** Any member of the center's staff (the dashboard). */
export function assertAnyStaff(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  if (actor.kind !== "STAFF" || actor.roles.length === 0) throw new AppError("FORBIDDEN", "errors.forbidden");
  return actor;
}

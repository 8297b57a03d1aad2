import "server-only";
import { AppError } from "@/lib/app-error";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";

/**
 * The use cases of plans, exam day, results and certificates take the actor the action loaded
 * (requireRole) and check again here, so a use case called from a script or a test with the
 * wrong actor is refused too (style.md "Avoid": never only the page).
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

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

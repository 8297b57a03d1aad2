import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { currentActor, requireRole, type Actor } from "./session";

/**
 * A staff page's first line: no session → the login page (back here afterwards); staff without
 * a second factor → /staff/security (requireRole); a user without `role` → null, and the page
 * says so instead of throwing. Pages only show; every action checks again.
 */
export async function staffPageActor(role: StaffRole, path: string): Promise<Actor | null> {
  const actor = await currentActor();
  if (!actor) redirect({ href: { pathname: "/login", query: { next: path } }, locale: await getLocale() });
  if (!actor || actor.kind !== "STAFF" || !actor.roles.includes(role)) return null;
  return requireRole(role);
}

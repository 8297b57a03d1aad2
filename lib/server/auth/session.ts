import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { currentActor, sessionActor, type Actor } from "./current-actor";
import { hasSecondFactor } from "./totp-enrollment";

/** Where an institution user without a second factor enrolls (outside /institution, whose layout sends them here). */
export const INSTITUTION_ENROLL_PAGE = "/me/security";

export { currentActor, sessionActor, type Actor };

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  return actor;
}

/** The password change and nothing else: also for an account on a temporary password (ADR 051). */
export async function requireActorForPasswordChange(): Promise<Actor> {
  const actor = await sessionActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  return actor;
}

export async function requireCandidate(): Promise<Actor & { candidateId: string }> {
  const actor = await requireActor();
  if (actor.kind !== "CANDIDATE" || !actor.candidateId) throw new AppError("FORBIDDEN", "errors.forbidden");
  return { ...actor, candidateId: actor.candidateId };
}

export async function requireInstitution(): Promise<Actor & { institutionId: string }> {
  const actor = await requireActor();
  if (actor.kind !== "INSTITUTION" || !actor.institutionId) throw new AppError("FORBIDDEN", "errors.forbidden");
  await requirePermanentPassword(actor);
  // Institution users hold hundreds of people's data: the staff second factor too (issue 10).
  if (!(await hasSecondFactor(actor.id))) redirect({ href: INSTITUTION_ENROLL_PAGE, locale: await getLocale() });
  return { ...actor, institutionId: actor.institutionId };
}

/** A staff user without a second factor is sent to enroll first (ASVS L2; ADR 011). */
export async function requireRole(role: StaffRole): Promise<Actor> {
  const actor = await requireActor();
  if (actor.kind !== "STAFF" || !actor.roles.includes(role)) throw new AppError("FORBIDDEN", "errors.forbidden");
  await requirePermanentPassword(actor);
  const factor = await db.staffSecondFactor.findUnique({ where: { userId: actor.id }, select: { enabledAt: true } });
  if (!factor?.enabledAt) redirect({ href: "/staff/security", locale: await getLocale() });
  return actor;
}

/**
 * An account an administrator made still has the password the administrator knows: nothing is
 * done with it until its owner picks their own (ASVS 2.1; ADR 051). Pages and actions alike are
 * sent to the password page, as a missing second factor sends staff to enroll.
 */
async function requirePermanentPassword(actor: Actor): Promise<void> {
  if (actor.mustChangePassword) redirect({ href: "/me/password", locale: await getLocale() });
}

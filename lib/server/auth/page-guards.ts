import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { currentActor, INSTITUTION_ENROLL_PAGE, requireRole, type Actor } from "./session";
import { hasSecondFactor } from "./totp-enrollment";

/**
 * A page's first line, one guard per kind of user (ADR 137). Pages only show: every action and
 * use case checks again (requireActor / requireCandidate / requireInstitution / requireRole).
 * Not signed in → the login page, back to `path` afterwards.
 */
async function toLogin(path: string): Promise<never> {
  return redirect({ href: { pathname: "/login", query: { next: path } }, locale: await getLocale() });
}

/** Account pages every signed-in user has (/me/security, /me/mobile, /me/inbox, …). */
export async function accountPage(path: string): Promise<Actor> {
  return (await currentActor()) ?? toLogin(path);
}

/** A candidate's own pages: anyone else signs in as a candidate first. */
export async function candidatePage(path: string): Promise<Actor & { candidateId: string }> {
  const actor = await currentActor();
  if (!actor || actor.kind !== "CANDIDATE" || !actor.candidateId) return toLogin(path);
  return { ...actor, candidateId: actor.candidateId };
}

/** An institution's pages; its user enrolls a second factor first, like staff (issue 10, ADR 011). */
export async function institutionPage(path: string): Promise<Actor & { institutionId: string }> {
  const actor = await currentActor();
  if (!actor || actor.kind !== "INSTITUTION" || !actor.institutionId) return toLogin(path);
  if (!(await hasSecondFactor(actor.id))) return redirect({ href: INSTITUTION_ENROLL_PAGE, locale: await getLocale() });
  return { ...actor, institutionId: actor.institutionId };
}

/**
 * A staff page: staff without a second factor → /staff/security (requireRole); a signed-in user
 * without `role` → null, and the page renders `<Forbidden role={role} />` instead of throwing.
 */
export async function staffPage(role: StaffRole, path: string): Promise<Actor | null> {
  const actor = (await currentActor()) ?? (await toLogin(path));
  if (actor.kind !== "STAFF" || !actor.roles.includes(role)) return null;
  return requireRole(role);
}

/** Staff pages of every role (their own second factor): the staff member, whatever their roles. */
export async function staffMemberPage(path: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor || actor.kind !== "STAFF") return toLogin(path);
  return actor;
}

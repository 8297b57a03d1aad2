import "server-only";
import { redirect } from "@/i18n/navigation";
import { currentActor, INSTITUTION_ENROLL_PAGE, type Actor } from "@/lib/server/auth/session";
import { hasSecondFactor } from "@/lib/server/auth/totp-enrollment";

/**
 * Pages only: who may see an institution page (a person not signed in as an institution goes
 * to the login). Every use case the page calls checks the scope again (lib/server/institution/scope.ts).
 */
export async function institutionActorOrRedirect(locale: string, next: string): Promise<Actor & { institutionId: string }> {
  const actor = await currentActor();
  if (!actor || actor.kind !== "INSTITUTION" || !actor.institutionId)
    return redirect({ href: { pathname: "/login", query: { next } }, locale });
  // The second factor first, like staff (issue 10; ADR 011).
  if (!(await hasSecondFactor(actor.id))) return redirect({ href: INSTITUTION_ENROLL_PAGE, locale });
  return { ...actor, institutionId: actor.institutionId };
}

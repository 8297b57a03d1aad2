import "server-only";
import type { Actor } from "@/lib/server/auth/session";
import { getCollectionFormPdf } from "@/lib/server/certificates/collection-form";
import { loadInstitutionScope, loadScopedPlan } from "../scope";

/**
 * 九 《四川核发专项职业能力证书登记表》 for one of the institution's plans. The form itself is the
 * certificates area's (getCollectionFormPdf); this adds the institution's scope: its own
 * institution from the session, and only a plan of a project it is authorized for.
 */
export async function institutionCollectionForm(actor: Actor, planId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const scope = await loadInstitutionScope(actor);
  const plan = await loadScopedPlan(scope, planId);
  return getCollectionFormPdf(actor, plan.id, scope.institutionId);
}

import "server-only";
import type { Actor } from "@/lib/server/auth/session";
import { getBatchCollectionFormPdf, getCollectionFormPdf } from "@/lib/server/certificates/collection-form";
import { loadBatch, loadInstitutionScope, loadScopedPlan } from "../scope";

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

/** 九 for a whole batch (issue 13 item 2): one 证书登记表 with every project's certificates of the institution. */
export async function institutionBatchCollectionForm(actor: Actor, batchId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const scope = await loadInstitutionScope(actor);
  const batch = await loadBatch(batchId);
  return getBatchCollectionFormPdf(actor, batch.id, scope.institutionId, [...scope.projectIds]);
}

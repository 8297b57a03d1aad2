import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import { verdictFor } from "@/lib/server/applications/window-verdict";
import { referenceCodeFor } from "@/lib/domain/payment";
import type { IsoDate } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/auth/session";
import { getPayee, type Payee } from "@/lib/server/settings/payee";
import { type InstitutionScope, loadInstitutionScope, loadScopedPlan, scopedApplications } from "../scope";
import { sortByName } from "@/lib/db-crypto/order";

export interface PaymentNoticeDto {
  planId: string;
  projectName: string;
  examDate: IsoDate;
  paymentWindow: { start: IsoDate; end: IsoDate };
  windowOpen: boolean;
  applicationIds: string[];
  names: string[];
  headCount: number;
  feeFen: number;
  amountFen: number;
  payee: Payee | null;
  referenceCode: string;
}

/**
 * 五(一) "机构通过对公转账缴费": the code for the transfer remark. It is derived from the plan
 * and the exact set of candidates, so the same selection always shows the same code (the
 * notice can be printed today and the receipt uploaded tomorrow) and a returned receipt for
 * that selection replaces the same Payment row, as the individual channel's does.
 */
export function bulkReferenceCode(planId: string, applicationIds: readonly string[]): string {
  const digest = createHash("sha256")
    .update(`${planId}:${[...applicationIds].sort().join(",")}`)
    .digest("hex");
  return referenceCodeFor(digest, "JG");
}

/** Approved applications of this institution in this plan, exactly those asked for, or INVALID. */
export async function loadSelected(
  client: Tx | typeof db,
  scope: InstitutionScope,
  planId: string,
  applicationIds: readonly string[],
) {
  const ids = [...new Set(applicationIds)];
  if (ids.length === 0)
    throw new AppError("INVALID", "institution.errors.payment.noneSelected", {
      applicationIds: ["institution.errors.payment.noneSelected"],
    });
  const rows = await client.application.findMany({
    where: { ...scopedApplications(scope), planId, id: { in: ids } },
    orderBy: { candidate: { name: "asc" } },
    select: { id: true, status: true, candidate: { select: { name: true } } },
  });
  // Someone else's candidate, another plan's, or one no longer approved: the whole selection is refused.
  if (rows.length !== ids.length || rows.some((r) => r.status !== "APPROVED")) {
    throw new AppError("CONFLICT", "institution.errors.payment.selectionChanged", {
      applicationIds: ["institution.errors.payment.selectionChanged"],
    });
  }
  return sortByName(rows, (r) => r.candidate.name); // names are encrypted at rest: ordered here (ADR 057)
}

/** The payment notice for a selection: head count × fee, the center's payee, the remark's code. */
export async function paymentNotice(
  actor: Actor,
  planId: string,
  applicationIds: readonly string[],
  today: IsoDate,
): Promise<PaymentNoticeDto> {
  const scope = await loadInstitutionScope(actor);
  const plan = await loadScopedPlan(scope, planId);
  const rows = await loadSelected(db, scope, plan.id, applicationIds);
  const feeFen = plan.project.feeFen;
  if (feeFen <= 0) throw new AppError("CONFLICT", "errors.payment.feeUnset");
  return {
    planId: plan.id,
    projectName: plan.project.name,
    examDate: plan.batch.examDate,
    paymentWindow: plan.batch.payment,
    windowOpen: (await verdictFor("upload-receipt", { role: "institution", status: "APPROVED", batch: plan.batch, day: today }))
      .allowed,
    applicationIds: rows.map((r) => r.id),
    names: rows.map((r) => r.candidate.name),
    headCount: rows.length,
    feeFen,
    amountFen: feeFen * rows.length,
    payee: await getPayee(),
    referenceCode: bulkReferenceCode(
      plan.id,
      rows.map((r) => r.id),
    ),
  };
}

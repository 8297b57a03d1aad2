import "server-only";
import { db } from "@/lib/db";
import { verdictFor } from "@/lib/server/applications/window-verdict";
import { maskIdNumber } from "@/lib/domain/id-number";
import type { IsoDate } from "@/lib/domain/types";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { loadBatch, loadInstitutionScope, scopedApplications } from "../scope";
import { sortByName } from "@/lib/db-crypto/order";

export interface PayablePlanDto {
  planId: string;
  projectName: string;
  feeFen: number;
  approved: { id: string; name: string; maskedIdNumber: string }[];
  payments: {
    referenceCode: string;
    status: PaymentStatus;
    headCount: number;
    amountFen: number;
    expectedAmountFen: number;
    returnReason: string | null;
  }[];
}

export interface PayableDto {
  paymentWindow: { start: IsoDate; end: IsoDate };
  examDate: IsoDate;
  windowOpen: boolean;
  plans: PayablePlanDto[];
}

/** 五(一): per plan of the batch, the approved candidates still to pay for, and the receipts already sent. */
export async function listPayable(actor: Actor, batchId: string, today: IsoDate): Promise<PayableDto> {
  const scope = await loadInstitutionScope(actor);
  const batch = await loadBatch(batchId);
  const plans = await db.plan.findMany({
    where: { batchId: batch.id, projectId: { in: [...scope.projectIds] } },
    orderBy: { project: { seq: "asc" } },
    select: {
      id: true,
      project: { select: { name: true, feeFen: true } },
      applications: {
        where: { ...scopedApplications(scope), status: "APPROVED" },
        orderBy: { candidate: { name: "asc" } },
        select: { id: true, candidate: { select: { name: true, idNumber: true } } },
      },
    },
  });
  const payments = await db.payment.findMany({
    where: { channel: "INSTITUTION", institutionId: scope.institutionId, planId: { in: plans.map((p) => p.id) } },
    orderBy: { createdAt: "desc" },
    select: {
      planId: true,
      referenceCode: true,
      status: true,
      headCount: true,
      amountFen: true,
      expectedAmountFen: true,
      returnReason: true,
    },
  });
  return {
    paymentWindow: batch.payment,
    examDate: batch.examDate,
    windowOpen: (await verdictFor("upload-receipt", { role: "institution", status: "APPROVED", batch, day: today })).allowed,
    plans: plans
      .map((p) => ({
        planId: p.id,
        projectName: p.project.name,
        feeFen: p.project.feeFen,
        // Names are encrypted at rest: ordered here (ADR 057).
        approved: sortByName(p.applications, (a) => a.candidate.name).map((a) => ({
          id: a.id,
          name: a.candidate.name,
          maskedIdNumber: maskIdNumber(a.candidate.idNumber),
        })),
        payments: payments.filter((x) => x.planId === p.id).map(({ planId: _planId, ...rest }) => rest),
      }))
      .filter((p) => p.approved.length > 0 || p.payments.length > 0),
  };
}

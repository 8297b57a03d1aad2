import "server-only";
import { db } from "@/lib/db";
import { verdictFor } from "@/lib/server/applications/window-verdict";
import { maskIdNumber } from "@/lib/domain/id-number";
import type { IsoDate } from "@/lib/domain/types";
import type { PaymentStatus, PlanStatus } from "@/lib/generated/prisma/enums";
import { PLAN_MINIMUM } from "@/lib/server/plans/load-plan";
import type { Actor } from "@/lib/server/auth/session";
import { loadBatch, loadInstitutionScope, scopedApplications } from "../scope";
import { sortByName } from "@/lib/db-crypto/order";

export interface PayablePlanDto {
  planId: string;
  projectName: string;
  feeFen: number;
  /**
   * 四 "报名人数不足10人时，原则上不予组织考核", visible before paying (issue 13 item 9): the plan's
   * registrants past review or waiting for it, every channel and institution (a count, no names),
   * against the minimum, and the plan's decision when staff made one.
   */
  holding: { registrants: number; minimum: number; belowMinimum: boolean; planStatus: PlanStatus };
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

/** A receipt of the batch, for one project or several (whole-batch payment, ADR 096). */
export interface BatchReceiptDto {
  referenceCode: string;
  status: PaymentStatus;
  headCount: number;
  amountFen: number;
  expectedAmountFen: number;
  returnReason: string | null;
  projects: { name: string; headCount: number }[];
}

export interface PayableDto {
  /** Every receipt of the institution for this batch, whatever projects it covers. */
  receipts: BatchReceiptDto[];
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
      status: true,
      project: { select: { name: true, feeFen: true } },
      applications: {
        where: { ...scopedApplications(scope), status: "APPROVED" },
        orderBy: { candidate: { name: "asc" } },
        select: { id: true, candidate: { select: { name: true, idNumber: true } } },
      },
    },
  });
  const registrants = await db.application.groupBy({
    by: ["planId"],
    where: {
      planId: { in: plans.map((p) => p.id) },
      status: { in: ["SUBMITTED", "RETURNED", "APPROVED", "PAYMENT_SUBMITTED", "PAYMENT_CONFIRMED"] },
    },
    _count: { _all: true },
  });
  const receipts = await batchReceipts(
    scope.institutionId,
    plans.map((p) => p.id),
  );
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
    receipts,
    windowOpen: (await verdictFor("upload-receipt", { role: "institution", status: "APPROVED", batch, day: today })).allowed,
    plans: plans
      .map((p) => ({
        planId: p.id,
        projectName: p.project.name,
        feeFen: p.project.feeFen,
        holding: holding(p.status, registrants.find((r) => r.planId === p.id)?._count._all ?? 0),
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

function holding(planStatus: PlanStatus, registrants: number): PayablePlanDto["holding"] {
  return { registrants, minimum: PLAN_MINIMUM, belowMinimum: registrants < PLAN_MINIMUM, planStatus };
}

/** The institution's receipts whose candidates are in these plans, each with its projects and head counts. */
async function batchReceipts(institutionId: string, planIds: readonly string[]): Promise<BatchReceiptDto[]> {
  const rows = await db.payment.findMany({
    // A whole-batch receipt's planId is its first project's plan (ADR 096): one of the batch's plans.
    where: { channel: "INSTITUTION", institutionId, planId: { in: [...planIds] } },
    orderBy: { createdAt: "desc" },
    select: {
      referenceCode: true,
      status: true,
      headCount: true,
      amountFen: true,
      expectedAmountFen: true,
      returnReason: true,
      items: { select: { applicationId: true } },
    },
  });
  const applications = await db.application.findMany({
    where: { id: { in: rows.flatMap((r) => r.items.map((i) => i.applicationId)) } },
    select: { id: true, plan: { select: { project: { select: { seq: true, name: true } } } } },
  });
  const projectOf = new Map(applications.map((a) => [a.id, a.plan.project]));
  return rows.map(({ items, ...rest }) => {
    const counts = new Map<string, { seq: number; name: string; headCount: number }>();
    for (const item of items) {
      const project = projectOf.get(item.applicationId);
      if (!project) continue;
      const entry = counts.get(project.name) ?? { ...project, headCount: 0 };
      entry.headCount += 1;
      counts.set(project.name, entry);
    }
    return {
      ...rest,
      projects: [...counts.values()].sort((a, b) => a.seq - b.seq).map(({ name, headCount }) => ({ name, headCount })),
    };
  });
}

import "server-only";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import type { ApplicationStatus, PlanStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { PLAN_MINIMUM } from "./load-plan";

export interface PlanCounts {
  /** Submitted and still in play (review, payment, confirmed). */
  submitted: number;
  /** Passed review: approved, receipt uploaded, or confirmed. */
  approved: number;
  /** 确认收费: what the minimum of 10 is measured against. */
  paid: number;
  ticketed: number;
}

export interface PlanRowDto {
  id: string;
  batch: { id: string; year: number; seq: number; examDate: string; paymentEnd: string };
  project: { seq: number; name: string };
  status: PlanStatus;
  statusReason: string | null;
  noticePublished: boolean;
  counts: PlanCounts;
  meetsMinimum: boolean;
}

const SUBMITTED: ApplicationStatus[] = ["SUBMITTED", "RETURNED", "APPROVED", "PAYMENT_SUBMITTED", "PAYMENT_CONFIRMED"];
const APPROVED: ApplicationStatus[] = ["APPROVED", "PAYMENT_SUBMITTED", "PAYMENT_CONFIRMED"];

export function emptyCounts(): PlanCounts {
  return { submitted: 0, approved: 0, paid: 0, ticketed: 0 };
}

/** Adds one group of (status, count) to the plan's tallies. */
export function tally(counts: PlanCounts, status: ApplicationStatus, n: number): void {
  if (SUBMITTED.includes(status)) counts.submitted += n;
  if (APPROVED.includes(status)) counts.approved += n;
  if (status === "PAYMENT_CONFIRMED") counts.paid += n;
}

/** 四: every batch × project that has applications, with the counts held against the minimum of 10. */
export async function listPlans(actor: Actor, year: number): Promise<PlanRowDto[]> {
  assertStaffRole(actor, "EXAM_OFFICER");
  const plans = await db.plan.findMany({
    where: { batch: { year } },
    orderBy: [{ batch: { seq: "asc" } }, { project: { seq: "asc" } }],
    select: {
      id: true,
      status: true,
      statusReason: true,
      noticePublishedAt: true,
      batch: { select: { id: true, year: true, seq: true, examDate: true, paymentEnd: true } },
      project: { select: { seq: true, name: true } },
    },
  });
  const ids = plans.map((p) => p.id);
  const [groups, ticketed] = await Promise.all([
    db.application.groupBy({ by: ["planId", "status"], where: { planId: { in: ids } }, _count: { _all: true } }),
    db.application.groupBy({
      by: ["planId"],
      where: { planId: { in: ids }, ticketNumber: { not: null }, status: "PAYMENT_CONFIRMED" },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map(ids.map((id) => [id, emptyCounts()]));
  for (const g of groups) tally(counts.get(g.planId)!, g.status, g._count._all);
  for (const g of ticketed) counts.get(g.planId)!.ticketed = g._count._all;
  return plans.map((p) => {
    const c = counts.get(p.id)!;
    return {
      id: p.id,
      batch: {
        id: p.batch.id,
        year: p.batch.year,
        seq: p.batch.seq,
        examDate: toIsoDate(p.batch.examDate),
        paymentEnd: toIsoDate(p.batch.paymentEnd),
      },
      project: p.project,
      status: p.status,
      statusReason: p.statusReason,
      noticePublished: p.noticePublishedAt !== null,
      counts: c,
      meetsMinimum: c.paid >= PLAN_MINIMUM,
    };
  });
}

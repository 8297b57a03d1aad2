import "server-only";
import { AppError } from "@/lib/app-error";
import type { Tx } from "@/lib/db";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/domain/uuid";
import { lockPlans } from "@/lib/server/exam/issue-tickets";

/** 四: "报名人数不足10人时，原则上不予组织考核". */
export const PLAN_MINIMUM = 10;

/** Applications still in play: the ones a plan decision moves or cancels. */
export const LIVE_STATUSES: ApplicationStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "RETURNED",
  "APPROVED",
  "PAYMENT_SUBMITTED",
  "PAYMENT_CONFIRMED",
];

export function batchLabel(batch: { year: number; seq: number }): string {
  return `${batch.year}年第${batch.seq}批`;
}

/** Locks the plan row (decisions on one plan run one at a time) and reads what decisions need. */
export async function lockAndLoadPlan(tx: Tx, planId: string) {
  if (!isUuid(planId)) throw new AppError("NOT_FOUND", "staffExam.errors.planNotFound");
  await lockPlans(tx, [planId]);
  const plan = await tx.plan.findUnique({
    where: { id: planId },
    select: {
      id: true,
      status: true,
      statusReason: true,
      noticePublishedAt: true,
      projectId: true,
      batch: { select: { id: true, year: true, seq: true, examDate: true, ticketStart: true, ticketEnd: true } },
      project: { select: { seq: true, name: true } },
    },
  });
  if (!plan) throw new AppError("NOT_FOUND", "staffExam.errors.planNotFound");
  return plan;
}

export type LockedPlan = Awaited<ReturnType<typeof lockAndLoadPlan>>;

/** A plan that has results cannot be cancelled or moved: the exam took place. */
export async function assertNoResults(tx: Tx, plan: LockedPlan): Promise<void> {
  if (plan.noticePublishedAt) throw new AppError("CONFLICT", "staffExam.errors.noticeAlreadyPublished");
  const scored = await tx.application.count({ where: { planId: plan.id, OR: [{ score: { not: null } }, { absent: true }] } });
  if (scored > 0) throw new AppError("CONFLICT", "staffExam.errors.planHasResults");
}

import "server-only";
import { asClause } from "@/lib/domain/amount";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { issueTicketsIfHeld, lockPlans } from "@/lib/server/exam/issue-tickets";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";
import { notifyApplicant } from "@/lib/server/notifications/notify";
import { cancelLiveApplications, type LiveApplication } from "./cancel-applications";
import { assertNoResults, batchLabel, lockAndLoadPlan } from "./load-plan";

export interface MoveOutcome {
  targetPlanId: string;
  moved: number;
  /** Candidates who already had an application in the target plan: only the old one is cancelled. */
  alreadyInTarget: number;
}

/** The new application keeps the data, attachments and status (ADR 020): nobody redoes what they did. */
function copyOf(app: LiveApplication, targetPlanId: string, note: string): Prisma.ApplicationUncheckedCreateInput {
  const { id: _id, attachments, returnReasons, returnedSnapshot, ...data } = app;
  return {
    ...data,
    planId: targetPlanId,
    returnReasons: returnReasons ?? undefined,
    returnedSnapshot: returnedSnapshot ?? undefined,
    attachments: { create: attachments.map((a) => ({ kind: a.kind, fileId: a.fileId })) },
    events: { create: { fromStatus: null, toStatus: app.status, note } },
  };
}

async function loadTarget(tx: Tx, targetBatchId: string, projectId: string, examDate: Date) {
  if (!isUuid(targetBatchId))
    throw new AppError("INVALID", "staffExam.errors.targetInvalid", { targetBatchId: ["staffExam.errors.targetInvalid"] });
  const batch = await tx.batch.findUnique({
    where: { id: targetBatchId },
    select: { id: true, year: true, seq: true, examDate: true },
  });
  if (!batch || batch.examDate <= examDate) {
    throw new AppError("INVALID", "staffExam.errors.targetInvalid", { targetBatchId: ["staffExam.errors.targetInvalid"] });
  }
  const plan = await tx.plan.upsert({
    where: { batchId_projectId: { batchId: batch.id, projectId } },
    create: { batchId: batch.id, projectId },
    update: {},
    select: { id: true, status: true },
  });
  if (plan.status === "CANCELLED")
    throw new AppError("CONFLICT", "staffExam.errors.targetCancelled", { targetBatchId: ["staffExam.errors.targetCancelled"] });
  return { ...plan, batch };
}

/**
 * 四 and domain.md "merge it into a later batch": the plan is cancelled and its live applications
 * continue in the same project's later plan. Refused while a receipt waits for finance: whether
 * that money counts is finance's decision, and a moved copy could not be confirmed any more.
 */
export async function movePlan(
  actor: Actor,
  planId: string,
  input: { targetBatchId: string; reason: string },
): Promise<MoveOutcome> {
  assertStaffRole(actor, "EXAM_OFFICER");
  const reason = input.reason.trim();
  if (reason.length < 2)
    throw new AppError("INVALID", "staffExam.errors.reasonRequired", { reason: ["staffExam.errors.reasonRequired"] });
  return db.$transaction(async (tx) => {
    const plan = await lockAndLoadPlan(tx, planId);
    if (plan.status === "CANCELLED") throw new AppError("CONFLICT", "staffExam.errors.planCancelled");
    await assertNoResults(tx, plan);
    const target = await loadTarget(tx, input.targetBatchId, plan.projectId, plan.batch.examDate);
    await lockPlans(tx, [plan.id, target.id]);
    const pending = await tx.application.count({ where: { planId, status: "PAYMENT_SUBMITTED" } });
    if (pending > 0) throw new AppError("CONFLICT", "staffExam.errors.paymentsPending");

    const from = batchLabel(plan.batch);
    const to = `${batchLabel(target.batch)}（考核日期 ${toIsoDate(target.batch.examDate)}）`;
    const live = await cancelLiveApplications(tx, planId, actor.id, `考核计划合并：转入${to}。原因：${reason}`);
    const existing = new Set(
      (
        await tx.application.findMany({
          where: { planId: target.id, candidateId: { in: live.map((a) => a.candidateId) } },
          select: { candidateId: true },
        })
      ).map((a) => a.candidateId),
    );
    const created: string[] = [];
    for (const app of live) {
      if (existing.has(app.candidateId)) {
        await notifyApplicant(tx, app.id, {
          title: "考核计划合并",
          body: `${plan.project.name}（${from}）不再单独组织考核，原因：${asClause(reason)}。该考生在${to}已有报名，本次报名已取消，请以${batchLabel(target.batch)}的报名为准。`,
        });
        continue;
      }
      const copy = await tx.application.create({
        data: copyOf(app, target.id, `由${from}转入。原因：${reason}`),
        select: { id: true },
      });
      created.push(copy.id);
      await notifyApplicant(tx, copy.id, {
        title: "考核计划合并",
        body: `${plan.project.name}（${from}）不再单独组织考核，原因：${asClause(reason)}。您的报名已转入${to}，已填信息、附件和办理进度保持不变。`,
      });
    }
    await tx.plan.update({
      where: { id: planId },
      data: { status: "CANCELLED", statusReason: reason, movedToPlanId: target.id },
      select: { id: true },
    });
    const tickets = await issueTicketsIfHeld(tx, created);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.move",
      entity: "Plan",
      entityId: planId,
      before: { status: plan.status },
      after: {
        status: "CANCELLED",
        reason,
        movedToPlanId: target.id,
        moved: created.length,
        alreadyInTarget: live.length - created.length,
        ticketsIssued: tickets.length,
      },
    });
    return { targetPlanId: target.id, moved: created.length, alreadyInTarget: live.length - created.length };
  });
}

import "server-only";
import { asClause } from "@/lib/domain/amount";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { decisionBlocked, tallyFates } from "@/lib/domain/plan-decision";
import { createRefundsDue } from "@/lib/server/refunds/refunds-due";
import { planFates } from "./plan-fates";
import { recordPlanClosed } from "./record-plan-closed";
import type { Actor } from "@/lib/server/auth/session";
import { issueTicketsIfHeld, lockPlans } from "@/lib/server/exam/issue-tickets";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";
import { eventNote } from "@/lib/i18n/stored-message";
import { keyedEvent, notifyEvent } from "@/lib/server/notifications/notify";
import { cancelLiveApplications, type LiveApplication } from "./cancel-applications";
import { assertNoResults, batchLabel, lockAndLoadPlan } from "./load-plan";

export interface MoveOutcome {
  targetPlanId: string;
  moved: number;
  /** Candidates who already had an application in the target plan and keep it: only the old one is cancelled. */
  alreadyInTarget: number;
  /** Paid here, unpaid in the target: the target's application was withdrawn and the paid place continues. */
  replaced: number;
  /** Refunds that fell due (a paid application whose place did not continue). */
  refunds: number;
}

export interface MoveInput {
  targetBatchId: string;
  reason: string;
  /** Applications (paid here) whose candidate keeps the target's application instead: the officer's choice. */
  keepTarget?: readonly string[];
}
/** The new application keeps the data, attachments and status (ADR 020): nobody redoes what they did. */
type Note = ReturnType<typeof eventNote>;

function copyOf(app: LiveApplication, targetPlanId: string, note: Note): Prisma.ApplicationUncheckedCreateInput {
  const { id: _id, attachments, returnReasons, returnedSnapshot, ...data } = app;
  return {
    ...data,
    planId: targetPlanId,
    returnReasons: returnReasons ?? undefined,
    returnedSnapshot: returnedSnapshot ?? undefined,
    attachments: { create: attachments.map((a) => ({ kind: a.kind, fileId: a.fileId })) },
    events: { create: { fromStatus: null, toStatus: app.status, ...note } },
  };
}

async function loadTarget(tx: Tx, targetBatchId: string, projectId: string, examDate: Date) {
  if (!isUuid(targetBatchId))
    throw new AppError("INVALID", "staffExam.errors.targetInvalid", { targetBatchId: ["staffExam.errors.targetInvalid"] });
  const batch = await tx.batch.findUnique({
    where: { id: targetBatchId },
    select: { id: true, year: true, seq: true, examDate: true, published: true },
  });
  // Only published batches: a draft of next year's calendar may still change or vanish (issue 17).
  if (batch && !batch.published)
    throw new AppError("INVALID", "planDecisions.errors.targetDraft", { targetBatchId: ["planDecisions.errors.targetDraft"] });
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

/** The withdrawn unpaid application in the target takes the paid one's data, attachments and status. */
async function replaceTarget(
  tx: Tx,
  app: LiveApplication,
  target: { id: string; status: ApplicationStatus },
  notes: { withdrawn: Note; moved: Note },
  actorId: string,
) {
  const { id: _id, attachments, returnReasons, returnedSnapshot, status, ...data } = app;
  await tx.attachment.deleteMany({ where: { applicationId: target.id } });
  await tx.application.update({
    where: { id: target.id },
    data: {
      ...data,
      status,
      // Nothing of the withdrawn application's review survives: the paid one's data is what counts.
      returnReasons: returnReasons ?? Prisma.DbNull,
      returnedSnapshot: returnedSnapshot ?? Prisma.DbNull,
      rejectReason: null,
      roomId: null,
      seat: null,
      version: { increment: 1 },
      attachments: { create: attachments.map((a) => ({ kind: a.kind, fileId: a.fileId })) },
    },
    select: { id: true },
  });
  // Two entries, in this order: the unpaid application is withdrawn, then the paid place arrives.
  await tx.applicationEvent.create({
    data: { applicationId: target.id, fromStatus: target.status, toStatus: "CANCELLED", actorId, ...notes.withdrawn },
    select: { id: true },
  });
  await tx.applicationEvent.create({
    data: { applicationId: target.id, fromStatus: "CANCELLED", toStatus: status, actorId, ...notes.moved },
    select: { id: true },
  });
}

/**
 * 四 and domain.md "merge it into a later batch": the plan is cancelled and its live applications
 * continue in the same project's later plan (ADR 020, ADR 080). Each candidate's fate comes from
 * lib/domain/plan-decision: a paid place is never lost silently (the unpaid application in the
 * target is withdrawn, or the officer keeps it and a refund falls due). Refused while a receipt
 * waits for finance: whether that money counts is finance's decision.
 */
export async function movePlan(actor: Actor, planId: string, input: MoveInput): Promise<MoveOutcome> {
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
    const fates = await planFates(tx, planId, "move", target.id, new Set(input.keepTarget ?? []));
    if (decisionBlocked(fates)) throw new AppError("CONFLICT", "planDecisions.errors.targetReceiptWaiting");

    const from = batchLabel(plan.batch);
    const fromTo = {
      fromYear: plan.batch.year,
      fromSeq: plan.batch.seq,
      toYear: target.batch.year,
      toSeq: target.batch.seq,
      examDate: toIsoDate(target.batch.examDate),
    };
    const live = await cancelLiveApplications(
      tx,
      planId,
      actor.id,
      eventNote("timelineNotes.planMovedOut", { ...fromTo, detail: reason }),
    );
    const about = { ...fromTo, project: plan.project.name, detail: asClause(reason) };
    const created: string[] = [];
    const refundIds: string[] = [];
    const outcomes: { applicationId: string; fate: string; refundFen: number | null }[] = [];
    // The messages go out after the loop, one kind at a time: each candidate who applied in person
    // gets theirs, each institution one per kind naming its candidates (issue 13 item 9).
    const replaced: string[] = [];
    const kept: string[] = [];
    const keptRefund = new Set<string>();
    const moved: string[] = [];
    for (const app of live) {
      const fate = fates.find((f) => f.applicationId === app.id);
      if (!fate) continue;
      outcomes.push({ applicationId: app.id, fate: fate.fate, refundFen: fate.refundFen });
      if (fate.fate === "replacedTarget" && fate.target) {
        await replaceTarget(
          tx,
          app,
          fate.target,
          {
            withdrawn: eventNote("timelineNotes.planMoveWithdrawn", { ...fromTo, detail: reason }),
            moved: eventNote("timelineNotes.planMovedInPaid", { ...fromTo, detail: reason }),
          },
          actor.id,
        );
        created.push(fate.target.id);
        replaced.push(fate.target.id);
        continue;
      }
      if (fate.fate === "keptTarget") {
        if (fate.refund) {
          refundIds.push(app.id);
          keptRefund.add(app.id);
        }
        kept.push(app.id);
        continue;
      }
      const copy = await tx.application.create({
        data: copyOf(app, target.id, eventNote("timelineNotes.planMovedIn", { ...fromTo, detail: reason })),
        select: { id: true },
      });
      created.push(copy.id);
      moved.push(copy.id);
    }
    const inInstitution = (list: string, count: number) => ({ ...about, count, list });
    await notifyEvent(
      tx,
      replaced,
      keyedEvent({
        eventKey: `plan-moved:${planId}:replaced`,
        candidate: "planMovedReplaced",
        paramsFor: () => about,
        institution: "planMovedReplacedInstitution",
        institutionParams: inInstitution,
      }),
    );
    await notifyEvent(
      tx,
      kept,
      keyedEvent({
        eventKey: `plan-moved:${planId}:kept`,
        candidate: "planMovedKept",
        paramsFor: (id) => ({ ...about, refund: keptRefund.has(id) ? "yes" : "no" }),
        // The institution's list says whose money is refunded.
        lineFor: (id) => (keptRefund.has(id) ? { key: "inbox.digest.refund" } : undefined),
        institution: "planMovedKeptInstitution",
        institutionParams: inInstitution,
      }),
    );
    await notifyEvent(
      tx,
      moved,
      keyedEvent({
        eventKey: `plan-moved:${planId}:moved`,
        candidate: "planMovedMoved",
        paramsFor: () => about,
        institution: "planMovedMovedInstitution",
        institutionParams: inInstitution,
      }),
    );
    const refunds = await createRefundsDue(
      tx,
      refundIds,
      `考核计划合并（${plan.project.name} ${from}转入${batchLabel(target.batch)}），考生保留目标批次的报名`,
    );
    await tx.plan.update({
      where: { id: planId },
      data: { status: "CANCELLED", statusReason: reason, movedToPlanId: target.id },
      select: { id: true },
    });
    const tickets = await issueTicketsIfHeld(tx, created);
    const tally = tallyFates(fates);
    const outcome: MoveOutcome = {
      targetPlanId: target.id,
      moved: tally.moved,
      alreadyInTarget: tally.keptTarget,
      replaced: tally.replacedTarget,
      refunds: refunds.length,
    };
    await recordPlanClosed(tx, {
      actor,
      action: "plan.move",
      planId,
      statusBefore: plan.status,
      reason,
      details: {
        movedToPlanId: target.id,
        target: { year: target.batch.year, seq: target.batch.seq },
        ...outcome,
        ticketsIssued: tickets.length,
        candidates: outcomes,
      },
    });
    return outcome;
  });
}

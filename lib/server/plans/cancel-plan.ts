import "server-only";
import { asClause } from "@/lib/domain/amount";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { eventNote } from "@/lib/i18n/stored-message";
import { keyedEvent, notifyEvent } from "@/lib/server/notifications/notify";
import { tallyFates } from "@/lib/domain/plan-decision";
import { createRefundsDue } from "@/lib/server/refunds/refunds-due";
import { cancelLiveApplications } from "./cancel-applications";
import { planFates } from "./plan-fates";
import { recordPlanClosed } from "./record-plan-closed";
import { assertNoResults, batchLabel, lockAndLoadPlan } from "./load-plan";

export interface CancelOutcome {
  cancelled: number;
  /** Confirmed payments owed back (finance's refund list, ADR 080). */
  refunds: number;
  /** Receipts still waiting for finance: they can no longer be confirmed. */
  waitingReceipts: number;
}

/**
 * 四 "不足10人时，原则上不予组织考核": the plan is not held. Every live application is
 * cancelled and its applicant (the candidate, or the institution that registered them, by the
 * candidate's name) is told why. Confirmed payments become refunds due (ADR 080); waiting receipts
 * stay with finance, marked, and can no longer be confirmed.
 */
export async function cancelPlan(actor: Actor, planId: string, input: { reason: string }): Promise<CancelOutcome> {
  assertStaffRole(actor, "EXAM_OFFICER");
  const reason = input.reason.trim();
  if (reason.length < 2)
    throw new AppError("INVALID", "staffExam.errors.reasonRequired", { reason: ["staffExam.errors.reasonRequired"] });
  return db.$transaction(async (tx) => {
    const plan = await lockAndLoadPlan(tx, planId);
    if (plan.status === "CANCELLED") throw new AppError("CONFLICT", "staffExam.errors.planCancelled");
    await assertNoResults(tx, plan);
    const label = `${plan.project.name}（${batchLabel(plan.batch)}）`;
    const fates = await planFates(tx, planId, "cancel", null);
    const cancelled = await cancelLiveApplications(
      tx,
      planId,
      actor.id,
      eventNote("timelineNotes.planCancelled", { detail: reason }),
    );
    await tx.plan.update({ where: { id: planId }, data: { status: "CANCELLED", statusReason: reason }, select: { id: true } });
    const refunds = await createRefundsDue(
      tx,
      fates.filter((f) => f.refund).map((f) => f.applicationId),
      `考核计划取消（${label}）：${reason}`,
    );
    const moneyFor = (applicationId: string): "refund" | "waiting" | "none" => {
      const fate = fates.find((f) => f.applicationId === applicationId);
      return fate?.refund ? "refund" : fate?.waitingReceipt ? "waiting" : "none";
    };
    const about = { project: plan.project.name, year: plan.batch.year, seq: plan.batch.seq, detail: asClause(reason) };
    // One message per candidate who applied in person, one per institution naming its candidates (issue 13 item 9),
    // each saying what happens to the money (ADR 080).
    await notifyEvent(
      tx,
      cancelled.map((a) => a.id),
      keyedEvent({
        eventKey: `plan-cancelled:${planId}`,
        candidate: "planCancelled",
        paramsFor: (applicationId) => ({ ...about, money: moneyFor(applicationId) }),
        // The institution's list says what happens to each candidate's money.
        lineFor: (applicationId) => {
          const money = moneyFor(applicationId);
          return money === "none" ? undefined : { key: "inbox.digest.money", params: { money } };
        },
        institution: "planCancelledInstitution",
        institutionParams: (list, count) => ({ ...about, count, list }),
      }),
    );
    const tally = tallyFates(fates);
    const outcome: CancelOutcome = {
      cancelled: cancelled.length,
      refunds: refunds.length,
      waitingReceipts: tally.waitingReceipts,
    };
    await recordPlanClosed(tx, {
      actor,
      action: "plan.cancel",
      planId,
      statusBefore: plan.status,
      reason,
      details: {
        applicationsCancelled: cancelled.length,
        ...outcome,
        candidates: fates.map((f) => ({
          applicationId: f.applicationId,
          fate: f.fate,
          refundFen: f.refundFen,
          waitingReceipt: f.waitingReceipt,
        })),
      },
    });
    return outcome;
  });
}

import "server-only";
import { asClause } from "@/lib/domain/amount";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { notifyApplicant } from "@/lib/server/notifications/notify";
import { tallyFates } from "@/lib/domain/plan-decision";
import { createRefundsDue } from "@/lib/server/refunds/refunds-due";
import { cancelLiveApplications } from "./cancel-applications";
import { planFates } from "./plan-fates";
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
    const cancelled = await cancelLiveApplications(tx, planId, actor.id, `考核计划取消：${reason}`);
    await tx.plan.update({ where: { id: planId }, data: { status: "CANCELLED", statusReason: reason }, select: { id: true } });
    const refunds = await createRefundsDue(
      tx,
      fates.filter((f) => f.refund).map((f) => f.applicationId),
      `考核计划取消（${label}）：${reason}`,
    );
    const names = new Map(
      (
        await tx.candidate.findMany({
          where: { id: { in: cancelled.filter((a) => a.channel === "INSTITUTION").map((a) => a.candidateId) } },
          select: { id: true, name: true },
        })
      ).map((c) => [c.id, c.name]),
    );
    for (const app of cancelled) {
      const fate = fates.find((f) => f.applicationId === app.id);
      const name = names.get(app.candidateId);
      const money = fate?.refund
        ? "已缴费用将由中心退还至原付款账户，退款进度可在报名记录中查看。"
        : fate?.waitingReceipt
          ? "已提交的缴费凭证不再确认；如款项已转出，中心财务核实到账后退还。"
          : "";
      await notifyApplicant(tx, app.id, {
        title: "考核计划取消",
        body: `${label}考核计划已取消，原因：${asClause(reason)}。${name ? `考生${name}的报名` : "您的报名"}已随之取消。${money}如有疑问请致电 028-86156861。`,
      });
    }
    const tally = tallyFates(fates);
    const outcome: CancelOutcome = {
      cancelled: cancelled.length,
      refunds: refunds.length,
      waitingReceipts: tally.waitingReceipts,
    };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.cancel",
      entity: "Plan",
      entityId: planId,
      before: { status: plan.status },
      after: {
        status: "CANCELLED",
        reason,
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

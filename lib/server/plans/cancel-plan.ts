import "server-only";
import { asClause } from "@/lib/domain/amount";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { notifyEvent } from "@/lib/server/notifications/notify";
import { cancelLiveApplications } from "./cancel-applications";
import { assertNoResults, batchLabel, lockAndLoadPlan } from "./load-plan";

/**
 * 四 "不足10人时，原则上不予组织考核": the plan is not held. Every live application is
 * cancelled and its applicant (the candidate, or the institution that registered them) is told
 * why. Refunds are outside the portal (the notice is silent; finance handles them).
 */
export async function cancelPlan(actor: Actor, planId: string, input: { reason: string }): Promise<{ cancelled: number }> {
  assertStaffRole(actor, "EXAM_OFFICER");
  const reason = input.reason.trim();
  if (reason.length < 2)
    throw new AppError("INVALID", "staffExam.errors.reasonRequired", { reason: ["staffExam.errors.reasonRequired"] });
  return db.$transaction(async (tx) => {
    const plan = await lockAndLoadPlan(tx, planId);
    if (plan.status === "CANCELLED") throw new AppError("CONFLICT", "staffExam.errors.planCancelled");
    await assertNoResults(tx, plan);
    const label = `${plan.project.name}（${batchLabel(plan.batch)}）`;
    const cancelled = await cancelLiveApplications(tx, planId, actor.id, `考核计划取消：${reason}`);
    await tx.plan.update({ where: { id: planId }, data: { status: "CANCELLED", statusReason: reason }, select: { id: true } });
    // One message per candidate who applied in person, one per institution naming its candidates (issue 13 item 9).
    await notifyEvent(
      tx,
      cancelled.map((a) => a.id),
      {
        title: "考核计划取消",
        eventKey: `plan-cancelled:${planId}`,
        bodyFor: () =>
          `${label}考核计划已取消，原因：${asClause(reason)}。您的报名已随之取消；已缴费用的退还事宜请致电 028-86156861 咨询。`,
        institutionBody: (list, count) =>
          `${label}考核计划已取消，原因：${asClause(reason)}。贵机构 ${count} 名考生的报名已随之取消：${list}。已缴费用的退还事宜请致电 028-86156861 咨询。`,
      },
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.cancel",
      entity: "Plan",
      entityId: planId,
      before: { status: plan.status },
      after: { status: "CANCELLED", reason, applicationsCancelled: cancelled.length },
    });
    return { cancelled: cancelled.length };
  });
}

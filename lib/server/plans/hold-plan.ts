import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { issueTicketsIfHeld } from "@/lib/server/exam/issue-tickets";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { lockAndLoadPlan, PLAN_MINIMUM } from "./load-plan";

export interface HoldOutcome {
  paid: number;
  ticketsIssued: number;
}

/**
 * 四: the exam officer decides that a plan is held. Under the minimum of 10 paid candidates the
 * notice says "原则上" not held, so holding it anyway needs a written reason (kept on the plan
 * and in the audit log). Candidates already confirmed get their ticket numbers now (六).
 */
export async function holdPlan(actor: Actor, planId: string, input: { reason: string }): Promise<HoldOutcome> {
  assertStaffRole(actor, "EXAM_OFFICER");
  const reason = input.reason.trim();
  return db.$transaction(async (tx) => {
    const plan = await lockAndLoadPlan(tx, planId);
    if (plan.status !== "OPEN") throw new AppError("CONFLICT", "staffExam.errors.planNotOpen");
    // 七: the ticket names the exam time, so no ticket is issued before the plan has its session.
    if ((await tx.examSession.count({ where: { planId, roomId: null } })) === 0)
      throw new AppError("CONFLICT", "examDay.errors.noSession");
    const confirmed = await tx.application.findMany({ where: { planId, status: "PAYMENT_CONFIRMED" }, select: { id: true } });
    if (confirmed.length < PLAN_MINIMUM && reason.length < 2) {
      throw new AppError("INVALID", "staffExam.errors.reasonUnderMinimum", { reason: ["staffExam.errors.reasonUnderMinimum"] });
    }
    await tx.plan.update({ where: { id: planId }, data: { status: "HELD", statusReason: reason || null }, select: { id: true } });
    const issued = await issueTicketsIfHeld(
      tx,
      confirmed.map((a) => a.id),
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.hold",
      entity: "Plan",
      entityId: planId,
      before: { status: plan.status },
      after: { status: "HELD", reason: reason || null, paid: confirmed.length, ticketsIssued: issued.length },
    });
    return { paid: confirmed.length, ticketsIssued: issued.length };
  });
}

import "server-only";
import type { Tx } from "@/lib/db";
import { issueTicketsIfHeld, lockPlans } from "@/lib/server/exam/issue-tickets";

/**
 * Where 确认收费 meets the exam area (ADR 022): a confirmed application of a held plan gets its
 * ticket number (六) in the confirming transaction.
 *
 * The plans are locked before the applications are touched, the order holdPlan and the plan
 * cancellation use (plan, then its applications): locking them only at ticket time, after the
 * applications' rows, could deadlock with a cancellation of the same plan.
 */
export async function beforePaymentConfirmed(tx: Tx, applicationIds: string[]): Promise<void> {
  const plans = await tx.application.findMany({
    where: { id: { in: applicationIds } },
    select: { planId: true },
    distinct: ["planId"],
  });
  await lockPlans(
    tx,
    plans.map((p) => p.planId),
  );
}

export async function afterPaymentConfirmed(tx: Tx, applicationIds: string[]): Promise<void> {
  await issueTicketsIfHeld(tx, applicationIds);
}

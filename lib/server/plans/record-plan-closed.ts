import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";

/**
 * The audit row of a plan that is not held, cancelled or moved into another batch: the plan's
 * status before, CANCELLED after with the reason, and what the decision did (`details`: counts and
 * each candidate's fate). One shape for `plan.cancel` and `plan.move`.
 */
export function recordPlanClosed(
  tx: Tx,
  input: {
    actor: Actor;
    action: "plan.cancel" | "plan.move";
    planId: string;
    statusBefore: string;
    reason: string;
    details: Record<string, unknown>;
  },
) {
  return recordAudit(tx, {
    actorId: input.actor.id,
    action: input.action,
    entity: "Plan",
    entityId: input.planId,
    before: { status: input.statusBefore },
    after: { status: "CANCELLED", reason: input.reason, ...input.details },
  });
}

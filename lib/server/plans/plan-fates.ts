import "server-only";
import type { Tx } from "@/lib/db";
import { candidateFate, type Fate, type PlanDecisionKind } from "@/lib/domain/plan-decision";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { confirmedShares } from "@/lib/server/refunds/refunds-due";
import { LIVE_STATUSES } from "./load-plan";

export interface ApplicationFate extends Fate {
  applicationId: string;
  candidateId: string;
  status: ApplicationStatus;
  /** The candidate's application in the target plan (merge), if any. */
  target: { id: string; status: ApplicationStatus } | null;
  /** What a refund would pay back (fen), when one falls due. */
  refundFen: number | null;
}

/**
 * Each live application of the plan and what the decision does to it (lib/domain/plan-decision),
 * read inside the caller's transaction: the preview and the decision call the same function, so
 * what the officer confirmed is what happens (unless the plan changed in between; the decision's
 * outcome then says what happened).
 */
export async function planFates(
  tx: Tx,
  planId: string,
  kind: PlanDecisionKind,
  targetPlanId: string | null,
  keepTarget: ReadonlySet<string> = new Set(),
): Promise<ApplicationFate[]> {
  const live = await tx.application.findMany({
    where: { planId, status: { in: LIVE_STATUSES } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, candidateId: true, status: true },
  });
  const targets = targetPlanId
    ? await tx.application.findMany({
        where: { planId: targetPlanId, candidateId: { in: live.map((a) => a.candidateId) } },
        select: { id: true, candidateId: true, status: true },
      })
    : [];
  const inTarget = new Map(targets.map((t) => [t.candidateId, { id: t.id, status: t.status }]));
  const fates = live.map((a) => {
    const target = inTarget.get(a.candidateId) ?? null;
    const fate = candidateFate(kind, {
      status: a.status,
      targetStatus: target ? target.status : null,
      keepTarget: keepTarget.has(a.id),
    });
    return {
      ...fate,
      applicationId: a.id,
      candidateId: a.candidateId,
      status: a.status,
      target,
      refundFen: null as number | null,
    };
  });
  const shares = await confirmedShares(
    tx,
    fates.filter((f) => f.refund).map((f) => f.applicationId),
  );
  for (const s of shares) {
    const f = fates.find((x) => x.applicationId === s.applicationId);
    if (f) f.refundFen = (f.refundFen ?? 0) + s.amountFen;
  }
  return fates;
}

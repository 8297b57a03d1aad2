/**
 * What a plan decision (四: cancel, or merge into a later batch) does to each candidate, as one
 * table read by the preview the officer confirms, the use case that carries it out and the tests
 * (ADR 080). Pure: statuses in, fates out. The rule that matters: a paid place is never lost
 * silently. A candidate paid here who also has an unpaid application in the target keeps the paid
 * place there (the unpaid one is withdrawn) unless the officer chooses otherwise; whenever a
 * confirmed payment's application loses its place, a refund falls due.
 */
import type { ApplicationStatus } from "./application-state";

export type PlanDecisionKind = "cancel" | "move";

export type CandidateFate =
  /** Merge: the application continues in the target plan with its data and status. */
  | "moved"
  /** Merge: the candidate keeps the application already in the target; this one is cancelled. */
  | "keptTarget"
  /** Merge: paid here, unpaid there: the target's application is withdrawn and the paid place continues. */
  | "replacedTarget"
  /** Cancel: the application is cancelled with the plan. */
  | "cancelled"
  /** Merge: a receipt waits for finance (here, or in the target when paid here): decide it first. */
  | "waiting";

export interface FateInput {
  status: ApplicationStatus;
  /** The candidate's application in the target plan, if any (merge only). */
  targetStatus: ApplicationStatus | null;
  /** The officer chose to keep the target's application although this one is paid. */
  keepTarget?: boolean;
}

export interface Fate {
  fate: CandidateFate;
  /** A confirmed payment of this application is owed back. */
  refund: boolean;
  /** A receipt of this application waits for finance: after a cancellation it can no longer be confirmed. */
  waitingReceipt: boolean;
  /** The officer may choose between the two applications (paid here, replaceable there). */
  choice: boolean;
}

/** Target applications a paid place may replace: not paid, not waiting, not a final refusal (四(二)3). */
const REPLACEABLE: readonly ApplicationStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "CANCELLED", "FORFEITED"];

export function candidateFate(kind: PlanDecisionKind, input: FateInput): Fate {
  const paid = input.status === "PAYMENT_CONFIRMED";
  const waitingReceipt = input.status === "PAYMENT_SUBMITTED";
  if (kind === "cancel") return { fate: "cancelled", refund: paid, waitingReceipt, choice: false };
  if (waitingReceipt) return { fate: "waiting", refund: false, waitingReceipt, choice: false };
  if (input.targetStatus === null) return { fate: "moved", refund: false, waitingReceipt, choice: false };
  if (!paid) return { fate: "keptTarget", refund: false, waitingReceipt, choice: false };
  if (input.targetStatus === "PAYMENT_SUBMITTED") return { fate: "waiting", refund: false, waitingReceipt, choice: false };
  if (REPLACEABLE.includes(input.targetStatus)) {
    return input.keepTarget
      ? { fate: "keptTarget", refund: true, waitingReceipt, choice: true }
      : { fate: "replacedTarget", refund: false, waitingReceipt, choice: true };
  }
  // Paid twice (paid in the target too), or refused / lapsed there: the target's stands, this fee goes back.
  return { fate: "keptTarget", refund: true, waitingReceipt, choice: false };
}

/** A merge waits while any candidate's receipt waits for finance; a cancellation does not. */
export function decisionBlocked(fates: readonly Fate[]): boolean {
  return fates.some((f) => f.fate === "waiting");
}

export interface DecisionTally {
  moved: number;
  keptTarget: number;
  replacedTarget: number;
  cancelled: number;
  waiting: number;
  refunds: number;
  waitingReceipts: number;
}

export function tallyFates(fates: readonly Fate[]): DecisionTally {
  const t: DecisionTally = {
    moved: 0,
    keptTarget: 0,
    replacedTarget: 0,
    cancelled: 0,
    waiting: 0,
    refunds: 0,
    waitingReceipts: 0,
  };
  for (const f of fates) {
    t[f.fate]++;
    if (f.refund) t.refunds++;
    if (f.waitingReceipt) t.waitingReceipts++;
  }
  return t;
}

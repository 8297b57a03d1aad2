import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { maskIdNumber } from "@/lib/domain/id-number";
import {
  decisionBlocked,
  tallyFates,
  type CandidateFate,
  type DecisionTally,
  type PlanDecisionKind,
} from "@/lib/domain/plan-decision";
import { isUuid } from "@/lib/domain/uuid";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { planFates } from "./plan-fates";

export interface PreviewCandidateDto {
  applicationId: string;
  name: string;
  maskedIdNumber: string;
  institution: string | null;
  status: ApplicationStatus;
  targetStatus: ApplicationStatus | null;
  fate: CandidateFate;
  refund: boolean;
  refundFen: number | null;
  waitingReceipt: boolean;
  /** The officer may keep the target's application instead (a refund then falls due). */
  choice: boolean;
}

export interface PlanDecisionPreviewDto {
  kind: PlanDecisionKind;
  target: { batchId: string; year: number; seq: number; examDate: string } | null;
  /** A receipt waits for finance: the merge cannot be confirmed yet. */
  blocked: boolean;
  tally: DecisionTally;
  candidates: PreviewCandidateDto[];
}

/**
 * What a cancellation or merge would do to each candidate, shown to the officer before they
 * confirm (issue 17, ADR 080). Reads only; the decision recomputes the same fates under its lock.
 */
export async function previewPlanDecision(
  actor: Actor,
  planId: string,
  input: { kind: PlanDecisionKind; targetBatchId?: string | null; keepTarget?: readonly string[] },
): Promise<PlanDecisionPreviewDto> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!isUuid(planId)) throw new AppError("NOT_FOUND", "staffExam.errors.planNotFound");
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: { id: true, status: true, projectId: true, batch: { select: { examDate: true } } },
  });
  if (!plan) throw new AppError("NOT_FOUND", "staffExam.errors.planNotFound");
  if (plan.status === "CANCELLED") throw new AppError("CONFLICT", "staffExam.errors.planCancelled");
  let target: PlanDecisionPreviewDto["target"] = null;
  let targetPlanId: string | null = null;
  if (input.kind === "move") {
    const batchId = input.targetBatchId ?? "";
    const batch = isUuid(batchId)
      ? await db.batch.findUnique({
          where: { id: batchId },
          select: { id: true, year: true, seq: true, examDate: true, published: true },
        })
      : null;
    if (batch && !batch.published) throw new AppError("INVALID", "planDecisions.errors.targetDraft");
    if (!batch || batch.examDate <= plan.batch.examDate) throw new AppError("INVALID", "staffExam.errors.targetInvalid");
    target = { batchId: batch.id, year: batch.year, seq: batch.seq, examDate: toIsoDate(batch.examDate) };
    targetPlanId =
      (
        await db.plan.findUnique({
          where: { batchId_projectId: { batchId: batch.id, projectId: plan.projectId } },
          select: { id: true },
        })
      )?.id ?? null;
  }
  const fates = await db.$transaction((tx) => planFates(tx, planId, input.kind, targetPlanId, new Set(input.keepTarget ?? [])));
  const apps = await db.application.findMany({
    where: { id: { in: fates.map((f) => f.applicationId) } },
    select: { id: true, institution: { select: { name: true } }, candidate: { select: { name: true, idNumber: true } } },
  });
  const byId = new Map(apps.map((a) => [a.id, a]));
  return {
    kind: input.kind,
    target,
    blocked: input.kind === "move" && decisionBlocked(fates),
    tally: tallyFates(fates),
    candidates: fates.map((f) => {
      const a = byId.get(f.applicationId);
      return {
        applicationId: f.applicationId,
        name: a?.candidate.name ?? "",
        maskedIdNumber: a ? maskIdNumber(a.candidate.idNumber) : "",
        institution: a?.institution?.name ?? null,
        status: f.status,
        targetStatus: f.target?.status ?? null,
        fate: f.fate,
        refund: f.refund,
        refundFen: f.refundFen,
        waitingReceipt: f.waitingReceipt,
        choice: f.choice,
      };
    }),
  };
}

import "server-only";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { certificateEffect, describeResult, sameResult, type ResultValue } from "@/lib/domain/score-correction";
import { formatBeijing } from "@/lib/format";
import type { ScoreCorrectionInput } from "@/lib/schemas/score-correction-schema";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockPlans } from "@/lib/server/exam/issue-tickets";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";
import { notifyCorrection } from "./correction-notice";

export interface CorrectionOutcome {
  applicationId: string;
  before: ResultValue;
  after: ResultValue;
  revokedCertificateNumber: string | null;
  /** Passes now without a certificate: the plan's 补发 gives it a number (九). */
  certificateIssuable: boolean;
}

async function loadLocked(tx: Tx, applicationId: string) {
  await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${applicationId}::uuid FOR UPDATE`;
  return tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      status: true,
      ticketNumber: true,
      score: true,
      absent: true,
      certificateNumber: true,
      certificateCollectedAt: true,
      plan: { select: { status: true, noticePublishedAt: true, project: { select: { name: true } } } },
      _count: { select: { scoreCorrections: true } },
    },
  });
}

/** "已被 X 于 时间 更正为 …": the second of two officers learns who got there first. */
async function staleError(tx: Tx, applicationId: string, current: ResultValue): Promise<AppError> {
  const last = await tx.scoreCorrection.findFirst({
    where: { applicationId },
    orderBy: { correctedAt: "desc" },
    select: { correctedAt: true, correctedById: true },
  });
  if (!last) return new AppError("CONFLICT", "staffExam.correction.errors.changed");
  const who = await tx.user.findUnique({ where: { id: last.correctedById }, select: { displayName: true } });
  return new AppError("CONFLICT", {
    key: "staffExam.correction.errors.stale",
    params: {
      who: who?.displayName ?? "—",
      at: formatBeijing(last.correctedAt),
      result: describeResult(current),
    },
  });
}

/**
 * 八 成绩更正 after the notice is published (before it, the sheet is re-imported; ADR 047): one
 * application's result, a reason, and what the officer saw (optimistic check). A pass turned
 * into a fail takes the certificate with it, in the same transaction and only when the officer
 * ticked so; a fail turned into a pass waits for the usual 补发. Result, history, audit row
 * and the applicant's notification commit together.
 */
export async function correctScore(actor: Actor, input: ScoreCorrectionInput, at: Date): Promise<CorrectionOutcome> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!isUuid(input.applicationId)) throw new AppError("NOT_FOUND", "staffExam.correction.errors.notFound");
  const target = await db.application.findUnique({ where: { id: input.applicationId }, select: { planId: true } });
  if (!target) throw new AppError("NOT_FOUND", "staffExam.correction.errors.notFound");
  return db.$transaction(async (tx) => {
    // The plan first, as import, publication and 补发 lock it: a 补发 cannot give a certificate
    // to a result this correction is taking below the pass mark.
    await lockPlans(tx, [target.planId]);
    const app = await loadLocked(tx, input.applicationId);
    if (app.status !== "PAYMENT_CONFIRMED" || !app.ticketNumber || app.plan.status !== "HELD")
      throw new AppError("NOT_FOUND", "staffExam.correction.errors.notFound");
    if (!app.plan.noticePublishedAt) throw new AppError("CONFLICT", "staffExam.correction.errors.notPublished");
    const before: ResultValue = { score: app.score, absent: app.absent };
    if (!sameResult(before, input.expected) || app._count.scoreCorrections !== input.seen)
      throw await staleError(tx, input.applicationId, before);
    if (sameResult(before, input.after))
      throw new AppError("INVALID", "staffExam.correction.errors.unchanged", {
        score: ["staffExam.correction.errors.unchanged"],
      });
    const effect = certificateEffect(before, input.after, app.certificateNumber !== null);
    if (effect === "revoke" && !input.revokeCertificate) {
      const failure = {
        key: "staffExam.correction.errors.revokeRequired",
        params: { certificate: app.certificateNumber! },
      } as const;
      throw new AppError("CONFLICT", failure, { revokeCertificate: [failure] });
    }
    const revoked = effect === "revoke" ? app.certificateNumber : null;
    await tx.application.update({
      where: { id: input.applicationId },
      data: {
        score: input.after.score,
        absent: input.after.absent,
        ...(revoked
          ? {
              certificateNumber: null,
              certificateIssuedAt: null,
              certificateCollectedAt: null,
              certificateCollectionNote: null,
              certificateCollectionNoteKey: null,
              certificateCollectionNoteParams: Prisma.DbNull,
            }
          : {}),
      },
      select: { id: true },
    });
    await tx.scoreCorrection.create({
      data: {
        applicationId: input.applicationId,
        beforeScore: before.score,
        beforeAbsent: before.absent,
        afterScore: input.after.score,
        afterAbsent: input.after.absent,
        reason: input.reason,
        revokedCertificateNumber: revoked,
        correctedById: actor.id,
        correctedAt: at,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "results.correct",
      entity: "Application",
      entityId: input.applicationId,
      before: { ...before, result: describeResult(before), certificateNumber: app.certificateNumber },
      after: {
        ...input.after,
        result: describeResult(input.after),
        reason: input.reason,
        ticketNumber: app.ticketNumber,
        revokedCertificateNumber: revoked,
        paperCertificateCollected: revoked ? app.certificateCollectedAt !== null : undefined,
      },
    });
    await notifyCorrection(tx, input.applicationId, {
      project: app.plan.project.name,
      before,
      after: input.after,
      reason: input.reason,
      revoked: revoked ? { number: revoked, paperCollected: app.certificateCollectedAt !== null } : null,
      issuable: effect === "issuable",
    });
    return {
      applicationId: input.applicationId,
      before,
      after: input.after,
      revokedCertificateNumber: revoked,
      certificateIssuable: effect === "issuable",
    };
  });
}

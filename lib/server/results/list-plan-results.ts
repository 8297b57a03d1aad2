import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { maskIdNumber } from "@/lib/domain/id-number";
import { resultDisplay, type ResultDisplay } from "@/lib/domain/result-display";
import { isPass } from "@/lib/domain/score-import";
import type { ResultValue } from "@/lib/domain/score-correction";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";

export interface CorrectionDto {
  at: string;
  by: string;
  before: ResultValue;
  after: ResultValue;
  reason: string;
  revokedCertificateNumber: string | null;
}

export interface ResultRowDto {
  applicationId: string;
  name: string;
  maskedIdNumber: string;
  ticketNumber: string;
  result: ResultValue;
  /** What the list says: no score yet / 缺考 / the score (lib/domain/result-display). */
  display: ResultDisplay;
  passed: boolean;
  certificateNumber: string | null;
  certificateCollected: boolean;
  /** Oldest first; its length is what the correction form sends back as `seen`. */
  corrections: CorrectionDto[];
}

/** 八 the plan's results as they stand, each with its correction history (ADR 047). */
export async function listPlanResults(actor: Actor, planId: string): Promise<{ noticePublished: boolean; rows: ResultRowDto[] }> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!isUuid(planId)) throw new AppError("NOT_FOUND", "staffExam.errors.planNotFound");
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { noticePublishedAt: true } });
  if (!plan) throw new AppError("NOT_FOUND", "staffExam.errors.planNotFound");
  const apps = await db.application.findMany({
    where: { planId, status: "PAYMENT_CONFIRMED", ticketNumber: { not: null } },
    orderBy: { ticketNumber: "asc" },
    select: {
      id: true,
      ticketNumber: true,
      status: true,
      checkedInAt: true,
      score: true,
      absent: true,
      certificateNumber: true,
      certificateCollectedAt: true,
      candidate: { select: { name: true, idNumber: true } },
      scoreCorrections: {
        orderBy: { correctedAt: "asc" },
        select: {
          correctedAt: true,
          correctedById: true,
          beforeScore: true,
          beforeAbsent: true,
          afterScore: true,
          afterAbsent: true,
          reason: true,
          revokedCertificateNumber: true,
        },
      },
    },
  });
  const officerIds = [...new Set(apps.flatMap((a) => a.scoreCorrections.map((c) => c.correctedById)))];
  const officers = new Map(
    (await db.user.findMany({ where: { id: { in: officerIds } }, select: { id: true, displayName: true } })).map((u) => [
      u.id,
      u.displayName,
    ]),
  );
  const scoresImported = plan.noticePublishedAt !== null || apps.some((a) => a.score !== null || a.absent);
  return {
    noticePublished: plan.noticePublishedAt !== null,
    rows: apps.map((a) => ({
      applicationId: a.id,
      name: a.candidate.name,
      maskedIdNumber: maskIdNumber(a.candidate.idNumber),
      ticketNumber: a.ticketNumber!,
      result: { score: a.score, absent: a.absent },
      display: resultDisplay({ ...a, checkedIn: a.checkedInAt !== null, scoresImported }),
      passed: isPass(a),
      certificateNumber: a.certificateNumber,
      certificateCollected: a.certificateCollectedAt !== null,
      corrections: a.scoreCorrections.map((c) => ({
        at: c.correctedAt.toISOString(),
        by: officers.get(c.correctedById) ?? "—",
        before: { score: c.beforeScore, absent: c.beforeAbsent },
        after: { score: c.afterScore, absent: c.afterAbsent },
        reason: c.reason,
        revokedCertificateNumber: c.revokedCertificateNumber,
      })),
    })),
  };
}

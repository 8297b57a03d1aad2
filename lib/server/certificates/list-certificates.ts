import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { maskIdNumber } from "@/lib/domain/id-number";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";
import { batchLabel } from "@/lib/server/plans/load-plan";
import { loadBatchDates } from "@/lib/server/results/batch-dates";

export interface CertificateRowDto {
  applicationId: string;
  name: string;
  maskedIdNumber: string;
  ticketNumber: string;
  certificateNumber: string;
  channel: "INDIVIDUAL" | "INSTITUTION";
  institution: { id: string; name: string } | null;
  collectedAt: string | null;
  /** The Chinese words as written: shown, marked lang="zh-CN", for rows without a key. */
  collectionNote: string | null;
  /** ADR 123: the note's key and values, shown in the reader's language. */
  collectionNoteKey: string | null;
  collectionNoteParams: unknown;
}

export interface PlanCertificatesDto {
  planId: string;
  label: string;
  /** For the reader's language (issue 16 item 7): the catalog's project name and the batch. */
  project: string;
  batch: { year: number; seq: number };
  noticePublished: boolean;
  /** 九: paper certificates are handed over from this day (60 working days after the exam). */
  certificateReadyFrom: string;
  rows: CertificateRowDto[];
}

/** 九 证书台账: the plan's certificates and who has collected the paper ones. */
export async function listPlanCertificates(actor: Actor, planId: string): Promise<PlanCertificatesDto> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!isUuid(planId)) throw new AppError("NOT_FOUND", "staffExam.errors.planNotFound");
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: {
      noticePublishedAt: true,
      batchId: true,
      batch: { select: { year: true, seq: true } },
      project: { select: { name: true } },
    },
  });
  if (!plan) throw new AppError("NOT_FOUND", "staffExam.errors.planNotFound");
  const rows = await db.application.findMany({
    where: { planId, certificateNumber: { not: null } },
    orderBy: { certificateNumber: "asc" },
    select: {
      id: true,
      ticketNumber: true,
      certificateNumber: true,
      channel: true,
      certificateCollectedAt: true,
      certificateCollectionNote: true,
      certificateCollectionNoteKey: true,
      certificateCollectionNoteParams: true,
      institution: { select: { id: true, name: true } },
      candidate: { select: { name: true, idNumber: true } },
    },
  });
  const dates = await loadBatchDates(plan.batchId);
  return {
    planId,
    certificateReadyFrom: dates?.derived.certificateReadyFrom ?? "",
    label: `${plan.project.name}（${batchLabel(plan.batch)}）`,
    project: plan.project.name,
    batch: { year: plan.batch.year, seq: plan.batch.seq },
    noticePublished: plan.noticePublishedAt !== null,
    rows: rows.map((r) => ({
      applicationId: r.id,
      name: r.candidate.name,
      maskedIdNumber: maskIdNumber(r.candidate.idNumber),
      ticketNumber: r.ticketNumber ?? "",
      certificateNumber: r.certificateNumber!,
      channel: r.channel,
      institution: r.institution,
      collectedAt: r.certificateCollectedAt?.toISOString() ?? null,
      collectionNote: r.certificateCollectionNote,
      collectionNoteKey: r.certificateCollectionNoteKey,
      collectionNoteParams: r.certificateCollectionNoteParams,
    })),
  };
}

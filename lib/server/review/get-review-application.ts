import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import type { EligibilityResult } from "@/lib/domain/eligibility";
import type { BatchDef, IsoDate } from "@/lib/domain/types";
import type { Verdict } from "@/lib/domain/window-rules";
import type { ApplicationStatus, AttachmentKind, Channel, EducationLevel } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/domain/uuid";
import { verdictFor } from "@/lib/server/applications/window-verdict";
import { personalOf, personalSelect } from "@/lib/server/applications/personal-data";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { recordPersonalDataRead } from "@/lib/server/privacy/record-read";
import type { Actor } from "@/lib/server/auth/session";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { createEligibilityEvaluator } from "./review-eligibility";
import { changedSince } from "./review-snapshot";

export interface ReviewApplicationDto {
  id: string;
  version: number;
  status: ApplicationStatus;
  channel: Channel;
  /** Reviewers compare the number with the ID card scan, so they see it whole (never in the audit log). */
  candidate: { name: string; idNumber: string; mobile: string | null };
  institutionName: string | null;
  batch: BatchDef & { id: string };
  project: { seq: number; name: string };
  condition: { code: string; text: string; evidence: string | null } | null;
  personal: {
    education: EducationLevel | null;
    graduatingThisYear: boolean;
    school: string | null;
    major: string | null;
    graduationYear: number | null;
    occupation: string | null;
    employer: string | null;
    address: string | null;
    educationProofCase: number | null;
  };
  attachments: { kind: AttachmentKind; fileId: string; mime: string; size: number; originalName: string }[];
  eligibility: EligibilityResult | null;
  submittedAt: string | null;
  reviewDueDate: IsoDate | null;
  /** Keys changed since the last return (fields, then attachment kinds). */
  changedSinceReturn: string[];
  lastReturnReasons: Record<string, string> | null;
  rejectReason: string | null;
  timeline: {
    at: string;
    fromStatus: ApplicationStatus | null;
    toStatus: ApplicationStatus;
    note: string | null;
    noteKey: string | null;
    noteParams: unknown;
    actor: string | null;
  }[];
  canDecide: boolean;
  /** The rule table's verdict behind canDecide, with the reason when not. */
  decide: Verdict;
}

/** One application on the review screen: data, files, the portal's eligibility verdict, history. */
export async function getReviewApplication(actor: Actor, applicationId: string, today: IsoDate): Promise<ReviewApplicationDto> {
  assertStaffRole(actor, "REVIEWER");
  if (!isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const row = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      version: true,
      status: true,
      channel: true,
      candidateId: true,
      candidate: { select: { name: true, idNumber: true, mobile: true } },
      institution: { select: { name: true } },
      plan: { select: { batch: { select: batchSelect }, project: { select: { seq: true, name: true } } } },
      condition: { select: { code: true, text: true, evidence: true } },
      ...personalSelect,
      attachments: {
        select: { kind: true, fileId: true, file: { select: { mime: true, size: true, originalName: true } } },
        orderBy: { kind: "asc" },
      },
      submittedAt: true,
      reviewDueDate: true,
      returnReasons: true,
      returnedSnapshot: true,
      rejectReason: true,
      events: {
        select: { at: true, fromStatus: true, toStatus: true, note: true, noteKey: true, noteParams: true, actorId: true },
        orderBy: { at: "asc" },
      },
    },
  });
  if (!row || row.status === "DRAFT") throw new AppError("NOT_FOUND", "errors.application.notFound");
  const actorIds = [...new Set(row.events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const [names, eligibility] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } }),
    createEligibilityEvaluator(today)({
      ...row,
      projectSeq: row.plan.project.seq,
      conditionCode: row.condition?.code ?? null,
      idNumber: row.candidate.idNumber,
    }),
  ]);
  // Issue 11: the reviewer sees the whole ID number, mobile and the list of scans: one audit row.
  await recordPersonalDataRead(actor, {
    action: "application.view",
    entity: "Application",
    entityId: row.id,
    candidateIds: [row.candidateId],
  });
  const nameOf = new Map(names.map((n) => [n.id, n.displayName]));
  const batch = toBatchDef(row.plan.batch);
  // The rule table: from submission until the review grace (ADR 064).
  const decide = await verdictFor("review-decide", { role: "reviewer", status: row.status, batch, day: today });
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    channel: row.channel,
    candidate: row.candidate,
    institutionName: row.institution?.name ?? null,
    batch,
    project: row.plan.project,
    condition: row.condition,
    personal: personalOf(row),
    attachments: row.attachments.map((a) => ({ kind: a.kind, fileId: a.fileId, ...a.file })),
    eligibility,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewDueDate: row.reviewDueDate ? toIsoDate(row.reviewDueDate) : null,
    changedSinceReturn: row.status === "SUBMITTED" ? changedSince(row.returnedSnapshot, row) : [],
    lastReturnReasons: (row.returnReasons as Record<string, string> | null) ?? null,
    rejectReason: row.rejectReason,
    timeline: row.events.map((e) => ({
      at: e.at.toISOString(),
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      noteKey: e.noteKey,
      noteParams: e.noteParams,
      actor: e.actorId ? (nameOf.get(e.actorId) ?? null) : null,
    })),
    canDecide: decide.allowed,
    decide,
  };
}

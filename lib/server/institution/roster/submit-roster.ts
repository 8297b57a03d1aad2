import "server-only";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import { isUuid } from "@/lib/domain/uuid";
import type { Actor } from "@/lib/server/auth/session";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { recordConsent } from "@/lib/server/privacy/record-consent";
import { fileStore } from "@/lib/server/storage/file-store";
import { loadBatch, loadInstitutionScope } from "../scope";
import { checkRoster } from "./check-roster";
import { insertApplications, insertCandidates } from "./insert-roster";
import { assertRegistrationOpen } from "./preview-roster";

export interface RosterSubmitResult {
  /** The upload submitted: its invalid-rows download, and which preview this answer is about (ADR 148). */
  uploadId: string;
  stored: number;
  /** Rows left out because they have problems (the invalid-rows file lists them). */
  skipped: number;
}

/** 5,000 rows are checked and inserted in about 1.5 s; the margin covers a slow disk, not a stuck lock. */
const TRANSACTION_TIMEOUT_MS = 120_000;

async function planIds(tx: Tx, batchId: string, projects: { seq: number; id: string }[]): Promise<Map<number, string>> {
  const plans = new Map<number, string>();
  for (const project of projects) {
    const plan = await tx.plan.upsert({
      where: { batchId_projectId: { batchId, projectId: project.id } },
      create: { batchId, projectId: project.id },
      update: {},
      select: { id: true, status: true },
    });
    if (plan.status === "CANCELLED") throw new AppError("CONFLICT", "errors.plan.cancelled");
    plans.set(project.seq, plan.id);
  }
  return plans;
}

/**
 * 四(一)2 step two: the valid rows become applications, all of them or none (one
 * transaction: a failure on row 4,999 leaves no candidate and no application behind). They
 * start as drafts: the institution has done the 初审 (四(一)1), and each goes to the center's
 * 复审 once its scans are complete (docs/decisions/031-institution-application-status.md).
 * The file is checked again here, so a person who applied meanwhile is left out, not doubled.
 */
export async function submitRoster(
  actor: Actor,
  input: { uploadId: string; pledge: true },
  today: IsoDate,
  at: Date,
): Promise<RosterSubmitResult> {
  const scope = await loadInstitutionScope(actor);
  if (!isUuid(input.uploadId)) throw new AppError("NOT_FOUND", "institution.errors.roster.notFound");
  const upload = await db.rosterUpload.findFirst({
    where: { id: input.uploadId, institutionId: scope.institutionId },
    select: { id: true, batchId: true, fileId: true, submittedAt: true },
  });
  if (!upload) throw new AppError("NOT_FOUND", "institution.errors.roster.notFound");
  if (upload.submittedAt) throw new AppError("CONFLICT", "institution.errors.roster.alreadySubmitted");
  const batch = await loadBatch(upload.batchId);
  await assertRegistrationOpen(batch, today);
  const file = await fileStore.get(upload.fileId);
  if (!file) throw new AppError("NOT_FOUND", "institution.errors.roster.notFound");

  try {
    return await db.$transaction(
      async (tx) => {
        // Two tabs submitting the same upload: the second waits here, then sees submittedAt.
        const [locked] = await tx.$queryRaw<
          { submittedAt: Date | null }[]
        >`SELECT "submittedAt" FROM "RosterUpload" WHERE id = ${upload.id}::uuid FOR UPDATE`;
        if (locked?.submittedAt) throw new AppError("CONFLICT", "institution.errors.roster.alreadySubmitted");
        const checked = await checkRoster(scope, batch.id, file.bytes, today, tx);
        const rows = checked.rows.flatMap((r) => (r.candidate ? [{ line: r.line, ...r.candidate }] : []));
        if (rows.length === 0) throw new AppError("INVALID", "institution.errors.roster.nothingValid");

        const projects = checked.catalog.filter((p) => rows.some((r) => r.projectSeq === p.seq));
        const plans = await planIds(tx, batch.id, projects);
        const conditions = new Map(
          (
            await tx.condition.findMany({
              where: { code: { in: [...new Set(rows.map((r) => r.conditionCode))] } },
              select: { id: true, code: true },
            })
          ).map((c) => [c.code, c.id]),
        );
        const people = await insertCandidates(tx, rows);
        await insertApplications(tx, rows, {
          institutionId: scope.institutionId,
          actorId: actor.id,
          at,
          planOf: (seq) => plans.get(seq)!,
          conditionOf: (code) => conditions.get(code)!,
          candidateOf: (idNumber) => people.get(idNumber)!,
        });
        // Issue 11 (双承诺制): the ticked commitment includes the candidates' separate consent; recorded with its notice version.
        await recordConsent(tx, actor.id, "institution-roster");
        await tx.rosterUpload.update({
          where: { id: upload.id },
          data: { submittedAt: at, storedCount: rows.length, validCount: rows.length, storedLines: rows.map((r) => r.line) },
          select: { id: true },
        });
        return { uploadId: upload.id, stored: rows.length, skipped: checked.rows.length - rows.length };
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
  } catch (error) {
    // Someone applied for one of these people meanwhile (one application per plan): nothing was stored.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "institution.errors.roster.changedMeanwhile");
    throw error;
  }
}

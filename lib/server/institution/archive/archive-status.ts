import "server-only";
import type { MessageKey } from "@/lib/i18n/message-key";
import { toMessageKey } from "@/lib/i18n/known-key";
import { db } from "@/lib/db";
import { AppError } from "@/lib/app-error";
import type { ArchiveImportStatus, ResumableUploadKind } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/domain/uuid";
import type { Actor } from "@/lib/server/auth/session";
import type { ZipImportReport } from "../attachments/import-zip";
import { kickArchiveImports } from "./run-archive-imports";
import { readStoredZipReport } from "./stored-report";

export interface ArchiveStatus {
  id: string;
  status: ArchiveImportStatus;
  entriesDone: number;
  entriesTotal: number;
  report: ZipImportReport | null;
  /** A message key when the archive as a whole was refused. */
  errorKey: MessageKey | null;
}

/**
 * One of the institution's own resumable uploads of this kind (ADR 108, 117); another
 * institution's, or one of the other kind, answers NOT_FOUND. A waiting one, or one left running
 * by a restart, kicks the worker.
 */
export async function loadOwnUpload(actor: Actor, id: string, kind: ResumableUploadKind) {
  if (actor.kind !== "INSTITUTION" || !actor.institutionId) throw new AppError("FORBIDDEN", "errors.forbidden");
  const row = isUuid(id) ? await db.archiveImport.findUnique({ where: { id } }) : null;
  if (!row || row.institutionId !== actor.institutionId || row.kind !== kind)
    throw new AppError("NOT_FOUND", "institutionArchive.errors.notFound");
  if (row.status === "QUEUED" || row.status === "RUNNING") void kickArchiveImports();
  return row;
}

/** Where one of the institution's own resumable archives stands; another institution's answers NOT_FOUND. */
export async function getArchiveStatus(actor: Actor, id: string): Promise<ArchiveStatus> {
  const row = await loadOwnUpload(actor, id, "ARCHIVE");
  return {
    id: row.id,
    status: row.status,
    entriesDone: row.entriesDone,
    entriesTotal: row.entriesTotal,
    report: row.report ? readStoredZipReport(row.report) : null,
    errorKey: row.errorKey ? toMessageKey(row.errorKey) : null,
  };
}

/**
 * The institution's latest archive of this batch that is waiting, being imported, or finished
 * within the last day: the page shows its progress or report again after a reload.
 */
export async function latestArchiveImportId(actor: Actor, batchId: string, at: Date): Promise<string | null> {
  if (actor.kind !== "INSTITUTION" || !actor.institutionId || !isUuid(batchId)) return null;
  const row = await db.archiveImport.findFirst({
    where: {
      institutionId: actor.institutionId,
      batchId,
      kind: "ARCHIVE",
      status: { not: "UPLOADING" },
      updatedAt: { gte: new Date(at.getTime() - 24 * 60 * 60 * 1000) },
    },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return row?.id ?? null;
}

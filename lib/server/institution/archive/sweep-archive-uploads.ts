import "server-only";
import { db } from "@/lib/db";
import { kickArchiveImports } from "./run-archive-imports";
import { removeArchiveFile } from "./tus";

const DAY = 24 * 60 * 60 * 1000;
/** An upload nobody resumed for a week is abandoned: its pieces (up to 1 GB) go. */
export const ABANDONED_UPLOAD_MS = 7 * DAY;
/** A finished import's report (it names candidates) is kept for a month, then removed. */
export const IMPORT_REPORT_KEEP_MS = 30 * DAY;

/**
 * The scheduler's share of resumable archives (POST /api/jobs/run, ADR 108): removes abandoned
 * uploads and their pieces, removes old reports, and starts the worker on imports a restart
 * left (untouched for ARCHIVE_STALE_MS), so they go on even when nobody has the page open.
 */
export async function sweepArchiveUploads(at: Date): Promise<{ abandoned: number; reports: number }> {
  const abandoned = await db.archiveImport.findMany({
    where: { status: "UPLOADING", updatedAt: { lt: new Date(at.getTime() - ABANDONED_UPLOAD_MS) } },
    select: { id: true },
  });
  for (const { id } of abandoned) {
    await removeArchiveFile(id);
    await db.archiveImport.deleteMany({ where: { id, status: "UPLOADING" } });
  }
  const reports = await db.archiveImport.deleteMany({
    where: { status: { in: ["DONE", "FAILED"] }, updatedAt: { lt: new Date(at.getTime() - IMPORT_REPORT_KEEP_MS) } },
  });
  void kickArchiveImports(true);
  return { abandoned: abandoned.length, reports: reports.count };
}

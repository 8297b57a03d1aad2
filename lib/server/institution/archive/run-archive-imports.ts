import "server-only";
import { readFile } from "node:fs/promises";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { shanghaiDate } from "@/lib/domain/calendar";
import { ARCHIVE_ZIP_LIMITS } from "@/lib/domain/roster/zip-limits";
import type { Actor } from "@/lib/server/auth/session";
import { loadUser } from "@/lib/server/auth/load-user";
import type { ResumableUploadKind } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/message-key";
import { importAttachmentsZip } from "../attachments/import-zip";
import { previewRoster, type RosterPreviewDto } from "../roster/preview-roster";
import { openFileSource } from "../zip/file-source";
import { archiveFilePath, removeArchiveFile } from "./tus";

/** A RUNNING import whose heartbeat is older than this was left by a restart (or a crash) and is taken again. */
export const ARCHIVE_STALE_MS = 2 * 60 * 1000;

/**
 * Takes one waiting import, if any, by compare-and-set on its status and heartbeat: two workers
 * (the upload's own kick and a status poll) never run the same archive.
 */
type Job = {
  id: string;
  kind: ResumableUploadKind;
  fileName: string | null;
  userId: string;
  institutionId: string;
  batchId: string;
};

async function claimNext(at: Date, staleOnly: boolean): Promise<Job | null> {
  const stale = { updatedAt: { lt: new Date(at.getTime() - ARCHIVE_STALE_MS) } };
  for (let attempt = 0; attempt < 5; attempt++) {
    const next = await db.archiveImport.findFirst({
      where: {
        OR: [
          { status: "QUEUED", ...(staleOnly ? stale : {}) },
          { status: "RUNNING", ...stale },
        ],
      },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        kind: true,
        fileName: true,
        userId: true,
        institutionId: true,
        batchId: true,
        status: true,
        updatedAt: true,
      },
    });
    if (!next) return null;
    const taken = await db.archiveImport.updateMany({
      where: { id: next.id, status: next.status, updatedAt: next.updatedAt },
      data: { status: "RUNNING", updatedAt: at, entriesDone: 0 },
    });
    if (taken.count === 1) return next;
  }
  return null;
}

/** The user who uploaded, as the actor the import runs as: still an enabled user of the same institution. */
async function uploaderActor(userId: string, institutionId: string): Promise<Actor | null> {
  const user = await loadUser(userId);
  if (!user || user.disabledAt || user.kind !== "INSTITUTION" || user.institutionId !== institutionId) return null;
  return {
    id: user.id,
    kind: user.kind,
    displayName: user.displayName,
    roles: user.roles,
    institutionId: user.institutionId,
    candidateId: null,
  };
}

async function runOne(job: Job): Promise<void> {
  const actor = await uploaderActor(job.userId, job.institutionId);
  if (!actor) {
    await db.archiveImport.update({
      where: { id: job.id },
      data: { status: "FAILED", errorKey: "errors.forbidden", updatedAt: now() },
    });
  } else if (job.kind === "ROSTER") await runRoster(job, actor);
  else await runArchive(job, actor);
  await removeArchiveFile(job.id);
}

/** A zip of scans: ADR 032's import, read from the tus file one entry at a time, progress every 25 files. */
async function runArchive(job: Job, actor: Actor): Promise<void> {
  let source: ReturnType<typeof openFileSource>;
  try {
    source = openFileSource(archiveFilePath(job.id));
  } catch {
    await db.archiveImport.update({
      where: { id: job.id },
      data: { status: "FAILED", errorKey: "institutionArchive.errors.notFound", updatedAt: now() },
    });
    return;
  }
  try {
    const at = now();
    const report = await importAttachmentsZip(
      actor,
      { batchId: job.batchId, bytes: source, limits: ARCHIVE_ZIP_LIMITS },
      shanghaiDate(at),
      at,
      async ({ done, total }) => {
        await db.archiveImport.update({
          where: { id: job.id },
          data: { entriesDone: done, entriesTotal: total, updatedAt: now() },
        });
      },
    );
    await db.archiveImport.update({
      where: { id: job.id },
      data: { status: "DONE", report: JSON.stringify(report), updatedAt: now() },
    });
  } catch (error) {
    await db.archiveImport.update({
      where: { id: job.id },
      data: { status: "FAILED", errorKey: failureKey(error), updatedAt: now() },
    });
  } finally {
    source.close();
  }
}

/**
 * A roster (ADR 117): the same preview as the single-request form (previewRoster: the window,
 * the file's checks, every row's, the RosterUpload the submit reads), its answer kept as the
 * form's would be, so the page shows the same preview or the same refusal. A roster is at most
 * ROSTER_LIMITS.maxFileBytes (the tus hook refused a larger declared length), read whole as the form's is.
 */
async function runRoster(job: Job, actor: Actor): Promise<void> {
  let result: ActionResult<RosterPreviewDto>;
  try {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(archiveFilePath(job.id)));
    } catch {
      throw new AppError("NOT_FOUND", "institutionArchive.errors.notFound");
    }
    const at = now();
    const preview = await previewRoster(
      actor,
      { batchId: job.batchId, bytes, fileName: job.fileName ?? "roster" },
      shanghaiDate(at),
    );
    result = succeed(preview);
  } catch (error) {
    result = error instanceof AppError ? fail(error.failure, error.fieldErrors) : fail(failureKey(error));
  }
  const rows = result.ok ? result.data.rows : 0;
  await db.archiveImport.update({
    where: { id: job.id },
    data: {
      status: result.ok ? "DONE" : "FAILED",
      report: JSON.stringify(result),
      errorKey: result.ok ? null : (result.formError?.key ?? "errors.generic"),
      entriesDone: rows,
      entriesTotal: rows,
      updatedAt: now(),
    },
  });
}

/** An expected refusal's message key; anything else is logged (without personal data) and told as a generic failure. */
function failureKey(error: unknown): MessageKey {
  if (error instanceof AppError) return error.messageKey;
  console.error("[archive] import failed", error instanceof Error ? error.message : "unknown");
  return "errors.generic";
}

/**
 * Runs waiting imports one after another until none is left; returns how many ran. `staleOnly`:
 * only those nobody has touched for ARCHIVE_STALE_MS (left by a restart), for the scheduler.
 */
export async function runQueuedArchiveImports(staleOnly = false): Promise<number> {
  let count = 0;
  for (let job = await claimNext(now(), staleOnly); job; job = await claimNext(now(), staleOnly)) {
    await runOne(job);
    count++;
  }
  return count;
}

/**
 * Runs one upload's work now, in the request that finished it (a roster: ADR 117), if it is still
 * waiting: claimed by compare-and-set as the worker claims, so the worker never runs it twice. If
 * this process stops meanwhile, the row is left RUNNING and taken again once its heartbeat is stale.
 */
export async function runImportNow(id: string): Promise<void> {
  const at = now();
  const taken = await db.archiveImport.updateMany({
    where: { id, status: "QUEUED" },
    data: { status: "RUNNING", updatedAt: at, entriesDone: 0 },
  });
  if (taken.count !== 1) return;
  const job = await db.archiveImport.findUniqueOrThrow({
    where: { id },
    select: { id: true, kind: true, fileName: true, userId: true, institutionId: true, batchId: true },
  });
  await runOne(job);
}

let draining: Promise<number> | null = null;

/**
 * Starts the in-process worker if it is not running (ADR 108): after an upload finishes, and on
 * every status poll, so an import interrupted by a restart is picked up again once its heartbeat is stale.
 */
export function kickArchiveImports(staleOnly = false): Promise<number> {
  draining ??= runQueuedArchiveImports(staleOnly)
    .catch((error: unknown) => {
      console.error("[archive] worker stopped", error instanceof Error ? error.message : "unknown");
      return 0;
    })
    .finally(() => {
      draining = null;
    });
  return draining;
}

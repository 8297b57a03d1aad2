import "server-only";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { FileStore } from "@tus/file-store";
import { Server, type Upload } from "@tus/server";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { MAX_ARCHIVE_UPLOAD_BYTES } from "@/lib/domain/request-limits";
import { ROSTER_LIMITS } from "@/lib/domain/roster/zip-limits";
import { isUuid } from "@/lib/domain/uuid";
import { readEnv } from "@/lib/env";
import type { ResumableUploadKind } from "@/lib/generated/prisma/enums";
import { translateKey } from "@/lib/i18n/translate-key";
import type { Actor } from "@/lib/server/auth/session";
import { claimLimit } from "@/lib/server/rate-limit/claim-limit";
import { loadBatch } from "../scope";
import { kickArchiveImports, runImportNow } from "./run-archive-imports";

/** Where the tus routes live (the route handler at app/api/institution/uploads/[[...tus]]). */
export const ARCHIVE_UPLOAD_PATH = "/api/institution/uploads";

/**
 * What each kind of resumable upload may be (ADR 117), by the `kind` the client names in its
 * metadata (none: an archive, as before rosters came this way). The size is the one limit each
 * kind has everywhere: archives MAX_ARCHIVE_UPLOAD_BYTES, rosters ROSTER_LIMITS.maxFileBytes (the
 * single-request form's too). New uploads an institution may start in an hour: a clerk restarting
 * a few times, never a flood of 1 GB files; a roster is small and may be corrected and sent again often.
 */
export const RESUMABLE_KINDS = {
  archive: { kind: "ARCHIVE", maxBytes: MAX_ARCHIVE_UPLOAD_BYTES, perHour: 20 },
  roster: { kind: "ROSTER", maxBytes: ROSTER_LIMITS.maxFileBytes, perHour: 60 },
} as const satisfies Record<string, { kind: ResumableUploadKind; maxBytes: number; perHour: number }>;
export type ResumableKindName = keyof typeof RESUMABLE_KINDS;

const CREATE_WINDOW_MS = 60 * 60 * 1000;
const createKey = (institutionId: string, kind: ResumableKindName) => `${kind}-upload:inst:${institutionId}`;

function kindOf(metadata: Upload["metadata"]): ResumableKindName | null {
  const named = metadata?.kind ?? "archive";
  return Object.hasOwn(RESUMABLE_KINDS, named) ? (named as ResumableKindName) : null;
}

/** The folder of the pieces (PORTAL_TUS_DIR, default .data/tus); the import reads the file of an upload there. */
export function archiveDirectory(): string {
  return path.resolve(readEnv().PORTAL_TUS_DIR);
}

export function archiveFilePath(uploadId: string): string {
  if (!isUuid(uploadId)) throw new Error("not an upload id");
  return path.join(archiveDirectory(), uploadId);
}

/** The signed-in institution user of a request, set by the route handler before tus sees it. */
const askers = new WeakMap<Request, Actor & { institutionId: string }>();

export function setArchiveAsker(request: Request, actor: Actor & { institutionId: string }): void {
  askers.set(request, actor);
}

/** What tus sends back when a hook refuses: it reads `status_code` and `body`; the page says what to do by status. */
class TusRefusal extends Error {
  readonly body: string;
  constructor(
    readonly status_code: number,
    key: string,
  ) {
    super(key);
    this.body = `${translateKey(key)}\n`;
  }
}
const refuse = (status: number, key: string) => new TusRefusal(status, key);

function askerOf(request: Request) {
  const actor = askers.get(request);
  if (!actor) throw refuse(401, "errors.signInFirst");
  return actor;
}

async function ownUpload(request: Request, uploadId: string) {
  const actor = askerOf(request);
  // An id that is not ours answers as if it did not exist (no telling whose it is).
  const row = isUuid(uploadId)
    ? await db.archiveImport.findUnique({ where: { id: uploadId }, select: { institutionId: true, status: true } })
    : null;
  if (!row || row.institutionId !== actor.institutionId) throw refuse(404, "institutionArchive.errors.notFound");
  return row;
}

async function createUpload(request: Request, upload: Upload): Promise<{ metadata?: Upload["metadata"] }> {
  const actor = askerOf(request);
  const kind = kindOf(upload.metadata);
  if (!kind) throw refuse(400, "resumableUpload.errors.badKind");
  const rule = RESUMABLE_KINDS[kind];
  if (upload.size === undefined) throw refuse(400, "institutionArchive.errors.noLength");
  if (upload.size > rule.maxBytes) throw refuse(413, "institutionArchive.errors.tooLarge");
  const batchId = upload.metadata?.batchId ?? "";
  if (!isUuid(batchId)) throw refuse(400, "institutionArchive.errors.badBatch");
  try {
    await loadBatch(batchId);
  } catch {
    throw refuse(400, "institutionArchive.errors.badBatch");
  }
  const at = now();
  const claim = await claimLimit(createKey(actor.institutionId, kind), rule.perHour, CREATE_WINDOW_MS, at);
  if (!claim.allowed) throw refuse(429, "institutionArchive.errors.rateLimited");
  // A roster's name is shown with its preview and kept on its RosterUpload, as the form's is; an archive's is not kept.
  const fileName = kind === "roster" ? (upload.metadata?.filename ?? "").slice(0, 200) || "roster" : null;
  await db.archiveImport.create({
    data: {
      id: upload.id,
      kind: rule.kind,
      fileName,
      institutionId: actor.institutionId,
      userId: actor.id,
      batchId,
      size: upload.size,
      createdAt: at,
      updatedAt: at,
    },
  });
  // Only the batch and the kind travel with the file on disk.
  return { metadata: { batchId, kind } };
}

async function finishUpload(_request: Request, upload: Upload) {
  await db.archiveImport.updateMany({
    where: { id: upload.id, status: "UPLOADING" },
    data: { status: "QUEUED", updatedAt: now() },
  });
  // A roster is checked in a second or two: before the last PATCH is answered, so the page's
  // first poll finds its preview (ADR 117). An archive takes minutes: the worker, in the background.
  if (kindOf(upload.metadata) === "roster") await runImportNow(upload.id);
  else void kickArchiveImports();
  return {};
}

function createServer(): Server {
  return new Server({
    path: ARCHIVE_UPLOAD_PATH,
    datastore: new FileStore({ directory: archiveDirectory() }),
    maxSize: MAX_ARCHIVE_UPLOAD_BYTES,
    relativeLocation: true,
    // Unguessable, and not chosen by the client; the row binds it to the institution.
    namingFunction: () => randomUUID(),
    onIncomingRequest: async (request, uploadId) => {
      // POST: the id was just named, there is no row yet; createUpload checks the asker and makes it.
      if (request.method === "POST") askerOf(request);
      else {
        const row = await ownUpload(request, uploadId);
        if (request.method === "PATCH" && row.status !== "UPLOADING") throw refuse(409, "institutionArchive.errors.finished");
      }
    },
    onUploadCreate: createUpload,
    onUploadFinish: finishUpload,
  });
}

let server: Server | null = null;

/** One tus server per process (its lock table is in memory: the portal runs one process, ADR 108). */
export function archiveTusServer(): Server {
  server ??= createServer();
  return server;
}

/** The pieces of an upload, once its import has read them (or given up). */
export async function removeArchiveFile(uploadId: string): Promise<void> {
  try {
    await archiveTusServer().datastore.remove(uploadId);
  } catch {
    // Already gone.
  }
}

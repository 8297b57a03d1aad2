import "server-only";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { FileStore } from "@tus/file-store";
import { Server, type Upload } from "@tus/server";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { MAX_ARCHIVE_UPLOAD_BYTES } from "@/lib/domain/request-limits";
import { isUuid } from "@/lib/domain/uuid";
import { readEnv } from "@/lib/env";
import { translateKey } from "@/lib/i18n/translate-key";
import type { Actor } from "@/lib/server/auth/session";
import { claimLimit } from "@/lib/server/rate-limit/claim-limit";
import { loadBatch } from "../scope";
import { kickArchiveImports } from "./run-archive-imports";

/** Where the tus routes live (the route handler at app/api/institution/uploads/[[...tus]]). */
export const ARCHIVE_UPLOAD_PATH = "/api/institution/uploads";

/** New resumable archives an institution may start in an hour: a clerk restarting a few times, never a flood of 1 GB files. */
export const ARCHIVE_CREATE_LIMIT = { limit: 20, windowMs: 60 * 60 * 1000 };
export const archiveCreateKey = (institutionId: string) => `archive-upload:inst:${institutionId}`;

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
  if (upload.size === undefined) throw refuse(400, "institutionArchive.errors.noLength");
  if (upload.size > MAX_ARCHIVE_UPLOAD_BYTES) throw refuse(413, "institutionArchive.errors.tooLarge");
  const batchId = upload.metadata?.batchId ?? "";
  if (!isUuid(batchId)) throw refuse(400, "institutionArchive.errors.badBatch");
  try {
    await loadBatch(batchId);
  } catch {
    throw refuse(400, "institutionArchive.errors.badBatch");
  }
  const at = now();
  const claim = await claimLimit(
    archiveCreateKey(actor.institutionId),
    ARCHIVE_CREATE_LIMIT.limit,
    ARCHIVE_CREATE_LIMIT.windowMs,
    at,
  );
  if (!claim.allowed) throw refuse(429, "institutionArchive.errors.rateLimited");
  await db.archiveImport.create({
    data: {
      id: upload.id,
      institutionId: actor.institutionId,
      userId: actor.id,
      batchId,
      size: upload.size,
      createdAt: at,
      updatedAt: at,
    },
  });
  // Only the batch travels with the file: the name the clerk gave it is not kept by tus.
  return { metadata: { batchId } };
}

async function finishUpload(_request: Request, upload: Upload) {
  await db.archiveImport.updateMany({
    where: { id: upload.id, status: "UPLOADING" },
    data: { status: "QUEUED", updatedAt: now() },
  });
  void kickArchiveImports();
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

import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { encryptBytes } from "@/lib/db-crypto/envelope";
import type { AttachmentKindName } from "@/lib/domain/attachments";
import { isConsentCurrent } from "@/lib/domain/privacy-notice";
import type { IsoDate } from "@/lib/domain/types";
import { isUuid } from "@/lib/domain/uuid";
import type { ApplicationStatus, Channel } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { toBatchDef, type BatchRow } from "@/lib/server/catalog/batch-dto";
import { batchLoader } from "@/lib/server/db-batch";
import { sanitizeFileName } from "@/lib/server/storage/file-name";
import type { PreparedUpload } from "@/lib/server/uploads/accept-upload";
import { assertEditableNow } from "./editable-application";
import { ownsApplication } from "./owned-application";
import { applicantRole, loadRuleDates } from "./window-verdict";

/**
 * The storing of an upload ready as sent (ADR 121): one statement to read, one to write, instead
 * of a transaction of twelve that held a connection and the application's row lock for all of
 * them. Same checks as `loadEditableAttachments` + `assertUploadConsent` (ownership answered
 * NOT_FOUND, the rule table's window, the separate consent), then a write that happens only if
 * the application is still as read: same version, status and plan. Every change of an
 * application's attachments or status raises its version (attach, detach, submit, review, plan
 * move), so a write that finds the row unchanged also finds its attachments unchanged, and the
 * file it replaces is the one read. When the row changed in between (a second tab, a submit
 * arriving together) `storeReadyUpload` answers null and the caller takes the locked transaction,
 * which decides as before.
 */
interface TargetKey {
  applicationId: string;
  kind: AttachmentKindName;
  userId: string;
}

interface TargetRow extends Omit<BatchRow, "id"> {
  id: string;
  channel: Channel;
  candidateId: string | null;
  institutionId: string | null;
  planId: string;
  status: ApplicationStatus;
  version: number;
  batchId: string;
  previousFileId: string | null;
  consentVersion: string | null;
}

/** $1 application ids, $2 kinds, $3 user ids (the consent's), in the same order. */
const TARGET_SQL = `
  SELECT k.i::int AS i, a.id, a.channel::text AS channel, a."candidateId", a."institutionId", a."planId",
         a.status::text AS status, a.version,
         b.id AS "batchId", b.year, b.seq, b."registrationStart", b."registrationEnd", b."reviewStart",
         b."reviewEnd", b."paymentStart", b."paymentEnd", b."ticketStart", b."ticketEnd", b."examDate",
         (SELECT t."fileId" FROM "Attachment" t
           WHERE t."applicationId" = a.id AND t.kind::text = k.kind) AS "previousFileId",
         (SELECT c."noticeVersion" FROM "Consent" c
           WHERE c."userId" = k."userId" AND c.kind = 'SENSITIVE_UPLOAD'
           ORDER BY c."givenAt" DESC LIMIT 1) AS "consentVersion"
  FROM unnest($1::uuid[], $2::text[], $3::uuid[]) WITH ORDINALITY AS k(id, kind, "userId", i)
  JOIN "Application" a ON a.id = k.id
  JOIN "Plan" p ON p.id = a."planId"
  JOIN "Batch" b ON b.id = p."batchId"`;

/** Uploads that arrive together share the read (ADR 053's loader). */
const readTarget = batchLoader<TargetKey, TargetRow | null>(async (keys) => {
  const rows = await db.$queryRawUnsafe<(TargetRow & { i: number })[]>(
    TARGET_SQL,
    keys.map((k) => k.applicationId),
    keys.map((k) => k.kind),
    keys.map((k) => k.userId),
  );
  const byIndex = new Map(rows.map((row) => [row.i, row]));
  return keys.map((_, index) => byIndex.get(index + 1) ?? null);
});

/**
 * $1 application, $2 version read, $3 status read, $4 plan read, $5 now, $6 new file id,
 * $7 sha256, $8 mime, $9 size, $10 name, $11 encrypted bytes, $12 attachment id, $13 kind,
 * $14 the file replaced (or null). One statement is one transaction: all of it or nothing.
 */
const WRITE_SQL = `
  WITH app AS (
    UPDATE "Application" SET version = version + 1, "updatedAt" = $5
    WHERE id = $1::uuid AND version = $2 AND status::text = $3 AND "planId" = $4::uuid
    RETURNING id
  ), file AS (
    INSERT INTO "StoredFile" (id, sha256, mime, size, "originalName", data, "createdAt")
    SELECT $6::uuid, $7, $8, $9, $10, $11, $5 FROM app
    RETURNING id
  ), attached AS (
    INSERT INTO "Attachment" (id, "applicationId", kind, "fileId", "createdAt")
    SELECT $12::uuid, $1::uuid, $13::"AttachmentKind", file.id, $5 FROM file
    ON CONFLICT ("applicationId", kind) DO UPDATE SET "fileId" = EXCLUDED."fileId", "createdAt" = EXCLUDED."createdAt"
    RETURNING id
  ), replaced AS (
    DELETE FROM "StoredFile" WHERE id = $14::uuid AND EXISTS (SELECT 1 FROM attached)
    RETURNING id
  )
  SELECT (SELECT count(*) FROM attached)::int AS stored, (SELECT count(*) FROM replaced)::int AS replaced`;

export interface StoredUpload {
  size: number;
}

/**
 * Checks and stores `prepared` as the application's file of `kind`; null when the application
 * changed between the read and the write (the caller then takes the locked path).
 */
export async function storeReadyUpload(
  actor: Actor,
  applicationId: string,
  kind: AttachmentKindName,
  prepared: PreparedUpload,
  today: IsoDate,
): Promise<StoredUpload | null> {
  if (!isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const row = await readTarget({ applicationId, kind, userId: actor.id });
  if (!row || !ownsApplication(actor, row)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const batch = toBatchDef({ ...row, id: row.batchId });
  assertEditableNow(row.status, batch, today, applicantRole(actor), await loadRuleDates(batch));
  // Issue 11: a candidate's separate consent before the first photo or scan.
  if (actor.kind === "CANDIDATE" && !isConsentCurrent(row.consentVersion)) {
    throw new AppError("FORBIDDEN", "privacy.errors.uploadConsentRequired");
  }
  const sha256 = createHash("sha256").update(prepared.bytes).digest("hex");
  const size = prepared.bytes.byteLength;
  const values = [
    applicationId,
    row.version,
    row.status,
    row.planId,
    now(),
    randomUUID(),
    sha256,
    prepared.mime,
    size,
    sanitizeFileName(prepared.name),
    // The store's envelope (ADR 057), as Buffer so pg sends it as it is.
    Buffer.from(encryptBytes(prepared.bytes).buffer),
    randomUUID(),
    kind,
    row.previousFileId,
  ];
  let stored: number;
  try {
    // On the client's own pool, not through Prisma: its parameters would carry the bytes as
    // base64 there and back and into the query log, ten times this statement's CPU (ADR 121).
    const result = await db.$pool().query<{ stored: number }>(WRITE_SQL, values);
    stored = result.rows[0]?.stored ?? 0;
  } catch (error) {
    // A constraint the statement met (the replaced file still used elsewhere): the locked path
    // decides, with its own answer, as before.
    if (isConstraintViolation(error)) return null;
    throw error;
  }
  return stored === 1 ? { size } : null;
}

/** PostgreSQL's class 23, integrity constraint violation (23503: a foreign key). */
function isConstraintViolation(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && code.startsWith("23");
}

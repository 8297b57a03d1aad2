import "server-only";
import { now } from "@/lib/clock";
import { fromIsoDate } from "@/lib/dates";
import { db, type Tx } from "@/lib/db";
import { ANONYMISED_NAME, anonymisedIdNumber, applicationsExamCutoff, filesExamCutoff } from "@/lib/domain/retention";
import type { IsoDate } from "@/lib/domain/types";
import { recordAudit } from "@/lib/server/audit/record-audit";

export interface RetentionReport {
  rosterUploads: number;
  drafts: number;
  rateLimits: number;
  /** Photos and scans of applications whose exam is past the schedule's years. */
  attachments: number;
  /** Submitted roster files (row and file) of batches whose exam is past the same years. */
  submittedRosters: number;
  /** ID card scans of correction requests decided more than the same years ago. */
  correctionEvidence: number;
  /** Applications whose own details were cleared (exam day past `applicationYearsAfterExam`). */
  applicationDetails: number;
  /** People anonymised: no account, no certificate, every application past its period. */
  anonymisedPeople: number;
  /** People without an account and without any application (a closed account that never applied): deleted. */
  peopleWithoutRecords: number;
}

/**
 * Deletes the stored bytes among `ids` that nothing points at any more. Files are rows of
 * StoredFile referenced from five places, only one with a foreign key: each is checked, so a
 * rule can never take a file another row still needs.
 */
async function deleteOrphanFiles(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.$executeRaw`
    DELETE FROM "StoredFile" f
    WHERE f.id = ANY(${[...ids]}::uuid[])
      AND NOT EXISTS (SELECT 1 FROM "Attachment" a WHERE a."fileId" = f.id)
      AND NOT EXISTS (SELECT 1 FROM "Payment" p WHERE p."receiptFileId" = f.id)
      AND NOT EXISTS (SELECT 1 FROM "RosterUpload" r WHERE r."fileId" = f.id)
      AND NOT EXISTS (SELECT 1 FROM "InstitutionDocument" d WHERE d."fileId" = f.id)
      AND NOT EXISTS (SELECT 1 FROM "CorrectionRequest" c WHERE c."evidenceFileId" = f.id)`;
}

/** A roster previewed and never submitted, once registration for its batch has closed: row and file. */
async function purgeUnsubmittedRosters(today: IsoDate): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; fileId: string }[]>`
      DELETE FROM "RosterUpload" r USING "Batch" b
      WHERE r."batchId" = b.id AND r."submittedAt" IS NULL AND b."registrationEnd" < ${fromIsoDate(today)}::date
      RETURNING r.id, r."fileId"`;
    await deleteOrphanFiles(
      tx,
      rows.map((r) => r.fileId),
    );
    return rows.length;
  });
}

/**
 * Applications never submitted, once their batch's exam day has passed: the draft, its files,
 * events (cascade), and the person's row when it came only from that draft (no account, no
 * other application).
 */
async function purgeDrafts(today: IsoDate): Promise<number> {
  return db.$transaction(async (tx) => {
    const drafts = await tx.$queryRaw<{ id: string; candidateId: string }[]>`
      SELECT a.id, a."candidateId" FROM "Application" a
      JOIN "Plan" p ON p.id = a."planId" JOIN "Batch" b ON b.id = p."batchId"
      WHERE a.status = 'DRAFT' AND b."examDate" < ${fromIsoDate(today)}::date
      FOR UPDATE OF a`;
    if (drafts.length === 0) return 0;
    const ids = drafts.map((d) => d.id);
    const files = await tx.attachment.findMany({ where: { applicationId: { in: ids } }, select: { fileId: true } });
    await tx.application.deleteMany({ where: { id: { in: ids }, status: "DRAFT" } });
    await deleteOrphanFiles(
      tx,
      files.map((f) => f.fileId),
    );
    await tx.candidate.deleteMany({
      where: { id: { in: [...new Set(drafts.map((d) => d.candidateId))] }, userId: null, applications: { none: {} } },
    });
    return drafts.length;
  });
}

/** Photos and scans of applications whose batch's exam day is older than the schedule's years. */
async function purgeOldAttachments(today: IsoDate): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ fileId: string }[]>`
      DELETE FROM "Attachment" t USING "Application" a, "Plan" p, "Batch" b
      WHERE t."applicationId" = a.id AND a."planId" = p.id AND p."batchId" = b.id
        AND b."examDate" < ${fromIsoDate(filesExamCutoff(today))}::date
      RETURNING t."fileId"`;
    await deleteOrphanFiles(
      tx,
      rows.map((r) => r.fileId),
    );
    return rows.length;
  });
}

/**
 * Applications whose batch's exam day is older than `applicationYearsAfterExam` lose their own
 * details (what the person wrote, reviewers' reasons and notes); project, channel, institution,
 * status, result and certificate number stay (the register, statistics).
 */
async function clearApplicationDetails(today: IsoDate): Promise<number> {
  const cutoff = fromIsoDate(applicationsExamCutoff(today));
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Application" a
      SET school = NULL, major = NULL, occupation = NULL, employer = NULL, address = NULL,
          "returnReasons" = NULL, "returnedSnapshot" = NULL, "rejectReason" = NULL, "certificateCollectionNote" = NULL,
          "certificateCollectionNoteKey" = NULL, "certificateCollectionNoteParams" = NULL
      FROM "Plan" p, "Batch" b
      WHERE a."planId" = p.id AND p."batchId" = b.id AND b."examDate" < ${cutoff}::date
        AND (a.school IS NOT NULL OR a.major IS NOT NULL OR a.occupation IS NOT NULL OR a.employer IS NOT NULL
          OR a.address IS NOT NULL OR a."returnReasons" IS NOT NULL OR a."returnedSnapshot" IS NOT NULL
          OR a."rejectReason" IS NOT NULL OR a."certificateCollectionNote" IS NOT NULL
          OR a."certificateCollectionNoteParams" IS NOT NULL
          OR EXISTS (SELECT 1 FROM "ApplicationEvent" e WHERE e."applicationId" = a.id AND e.note IS NOT NULL))
      RETURNING a.id`;
    if (rows.length > 0) {
      await tx.applicationEvent.updateMany({
        where: { applicationId: { in: rows.map((r) => r.id) }, note: { not: null } },
        data: { note: null },
      });
    }
    return rows.length;
  });
}

/**
 * A person the center keeps nothing for: no account (closing it is theirs to decide), no
 * certificate issued or revoked (the register, verification), at least one application and every
 * one of them past `applicationYearsAfterExam` (drafts are gone by then). Name, ID number and
 * mobile are replaced, correction requests and their evidence deleted; the applications stay,
 * pointing at nobody.
 */
async function anonymisePeople(today: IsoDate, at: Date): Promise<number> {
  const cutoff = fromIsoDate(applicationsExamCutoff(today));
  return db.$transaction(async (tx) => {
    const people = await tx.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM "Candidate" c
      WHERE c."userId" IS NULL AND c."anonymisedAt" IS NULL
        AND EXISTS (SELECT 1 FROM "Application" a WHERE a."candidateId" = c.id)
        AND NOT EXISTS (
          SELECT 1 FROM "Application" a JOIN "Plan" p ON p.id = a."planId" JOIN "Batch" b ON b.id = p."batchId"
          WHERE a."candidateId" = c.id AND (b."examDate" >= ${cutoff}::date OR a."certificateNumber" IS NOT NULL))
        AND NOT EXISTS (
          SELECT 1 FROM "ScoreCorrection" s JOIN "Application" a ON a.id = s."applicationId"
          WHERE a."candidateId" = c.id AND s."revokedCertificateNumber" IS NOT NULL)
      FOR UPDATE OF c`;
    for (const { id } of people) {
      // Through the client: the extension writes envelopes and the hash columns of the new values.
      await tx.candidate.update({
        where: { id },
        data: { name: ANONYMISED_NAME, idNumber: anonymisedIdNumber(id), mobile: null, anonymisedAt: at },
        select: { id: true },
      });
    }
    if (people.length > 0) {
      const ids = people.map((p) => p.id);
      const requests = await tx.correctionRequest.findMany({
        where: { candidateId: { in: ids } },
        select: { evidenceFileId: true },
      });
      await tx.correctionRequest.deleteMany({ where: { candidateId: { in: ids } } });
      await deleteOrphanFiles(
        tx,
        requests.flatMap((r) => (r.evidenceFileId ? [r.evidenceFileId] : [])),
      );
    }
    return people.length;
  });
}

/**
 * A person row with no account and no application is all the portal still knows of someone who
 * closed an account without a finished application (closing deletes the drafts): nothing is kept
 * for the register, so the row goes, with any correction requests and their evidence.
 */
async function purgePeopleWithoutRecords(): Promise<number> {
  return db.$transaction(async (tx) => {
    const people = await tx.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM "Candidate" c
      WHERE c."userId" IS NULL AND NOT EXISTS (SELECT 1 FROM "Application" a WHERE a."candidateId" = c.id)
      FOR UPDATE OF c`;
    if (people.length === 0) return 0;
    const ids = people.map((p) => p.id);
    const requests = await tx.correctionRequest.findMany({
      where: { candidateId: { in: ids } },
      select: { evidenceFileId: true },
    });
    await tx.correctionRequest.deleteMany({ where: { candidateId: { in: ids } } });
    await deleteOrphanFiles(
      tx,
      requests.flatMap((r) => (r.evidenceFileId ? [r.evidenceFileId] : [])),
    );
    // Guarded again: an application that arrived since the read keeps its person.
    return (await tx.candidate.deleteMany({ where: { id: { in: ids }, userId: null, applications: { none: {} } } })).count;
  });
}

/** Rosters an institution submitted: row and file, with the scans of the same batch. */
async function purgeSubmittedRosters(today: IsoDate): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ fileId: string }[]>`
      DELETE FROM "RosterUpload" r USING "Batch" b
      WHERE r."batchId" = b.id AND r."submittedAt" IS NOT NULL
        AND b."examDate" < ${fromIsoDate(filesExamCutoff(today))}::date
      RETURNING r."fileId"`;
    await deleteOrphanFiles(
      tx,
      rows.map((r) => r.fileId),
    );
    return rows.length;
  });
}

/** The evidence (an ID card scan) of a correction request decided long enough ago; the request stays. */
async function purgeCorrectionEvidence(today: IsoDate): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ fileId: string }[]>`
      UPDATE "CorrectionRequest" c SET "evidenceFileId" = NULL
      FROM (SELECT id, "evidenceFileId" FROM "CorrectionRequest"
            WHERE "evidenceFileId" IS NOT NULL AND status <> 'PENDING'
              AND "decidedAt" < ${fromIsoDate(filesExamCutoff(today))}
            FOR UPDATE) old
      WHERE c.id = old.id
      RETURNING old."evidenceFileId" AS "fileId"`;
    await deleteOrphanFiles(
      tx,
      rows.map((r) => r.fileId),
    );
    return rows.length;
  });
}

/** Counters whose window has ended count nothing any more. */
async function purgeRateLimits(at: Date): Promise<number> {
  return (await db.rateLimit.deleteMany({ where: { resetAt: { lt: at } } })).count;
}

/**
 * Issue 11 retention (lib/domain/retention.ts, ADR 061): each rule deletes exactly what the
 * schedule says, in its own transaction; a second run finds nothing. One summary audit row
 * when something was deleted (counts only, no personal data).
 */
export async function applyRetention(today: IsoDate, at: Date = now()): Promise<RetentionReport> {
  const report: RetentionReport = {
    rosterUploads: await purgeUnsubmittedRosters(today),
    drafts: await purgeDrafts(today),
    rateLimits: await purgeRateLimits(at),
    attachments: await purgeOldAttachments(today),
    submittedRosters: await purgeSubmittedRosters(today),
    correctionEvidence: await purgeCorrectionEvidence(today),
    applicationDetails: await clearApplicationDetails(today),
    anonymisedPeople: await anonymisePeople(today, at),
    peopleWithoutRecords: await purgePeopleWithoutRecords(),
  };
  if (Object.values(report).some((n) => n > 0)) {
    await recordAudit(db, { actorId: null, action: "job.retention", entity: "Retention", after: { today, ...report } });
  }
  return report;
}

import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { seal } from "@/lib/db-crypto/raw";
import type { ConditionRule, IsoDate } from "@/lib/domain/types";
import type { Channel, ApplicationStatus, EducationLevel } from "@/lib/generated/prisma/enums";
import type { BatchRow } from "@/lib/server/catalog/batch-dto";
import { batchLoader } from "@/lib/server/db-batch";
import type { StoredParams } from "@/lib/i18n/stored-message";

/** Everything the submit checks look at, read in one statement (ADR 049). */
export interface SubmitRow extends Omit<BatchRow, "id"> {
  id: string;
  channel: Channel;
  candidateId: string | null;
  institutionId: string | null;
  status: ApplicationStatus;
  version: number;
  education: EducationLevel | null;
  graduatingThisYear: boolean;
  major: string | null;
  occupation: string | null;
  address: string | null;
  educationProofCase: number | null;
  pledgeAcceptedAt: Date | null;
  idNumber: string;
  conditionCode: string | null;
  rule: ConditionRule | null;
  projectSeq: number;
  projectName: string;
  batchId: string;
  attachments: string[];
}

/**
 * The applications with everything their checks need, by id, whoever owns them: the caller
 * checks ownership (`ownsApplication`). Submits that arrive together share the statement.
 */
export const readSubmittable = batchLoader<string, SubmitRow | null>(async (ids) => {
  const rows = await db.$queryRawUnsafe<SubmitRow[]>(SUBMITTABLE_SQL, [...new Set(ids)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
});

/** $1: application ids. Exported for bench/raw-submit.ts, which sends exactly this. */
export const SUBMITTABLE_SQL = `
  SELECT a.id, a.channel::text AS channel, a."candidateId", a."institutionId",
         a.status::text AS status, a.version, a.education::text AS education, a."graduatingThisYear",
         a.major, a.occupation, a.address, a."educationProofCase", a."pledgeAcceptedAt",
         c."idNumber", k.code AS "conditionCode", k.rule, p.seq AS "projectSeq", p.name AS "projectName",
         b.id AS "batchId", b.year, b.seq, b."registrationStart", b."registrationEnd", b."reviewStart",
         b."reviewEnd", b."paymentStart", b."paymentEnd", b."ticketStart", b."ticketEnd", b."examDate",
         ARRAY(SELECT t.kind::text FROM "Attachment" t WHERE t."applicationId" = a.id) AS attachments
  FROM "Application" a
  JOIN "Candidate" c ON c.id = a."candidateId"
  JOIN "Plan" pl ON pl.id = a."planId"
  JOIN "Project" p ON p.id = pl."projectId"
  JOIN "Batch" b ON b.id = pl."batchId"
  LEFT JOIN "Condition" k ON k.id = a."conditionId"
  WHERE a.id = ANY($1::uuid[])`;

/** One application's move to its next status, valid only if it is still as read. */
export interface SubmitWrite {
  applicationId: string;
  version: number;
  fromStatus: ApplicationStatus;
  toStatus: ApplicationStatus;
  reviewDueDate: IsoDate;
  actorId: string;
  note: string | null;
  /** The note as a message key and values (ADR 123). */
  noteKey?: string | null;
  noteParams?: StoredParams | null;
  at: Date;
  /** Issue 16: 「已提交报名」 in the candidate's inbox, written with the status (individual channel only). */
  inbox?: { title: string; body: string; key?: string; params?: StoredParams };
}

/**
 * Writes the status changes and their timeline events; answers, per write, whether it happened.
 * One statement is one transaction: each application's status and its event together or not at
 * all. A write happens only if the application's version and status are still the ones read,
 * so a submit checked against stale data changes nothing (ADR 049). The same application twice
 * in one batch (a double click) is written once: the later ones answer false, as they would
 * one after the other.
 */
export const writeSubmitted = batchLoader<SubmitWrite, boolean>(async (writes) => {
  const first = new Map<string, SubmitWrite>();
  for (const w of writes) if (!first.has(w.applicationId)) first.set(w.applicationId, w);
  const unique = [...first.values()];
  let outcome: Set<string> | Map<string, boolean | Error>;
  try {
    outcome = await writeTogether(unique);
  } catch (error) {
    // Whatever failed the statement (a deadlock between two batches that share applications, in
    // the worst case) fails it for everybody in it: each write then goes alone and answers for
    // itself, so nobody's submit is lost for another's.
    if (unique.length === 1) throw error;
    const alone = await Promise.all(
      unique.map((w) =>
        writeTogether([w]).then(
          (set) => set.has(w.applicationId),
          (e: Error) => e,
        ),
      ),
    );
    outcome = new Map(unique.map((w, i) => [w.applicationId, alone[i]!]));
  }
  return writes.map((w) => {
    if (first.get(w.applicationId) !== w) return false;
    return outcome instanceof Set ? outcome.has(w.applicationId) : outcome.get(w.applicationId)!;
  });
});

async function writeTogether(writes: readonly SubmitWrite[]): Promise<Set<string>> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(WRITE_SUBMITTED_SQL, ...writeArrays(writes));
  return new Set(rows.map((row) => row.id));
}

/** The parameters of WRITE_SUBMITTED_SQL, a column each. */
export function writeArrays(writes: readonly SubmitWrite[]): unknown[] {
  return [
    writes.map((w) => w.applicationId),
    writes.map((w) => w.version),
    writes.map((w) => w.fromStatus),
    writes.map((w) => w.toStatus),
    writes.map((w) => w.reviewDueDate),
    writes.map((w) => w.at.toISOString()),
    writes.map((w) => w.actorId),
    writes.map((w) => w.note),
    writes.map(() => randomUUID()),
    writes.map((w) => w.inbox?.title ?? null),
    writes.map((w) => w.inbox?.body ?? null),
    writes.map(() => randomUUID()),
    writes.map((w) => w.noteKey ?? null),
    writes.map((w) => (w.noteParams ? JSON.stringify(w.noteParams) : null)),
    writes.map((w) => w.inbox?.key ?? null),
    // Encrypted at rest like the body it stands for (lib/db-crypto/fields.ts).
    writes.map((w) => (w.inbox?.params ? seal(JSON.stringify(w.inbox.params)) : null)),
  ];
}

/** Answers the ids written. Exported for bench/raw-submit.ts, which sends exactly this. */
export const WRITE_SUBMITTED_SQL = `
  WITH w AS (
    SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::date[], $6::timestamptz[],
                         $7::uuid[], $8::text[], $9::uuid[], $10::text[], $11::text[], $12::uuid[],
                         $13::text[], $14::text[], $15::text[], $16::text[])
      AS w(id, version, "from", "to", due, at, actor, note, event, title, body, message, "noteKey", "noteParams",
           "messageKey", "messageParams")
  ), changed AS (
    UPDATE "Application" a
    SET status = w."to"::"ApplicationStatus", version = a.version + 1, "submittedAt" = w.at,
        "reviewDueDate" = w.due, "updatedAt" = w.at
    FROM w
    WHERE a.id = w.id AND a.version = w.version AND a.status = w."from"::"ApplicationStatus"
    RETURNING a.id, a.version, a.channel, a."candidateId", w."from", w."to", w.actor, w.note, w.at, w.event,
              w.title, w.body, w.message, w."noteKey", w."noteParams", w."messageKey", w."messageParams"
  ), messages AS (
    INSERT INTO "Notification" (id, "userId", "applicationId", title, body, "messageKey", "messageParams", "dedupeKey", "createdAt")
    SELECT ch.message, c."userId", ch.id, ch.title, ch.body, ch."messageKey", ch."messageParams",
           'submitted:' || ch.id || ':' || ch.version, ch.at
    FROM changed ch JOIN "Candidate" c ON c.id = ch."candidateId"
    WHERE ch.title IS NOT NULL AND ch.channel = 'INDIVIDUAL' AND c."userId" IS NOT NULL
    ON CONFLICT ("dedupeKey") DO NOTHING
  ), events AS (
    INSERT INTO "ApplicationEvent" (id, "applicationId", "fromStatus", "toStatus", "actorId", note, "noteKey", "noteParams", at)
    SELECT event, id, "from"::"ApplicationStatus", "to"::"ApplicationStatus", actor, note, "noteKey", "noteParams"::jsonb, at
    FROM changed
    RETURNING "applicationId"
  )
  SELECT "applicationId"::text AS id FROM events`;

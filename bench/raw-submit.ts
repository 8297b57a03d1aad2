import pg from "pg";
import { runPartAlone, type BenchContext } from "../scripts/bench-support/context";
import { benchPeople, type BenchPerson } from "../scripts/bench-support/fixtures";
import { burst, combine, ms, type LoadResult } from "../scripts/bench-support/load";
import type { Metric } from "../scripts/bench-support/report";
import { measureSurge } from "./surge";

/**
 * PostgreSQL's own rate for the submit's statements (issue 6): what
 * lib/server/applications/submit-application.ts sends, without the application around it (ADR
 * 049): the read of the application with everything its checks need and the holiday overrides,
 * side by side, then the version-guarded status change and its timeline event as one statement.
 * Same pool size as the app (10), same burst of 100. The ratio app/raw says how much of the
 * database's capacity the app keeps.
 */
export const RAW = { people: 100, rounds: 3, poolSize: 10 } as const;

const READ = `
  SELECT a.id, a.status::text AS status, a.version, a.education::text AS education, a."graduatingThisYear",
         a.major, a.occupation, a.address, a."educationProofCase", a."pledgeAcceptedAt",
         c."idNumber", k.code AS "conditionCode", k.rule, p.seq AS "projectSeq",
         b.id AS "batchId", b.year, b.seq, b."registrationStart", b."registrationEnd", b."reviewStart",
         b."reviewEnd", b."paymentStart", b."paymentEnd", b."ticketStart", b."ticketEnd", b."examDate",
         ARRAY(SELECT t.kind::text FROM "Attachment" t WHERE t."applicationId" = a.id) AS attachments
  FROM "Application" a
  JOIN "Candidate" c ON c.id = a."candidateId"
  JOIN "Plan" pl ON pl.id = a."planId"
  JOIN "Project" p ON p.id = pl."projectId"
  JOIN "Batch" b ON b.id = pl."batchId"
  LEFT JOIN "Condition" k ON k.id = a."conditionId"
  WHERE a.id = $1::uuid AND a."candidateId" = $2::uuid AND a.channel = 'INDIVIDUAL'`;

const WRITE = `
  WITH changed AS (
    UPDATE "Application"
    SET status = 'SUBMITTED', version = version + 1, "submittedAt" = now(), "reviewDueDate" = '2025-05-22', "updatedAt" = now()
    WHERE id = $1::uuid AND version = $2 AND status = 'DRAFT'
    RETURNING id
  )
  INSERT INTO "ApplicationEvent" (id, "applicationId", "fromStatus", "toStatus", "actorId", at)
  SELECT gen_random_uuid(), id, 'DRAFT', 'SUBMITTED', $3::uuid, now() FROM changed`;

async function rawSubmit(pool: pg.Pool, person: BenchPerson): Promise<boolean> {
  const [read] = await Promise.all([
    pool.query<{ version: number; status: string }>(READ, [person.applicationId, person.candidateId]),
    pool.query(`SELECT date, "isWorkingDay" FROM "HolidayOverride"`),
  ]);
  const row = read.rows[0];
  if (!row || row.status !== "DRAFT") throw new Error("not a draft");
  const written = await pool.query(WRITE, [person.applicationId, row.version, person.userId]);
  if (written.rowCount !== 1) throw new Error("changed meanwhile");
  return true;
}

export async function rawSubmitRate(context: BenchContext): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: context.database.url, max: RAW.poolSize });
  try {
    const warm = await benchPeople(context.database.db, { count: 20 });
    await burst(warm.map((p) => () => rawSubmit(pool, p)));
    const rounds: LoadResult[] = [];
    for (let round = 0; round < RAW.rounds; round++) {
      const people = await benchPeople(context.database.db, { count: RAW.people });
      rounds.push(await burst(people.map((p) => () => rawSubmit(pool, p))));
    }
    return combine(rounds);
  } finally {
    await pool.end();
  }
}

export const RATIO_GOAL = 0.25;

/** `appPerSecond`: the surge's rate; measured here when the part runs alone. */
export async function benchRawSubmit(context: BenchContext, appPerSecond?: number): Promise<Metric[]> {
  const raw = await rawSubmitRate(context);
  const app = appPerSecond ?? (await measureSurge(context)).total.perSecond;
  const ratio = app / raw.perSecond;
  return [
    {
      part: "raw PostgreSQL",
      name: "submit transaction/s",
      value: `${raw.perSecond.toFixed(0)} (p95 ${ms(raw.p95)})`,
      note: `pg, pool ${RAW.poolSize}, ${RAW.rounds} × ${RAW.people} at once: the submit's read, then its guarded update + event`,
    },
    {
      part: "raw PostgreSQL",
      name: "ratio app / raw",
      value: ratio.toFixed(2),
      goal: `≥ ${RATIO_GOAL}`,
      pass: ratio >= RATIO_GOAL,
      note: `app ${app.toFixed(0)}/s over HTTP; capped by the framework: an empty server action reaches ~100/s (ADR 049)`,
    },
  ];
}

runPartAlone(import.meta.url, "Raw PostgreSQL submit", (context) => benchRawSubmit(context));

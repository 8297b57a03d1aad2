import pg from "pg";
import { runPartAlone, type BenchContext } from "../scripts/bench-support/context";
import { benchPeople } from "../scripts/bench-support/fixtures";
import { burst, combine, ms, type LoadResult } from "../scripts/bench-support/load";
import type { Metric } from "../scripts/bench-support/report";
import { measureSurge } from "./surge";

/**
 * PostgreSQL's own rate for the submit's writes (issue 6): the same transaction as
 * lib/server/applications/submit-application.ts without the application around it: lock the
 * row, update status and version, insert the timeline event. Same pool size as the app (10),
 * same burst of 100. The ratio app/raw says how much of the database's capacity the app keeps.
 */
export const RAW = { people: 100, rounds: 3, poolSize: 10 } as const;

async function rawSubmit(pool: pg.Pool, applicationId: string, actorId: string): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const locked = await client.query<{ version: number; status: string }>(
      `SELECT version, status::text AS status FROM "Application" WHERE id = $1 FOR UPDATE`,
      [applicationId],
    );
    const row = locked.rows[0];
    if (!row || row.status !== "DRAFT") throw new Error("not a draft");
    const updated = await client.query(
      `UPDATE "Application" SET status = 'SUBMITTED', version = version + 1, "submittedAt" = now(), "reviewDueDate" = '2025-05-22', "updatedAt" = now() WHERE id = $1 AND version = $2`,
      [applicationId, row.version],
    );
    if (updated.rowCount !== 1) throw new Error("changed meanwhile");
    await client.query(
      `INSERT INTO "ApplicationEvent" (id, "applicationId", "fromStatus", "toStatus", "actorId", at) VALUES (gen_random_uuid(), $1, 'DRAFT', 'SUBMITTED', $2, now())`,
      [applicationId, actorId],
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

export async function rawSubmitRate(context: BenchContext): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: context.database.url, max: RAW.poolSize });
  try {
    const warm = await benchPeople(context.database.db, { count: 20 });
    await burst(warm.map((p) => () => rawSubmit(pool, p.applicationId, p.userId)));
    const rounds: LoadResult[] = [];
    for (let round = 0; round < RAW.rounds; round++) {
      const people = await benchPeople(context.database.db, { count: RAW.people });
      rounds.push(await burst(people.map((p) => () => rawSubmit(pool, p.applicationId, p.userId))));
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
      note: `pg, pool ${RAW.poolSize}, ${RAW.rounds} × ${RAW.people} at once: lock, update, insert event`,
    },
    {
      part: "raw PostgreSQL",
      name: "ratio app / raw",
      value: ratio.toFixed(2),
      goal: `≥ ${RATIO_GOAL}`,
      pass: ratio >= RATIO_GOAL,
      note: `app ${app.toFixed(0)}/s over HTTP`,
    },
  ];
}

runPartAlone(import.meta.url, "Raw PostgreSQL submit", (context) => benchRawSubmit(context));

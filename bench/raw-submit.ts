import pg from "pg";
import { allowServerOnlyImports } from "../scripts/allow-server-only";
import { runPartAlone, type BenchContext } from "../scripts/bench-support/context";
import { benchPeople, type BenchPerson } from "../scripts/bench-support/fixtures";
import { burst, combine, ms, type LoadResult } from "../scripts/bench-support/load";
import type { Metric } from "../scripts/bench-support/report";
import type { batchLoader as BatchLoader } from "../lib/server/db-batch";
import type { SubmitWrite as Write } from "../lib/server/applications/submit-statements";
import { measureSurge } from "./surge";

/**
 * PostgreSQL's own rate for the submit's SQL (issue 6), without the application around it: the
 * very statements the app sends (imported from lib/server), with `pg` and the app's pool size
 * (10), 3 × 100 at once, in two shapes:
 * - one submit at a time: its session's user, its application with everything the checks need
 *   beside the holiday overrides, then the version-guarded status change with its timeline event;
 * - grouped as the app groups them (lib/server/db-batch.ts, ADR 053): every submit that arrives
 *   while the previous batch is with the database goes in the next one.
 * The ratio app/raw is taken against the second, what the app really sends: how much of the
 * database's capacity the app keeps.
 */
export const RAW = { people: 100, rounds: 3, poolSize: 10 } as const;

const CALENDAR = `SELECT date, "isWorkingDay" FROM "HolidayOverride"`;

interface Statements {
  users: string;
  read: string;
  write: string;
  writeArrays: (writes: readonly Write[]) => unknown[];
  batchLoader: typeof BatchLoader;
}
type Submit = (person: BenchPerson) => Promise<boolean>;

async function appStatements(): Promise<Statements> {
  allowServerOnlyImports();
  const [{ SESSION_USERS_SQL }, submit, { batchLoader }] = await Promise.all([
    import("../lib/server/auth/load-user"),
    import("../lib/server/applications/submit-statements"),
    import("../lib/server/db-batch"),
  ]);
  return {
    users: SESSION_USERS_SQL,
    read: submit.SUBMITTABLE_SQL,
    write: submit.WRITE_SUBMITTED_SQL,
    writeArrays: submit.writeArrays,
    batchLoader,
  };
}

function writeOf(person: BenchPerson, version: number): Write {
  return {
    applicationId: person.applicationId,
    version,
    fromStatus: "DRAFT",
    toStatus: "SUBMITTED",
    reviewDueDate: "2025-05-22",
    actorId: person.userId,
    note: null,
    at: new Date(),
  };
}

function checked(person: BenchPerson, row: { candidateId: string; status: string } | undefined): void {
  if (!row || row.candidateId !== person.candidateId || row.status !== "DRAFT") throw new Error("not their draft");
}

function oneByOne(pool: pg.Pool, sql: Statements): Submit {
  return async (person) => {
    await pool.query(sql.users, [[person.userId]]);
    const [read] = await Promise.all([
      pool.query<{ candidateId: string; status: string; version: number }>(sql.read, [[person.applicationId]]),
      pool.query(CALENDAR),
    ]);
    const row = read.rows[0];
    checked(person, row);
    const written = await pool.query(sql.write, sql.writeArrays([writeOf(person, row!.version)]));
    if (written.rowCount !== 1) throw new Error("changed meanwhile");
    return true;
  };
}

function grouped(pool: pg.Pool, sql: Statements): Submit {
  const byId = <T extends { id: string }>(ids: readonly string[], rows: T[]) => {
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id): T | Error => map.get(id) ?? new Error(`missing ${id}`));
  };
  type Row = { id: string; version: number; status: string; candidateId: string };
  const user = sql.batchLoader<string, { id: string }>(async (ids) =>
    byId(ids, (await pool.query<{ id: string }>(sql.users, [ids])).rows),
  );
  const read = sql.batchLoader<string, Row>(async (ids) => byId(ids, (await pool.query<Row>(sql.read, [ids])).rows));
  const calendar = sql.batchLoader<true, unknown[]>(async (keys) => {
    const { rows } = await pool.query<Record<string, unknown>>(CALENDAR);
    return keys.map(() => rows);
  });
  const write = sql.batchLoader<Write, boolean>(async (writes) => {
    const { rows } = await pool.query<{ id: string }>(sql.write, sql.writeArrays(writes));
    const written = new Set(rows.map((r) => r.id));
    return writes.map((w) => written.has(w.applicationId));
  });
  return async (person) => {
    await user(person.userId);
    const [row] = await Promise.all([read(person.applicationId), calendar(true)]);
    checked(person, row);
    if (!(await write(writeOf(person, row.version)))) throw new Error("changed meanwhile");
    return true;
  };
}

async function measure(context: BenchContext, submit: Submit): Promise<LoadResult> {
  const warm = await benchPeople(context.database.db, { count: 20 });
  await burst(warm.map((p) => () => submit(p)));
  const rounds: LoadResult[] = [];
  for (let round = 0; round < RAW.rounds; round++) {
    const people = await benchPeople(context.database.db, { count: RAW.people });
    rounds.push(await burst(people.map((p) => () => submit(p))));
  }
  return combine(rounds);
}

export async function rawSubmitRates(context: BenchContext): Promise<{ alone: LoadResult; together: LoadResult }> {
  const sql = await appStatements();
  const pool = new pg.Pool({ connectionString: context.database.url, max: RAW.poolSize });
  try {
    return { alone: await measure(context, oneByOne(pool, sql)), together: await measure(context, grouped(pool, sql)) };
  } finally {
    await pool.end();
  }
}

export const RATIO_GOAL = 0.25;

/** `appPerSecond`: the surge's rate; measured here when the part runs alone. */
export async function benchRawSubmit(context: BenchContext, appPerSecond?: number): Promise<Metric[]> {
  const { alone, together } = await rawSubmitRates(context);
  const app = appPerSecond ?? (await measureSurge(context)).total.perSecond;
  const ratio = app / together.perSecond;
  const part = "raw PostgreSQL";
  return [
    {
      part,
      name: "submits/s, one at a time",
      value: `${alone.perSecond.toFixed(0)} (p95 ${ms(alone.p95)})`,
      note: `pg, pool ${RAW.poolSize}, ${RAW.rounds} × ${RAW.people} at once, the app's statements for one submit each; app/this ${(app / alone.perSecond).toFixed(2)}`,
    },
    {
      part,
      name: "submits/s, grouped as the app groups them",
      value: `${together.perSecond.toFixed(0)} (p95 ${ms(together.p95)})`,
      note: "the same statements over arrays, batched by lib/server/db-batch.ts (ADR 053)",
    },
    {
      part,
      name: "ratio app / raw",
      value: ratio.toFixed(2),
      goal: `≥ ${RATIO_GOAL}`,
      pass: ratio >= RATIO_GOAL,
      note: `app ${app.toFixed(0)}/s over HTTP against the grouped statements; the rest is Next's request path (ADR 053)`,
    },
  ];
}

runPartAlone(import.meta.url, "Raw PostgreSQL submit", (context) => benchRawSubmit(context));

import { randomUUID } from "node:crypto";
import pg from "pg";
import { isMain, runCli } from "./cli";
import { MIGRATIONS_DIR, readMigrations, type LocalMigration } from "./migrations-dir";

// What `prisma migrate deploy` does, with `pg` only, because the native schema engine cannot be
// downloaded here (docs/decisions/001-migration-runner.md). The table, the lock and the rows are
// Prisma's own, so the real CLI accepts a database migrated by this runner and vice versa.

// Copied from the schema engine (prisma/build/schema_engine_bg.wasm, PostgreSQL connector).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;
const ADVISORY_LOCK_KEY = 72707369; // Prisma's key: Prisma and this runner exclude each other
const LOCK_TIMEOUT_MS = 10_000; // Prisma's timeout too

export type MigrationErrorCode = "P3005" | "P3009" | "P3018" | "EDITED" | "LOCK_TIMEOUT";

export class MigrationError extends Error {
  constructor(
    readonly code: MigrationErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "MigrationError";
  }
}

export interface MigrateOptions {
  migrationsDir?: string;
  /** Progress lines; defaults to silence. */
  log?: (line: string) => void;
}

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
}

export async function migrate(databaseUrl: string, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => undefined);
  const local = await readMigrations(options.migrationsDir ?? MIGRATIONS_DIR);
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "portal-migrate" });
  await client.connect();
  try {
    await takeLock(client);
    try {
      return { applied: await applyPending(client, local, log) };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function takeLock(client: pg.Client): Promise<void> {
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [ADVISORY_LOCK_KEY]);
    if (rows[0]?.locked) return;
    if (Date.now() > deadline) {
      throw new MigrationError(
        "LOCK_TIMEOUT",
        `Timed out after ${LOCK_TIMEOUT_MS / 1000} s waiting for pg_advisory_lock(${ADVISORY_LOCK_KEY}): another migration is running.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function applyPending(client: pg.Client, local: LocalMigration[], log: (line: string) => void): Promise<string[]> {
  const history = await readHistory(client);

  const failed = history.filter((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed.length > 0) {
    const list = failed.map((row) => `The \`${row.migration_name}\` migration started at ${row.started_at.toISOString()} failed`);
    throw new MigrationError(
      "P3009",
      "migrate found failed migrations in the target database, new migrations will not be applied.\n" +
        `${list.join("\n")}\n` +
        "Repair the database by hand (see the row's `logs`), then mark the row rolled back: " +
        `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '<name>' AND finished_at IS NULL;`,
    );
  }

  const applied = new Map<string, HistoryRow>();
  for (const row of history) if (row.finished_at !== null && row.rolled_back_at === null) applied.set(row.migration_name, row);

  // Prisma only warns here; an edited migration means this database and a fresh one differ,
  // so we stop.
  const edited = local.filter((m) => applied.has(m.name) && applied.get(m.name)?.checksum !== m.checksum);
  if (edited.length > 0) {
    throw new MigrationError(
      "EDITED",
      `applied migration(s) were edited after they ran on this database: ${edited.map((m) => m.name).join(", ")}.\n` +
        "Restore the original file(s) (git checkout) and put the change in a new migration: " +
        "npm run db:new-migration -- <name>. (A throwaway development database can be deleted instead.)",
    );
  }

  const localNames = new Set(local.map((m) => m.name));
  const unknown = [...applied.keys()].filter((name) => !localNames.has(name));
  if (unknown.length > 0) log(`warning: applied but missing from prisma/migrations: ${unknown.join(", ")}`);

  const done: string[] = [];
  for (const migration of local.filter((m) => !applied.has(m.name))) {
    await applyOne(client, migration);
    log(`applied ${migration.name}`);
    done.push(migration.name);
  }
  return done;
}

async function readHistory(client: pg.Client): Promise<HistoryRow[]> {
  await assertPublicSchema(client);
  const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists");
  if (!rows[0]?.exists) {
    await assertEmpty(client);
    await client.query(CREATE_MIGRATIONS_TABLE);
    return [];
  }
  const result = await client.query<HistoryRow>(
    "SELECT migration_name, checksum, finished_at, rolled_back_at, started_at FROM _prisma_migrations ORDER BY started_at",
  );
  return result.rows;
}

// `?schema=` is a Prisma-only URL parameter that pg ignores; supporting it half-way would run
// the migrations in `public` while the app looks elsewhere.
async function assertPublicSchema(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ schema: string }>("SELECT current_schema() AS schema");
  if (rows[0]?.schema !== "public") throw new Error(`Only the public schema is supported (current: ${rows[0]?.schema}).`);
}

// Prisma's P3005: a database with objects but no migration history was made some other way,
// and replaying the history on top of it would fail halfway or silently diverge.
async function assertEmpty(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r','p','v','m','S','f')
     UNION ALL
     SELECT t.typname FROM pg_type t
       WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e','d','r','m')
     UNION ALL
     SELECT p.proname FROM pg_proc p
       WHERE p.pronamespace = 'public'::regnamespace
         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
     LIMIT 5`,
  );
  if (rows.length > 0) {
    throw new MigrationError(
      "P3005",
      `The database schema is not empty (${rows.map((r) => r.name).join(", ")}, ...) and has no migration history. ` +
        "Migrate an empty database, or baseline this one: https://pris.ly/d/migrate-baseline",
    );
  }
}

async function applyOne(client: pg.Client, migration: LocalMigration): Promise<void> {
  const id = randomUUID();
  await client.query(
    "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)",
    [id, migration.checksum, migration.name],
  );
  try {
    // One simple-protocol query (no parameters): PostgreSQL runs all statements in one implicit
    // transaction, so a failing migration leaves nothing half-applied. `$$` bodies stay intact.
    await client.query(migration.sql);
  } catch (error) {
    // In case the script opened its own transaction block: leave it, or the UPDATE fails too.
    await client.query("ROLLBACK").catch(() => undefined);
    await client.query("UPDATE _prisma_migrations SET logs = $2 WHERE id = $1", [id, formatLogs(error)]);
    throw new MigrationError(
      "P3018",
      `A migration failed to apply. New migrations cannot be applied before the error is recovered from.\n` +
        `Migration name: ${migration.name}\n${formatLogs(error)}`,
    );
  }
  await client.query("UPDATE _prisma_migrations SET finished_at = now(), applied_steps_count = 1 WHERE id = $1", [id]);
}

function formatLogs(error: unknown): string {
  if (error instanceof pg.DatabaseError) {
    const lines = [`Database error code: ${error.code ?? "unknown"}`, "", "Database error:", error.message];
    if (error.detail) lines.push(`DETAIL: ${error.detail}`);
    if (error.position) lines.push(`Position: ${error.position}`);
    return lines.join("\n");
  }
  return error instanceof Error ? error.message : String(error);
}

if (isMain(import.meta.url)) {
  runCli(async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is required (e.g. postgresql://postgres@127.0.0.1:5432/portal).");
    const { applied } = await migrate(url, { log: (line) => process.stdout.write(`${line}\n`) });
    process.stdout.write(applied.length === 0 ? "No pending migrations.\n" : `Applied ${applied.length} migration(s).\n`);
    // The data step of encryption at rest (ADR 057): rows written before it, or under an older key.
    const { encryptData } = await import("./encrypt-data");
    await encryptData(url, { log: (line) => process.stdout.write(`${line}\n`) });
  });
}

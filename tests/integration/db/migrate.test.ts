import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MigrationError, migrate } from "../../../scripts/db/migrate";
import { MIGRATIONS_DIR, readMigrations } from "../../../scripts/db/migrations-dir";
import { diagnoseMigrationHistory } from "../../../scripts/db/schema-engine";
import { createScratchDatabase, type Scratch } from "./scratch";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function scratch(): Promise<Scratch> {
  const db = await createScratchDatabase();
  cleanups.push(db.drop);
  return db;
}

/** A copy of prisma/migrations to break on purpose. */
async function migrationsCopy(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "portal-migrations-"));
  await fs.cp(MIGRATIONS_DIR, dir, { recursive: true });
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

describe("migrate", () => {
  it("applies every migration once, with the rows Prisma writes", async () => {
    const db = await scratch();
    const local = await readMigrations();
    expect(local.length).toBeGreaterThan(0);

    expect(await migrate(db.url)).toEqual({ applied: local.map((m) => m.name) });
    expect(await migrate(db.url)).toEqual({ applied: [] });

    const { rows } = await db.query<{ finished_at: Date | null }>(
      "SELECT migration_name, checksum, applied_steps_count, finished_at, logs, rolled_back_at FROM _prisma_migrations ORDER BY started_at",
    );
    for (const [i, migration] of local.entries()) {
      const bytes = await fs.readFile(path.join(MIGRATIONS_DIR, migration.name, "migration.sql"));
      expect(rows[i]).toMatchObject({
        migration_name: migration.name,
        checksum: createHash("sha256").update(bytes).digest("hex"),
        applied_steps_count: 1,
        logs: null,
        rolled_back_at: null,
      });
      expect(rows[i]?.finished_at).toBeInstanceOf(Date);
    }
  });

  it("leaves a history Prisma's own engine accepts (no pending, edited or failed migration)", async () => {
    const db = await scratch();
    await migrate(db.url);
    expect(await diagnoseMigrationHistory(db.url)).toEqual({
      failed: [],
      edited: [],
      history: null,
      hasMigrationsTable: true,
    });
  });

  it("refuses a non-empty database without history (P3005)", async () => {
    const db = await scratch();
    await db.query("CREATE TABLE legacy (id int)");
    await expect(migrate(db.url)).rejects.toThrow(/P3005.*legacy/s);
    expect((await db.query("SELECT to_regclass('_prisma_migrations')::text AS t")).rows).toEqual([{ t: null }]);
  });

  it("records a failed migration, rolls it back, and refuses to go on (P3018, then P3009)", async () => {
    const db = await scratch();
    const dir = await migrationsCopy();
    await fs.mkdir(path.join(dir, "99990101000000_broken"));
    await fs.writeFile(
      path.join(dir, "99990101000000_broken", "migration.sql"),
      'CREATE TABLE "Half" (id int);\nSELECT * FROM no_such_table;\n',
    );

    const error = await migrate(db.url, { migrationsDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).code).toBe("P3018");

    const { rows } = await db.query<{ logs: string | null }>(
      "SELECT finished_at, logs, applied_steps_count FROM _prisma_migrations WHERE migration_name = '99990101000000_broken'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ finished_at: null, applied_steps_count: 0 });
    expect(rows[0]?.logs).toMatch(/42P01[\s\S]*no_such_table/);
    // One implicit transaction: nothing of the failed file stays.
    expect((await db.query(`SELECT to_regclass('"Half"')::text AS t`)).rows).toEqual([{ t: null }]);

    await expect(migrate(db.url, { migrationsDir: dir })).rejects.toThrow(/P3009.*99990101000000_broken/s);
  });

  it("refuses to go on when an applied migration was edited", async () => {
    const db = await scratch();
    const dir = await migrationsCopy();
    await migrate(db.url, { migrationsDir: dir });
    const [first] = await readMigrations(dir);
    await fs.appendFile(path.join(dir, first!.name, "migration.sql"), "\n-- edited\n");
    await expect(migrate(db.url, { migrationsDir: dir })).rejects.toThrow(new RegExp(`EDITED.*${first!.name}`, "s"));
  });
});

import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkDrift, describeDrift } from "../../../scripts/db/check-drift";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "../../../scripts/db/migrations-dir";
import { createMigration } from "../../../scripts/db/new-migration";
import { adminQuery } from "./scratch";

const url = (): string => process.env.DATABASE_URL ?? "";
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function schemaWithExtraField(): Promise<string> {
  const schema = await fs.readFile(SCHEMA_PATH, "utf8");
  const edited = schema.replace(/model Project \{\n/, "model Project {\n  extraField String?\n");
  expect(edited).not.toBe(schema);
  return edited;
}

async function shadowDatabases(): Promise<number> {
  const { rows } = await adminQuery<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'",
  );
  return rows[0]?.n ?? -1;
}

describe("drift check", () => {
  it("passes on the real schema, hand-written CHECK and triggers included, and cleans up its shadow database", async () => {
    const before = await shadowDatabases();
    const result = await checkDrift(url());
    expect(result).toMatchObject({ exitCode: 0, sql: "" });
    expect(await shadowDatabases()).toBe(before);
  });

  it("names what differs when the schema has a field no migration creates", async () => {
    const result = await checkDrift(url(), { schemaPath: SCHEMA_PATH, schemaText: await schemaWithExtraField() });
    expect(result.exitCode).toBe(2);
    expect(result.sql).toContain('ALTER TABLE "Project" ADD COLUMN     "extraField" TEXT');
    const message = describeDrift(result);
    expect(message).toContain("Project");
    expect(message).toContain("npm run db:new-migration -- <name>");
  });

  it("new-migration writes the missing migration, after which the check passes", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "portal-migrations-"));
    cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
    await fs.cp(MIGRATIONS_DIR, dir, { recursive: true });
    const input = { schemaPath: SCHEMA_PATH, schemaText: await schemaWithExtraField(), migrationsDir: dir };

    const created = await createMigration(url(), "add_extra_field", input);
    expect(created.dir).toMatch(/[/\\]\d{14}_add_extra_field$/);
    expect(await fs.readFile(path.join(created.dir!, "migration.sql"), "utf8")).toContain('"extraField"');
    expect((await checkDrift(url(), input)).exitCode).toBe(0);
    expect(await createMigration(url(), "again", input)).toEqual({ dir: null, sql: "" });
  });
});

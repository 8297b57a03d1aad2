import fs from "node:fs/promises";
import path from "node:path";
import { isMain, runCli } from "./cli";
import { LOCKFILE_CONTENT, LOCKFILE_NAME, MIGRATIONS_DIR } from "./migrations-dir";
import { diffMigrationsToSchema, type SchemaInput } from "./schema-engine";
import { withToolingDatabase } from "./tooling-db";

// `prisma migrate dev --create-only`, which the WASM engine cannot do (createMigration does not
// work there): the diff between the replayed migrations and schema.prisma becomes a new folder.

/** yyyyMMddHHmmss in UTC, as Prisma names migration folders. */
export function migrationTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

export function validateMigrationName(name: string | undefined): string {
  if (!name || !/^[a-z0-9][a-z0-9_]*$/.test(name)) {
    throw new Error("用法 / usage: npm run db:new-migration -- <name>   (lower case, digits and _, e.g. add_exam_room)");
  }
  return name;
}

export async function createMigration(
  databaseUrl: string,
  name: string,
  input: SchemaInput = {},
): Promise<{ dir: string | null; sql: string }> {
  const migrationsDir = path.resolve(input.migrationsDir ?? MIGRATIONS_DIR);
  const { exitCode, sql } = await diffMigrationsToSchema(databaseUrl, { ...input, migrationsDir });
  if (exitCode === 0) return { dir: null, sql: "" };
  const dir = path.join(migrationsDir, `${migrationTimestamp()}_${validateMigrationName(name)}`);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, "migration.sql"), sql, { flag: "wx" });
  await fs.writeFile(path.join(migrationsDir, LOCKFILE_NAME), LOCKFILE_CONTENT, { flag: "wx" }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  });
  return { dir, sql };
}

if (isMain(import.meta.url)) {
  runCli(async () => {
    const name = validateMigrationName(process.argv[2]);
    const { dir } = await withToolingDatabase((url) => createMigration(url, name));
    if (dir === null) {
      process.stdout.write("No changes: prisma/schema.prisma matches prisma/migrations. 没有变化。\n");
    } else {
      process.stdout.write(
        `Created ${path.relative(process.cwd(), path.join(dir, "migration.sql"))}: review it, then npm run db:migrate.\n`,
      );
    }
  });
}

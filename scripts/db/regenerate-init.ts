import fs from "node:fs/promises";
import path from "node:path";
import { isMain, runCli } from "./cli";
import { MIGRATIONS_DIR, readMigrations } from "./migrations-dir";
import { createMigration } from "./new-migration";
import { withToolingDatabase } from "./tooling-db";

// Before the first deployment only: rebuilds the single init migration from schema.prisma and
// keeps its hand-written tail (everything from HANDWRITTEN_MARKER on). Databases migrated with
// the old init must be recreated (delete .data/postgres).

export const HANDWRITTEN_MARKER = "-- ───── Hand-written below";

export async function regenerateInit(databaseUrl: string, migrationsDir: string = MIGRATIONS_DIR): Promise<string> {
  const migrations = await readMigrations(migrationsDir);
  const [init] = migrations;
  if (migrations.length !== 1 || !init?.name.endsWith("_init")) {
    throw new Error(`Expected exactly one migration, *_init, in ${migrationsDir}; found ${migrations.length}.`);
  }
  const at = init.sql.indexOf(HANDWRITTEN_MARKER);
  const tail = at >= 0 ? init.sql.slice(at) : "";
  const oldDir = path.join(migrationsDir, init.name);
  await fs.rm(oldDir, { recursive: true }); // so the diff starts from an empty database
  try {
    const { dir } = await createMigration(databaseUrl, "init", { migrationsDir });
    if (!dir) throw new Error("schema.prisma is empty: nothing to migrate");
    if (tail) await fs.appendFile(path.join(dir, "migration.sql"), `\n${tail}`);
    return dir;
  } catch (error) {
    await fs.mkdir(oldDir, { recursive: true });
    await fs.writeFile(path.join(oldDir, "migration.sql"), init.sql);
    throw error;
  }
}

if (isMain(import.meta.url)) {
  runCli(async () => {
    const dir = await withToolingDatabase((url) => regenerateInit(url));
    process.stdout.write(`Rebuilt ${path.relative(process.cwd(), dir)}; recreate migrated dev databases (.data/postgres).\n`);
  });
}

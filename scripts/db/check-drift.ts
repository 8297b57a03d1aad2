import { isMain, runCli } from "./cli";
import { diffMigrationsToSchema, type DiffOutput, type SchemaInput } from "./schema-engine";
import { withToolingDatabase } from "./tooling-db";

// CI guard for a forgotten migration: the migrations, replayed on an empty shadow database,
// must produce exactly what prisma/schema.prisma describes.

export async function checkDrift(databaseUrl: string, input: SchemaInput = {}): Promise<DiffOutput> {
  return diffMigrationsToSchema(databaseUrl, input);
}

export function describeDrift(result: DiffOutput): string {
  return [
    "Drift: prisma/schema.prisma and prisma/migrations disagree. 数据库迁移与 schema.prisma 不一致。",
    "What schema.prisma has that the migrations do not:",
    result.summary.trim(),
    "",
    "SQL of the missing migration:",
    result.sql.trim(),
    "",
    "Fix: npm run db:new-migration -- <name>",
  ].join("\n");
}

if (isMain(import.meta.url)) {
  runCli(async () => {
    const result = await withToolingDatabase((url) => checkDrift(url));
    if (result.exitCode === 0) {
      process.stdout.write("OK: prisma/migrations match prisma/schema.prisma.\n");
      return 0;
    }
    process.stderr.write(`${describeDrift(result)}\n`);
    return 1;
  });
}

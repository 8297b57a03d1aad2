import path from "node:path";
import { defineConfig } from "prisma/config";

// The native schema engine cannot be downloaded here (stack-notes "Prisma without the native
// engines"). Commands that only read the schema do not need it: point Prisma at any existing
// file so it stops trying. Everything that touches a database goes through scripts/db/*.
const offlineCommands = new Set(["generate", "validate", "format", "version"]);
if (process.argv.some((arg) => offlineCommands.has(arg))) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});

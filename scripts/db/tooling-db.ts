import { TOOLING_DATA_DIR, TOOLING_PORT, startEmbeddedPostgres } from "./embedded";
import { PROJECT_ROOT } from "./migrations-dir";
import path from "node:path";

/**
 * Runs `fn` with a server for shadow databases: DATABASE_URL when set (needs CREATE DATABASE;
 * nothing in that database is changed), else an embedded one under .data/postgres-tooling,
 * separate from the app's so it works while `npm start` runs.
 */
export async function withToolingDatabase<T>(fn: (databaseUrl: string) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (url) return fn(url);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(PROJECT_ROOT, TOOLING_DATA_DIR),
    port: TOOLING_PORT,
    database: "postgres",
  });
  try {
    return await fn(server.url);
  } finally {
    await server.stop();
  }
}

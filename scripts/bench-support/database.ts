import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { createDbClient, type Db } from "@/lib/db-client";
import { seedCatalog } from "@/prisma/seed/catalog";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrate } from "../db/migrate";
import { PROJECT_ROOT } from "../db/migrations-dir";

/** The bench's own embedded server, apart from the app's (54329) and the tests' (54330). */
export const BENCH_DATA_DIR = ".data/postgres-bench";
export const BENCH_PORT = 54332;

export interface BenchDatabase {
  url: string;
  /** The server's own URL (its default database), for parts that make databases of their own. */
  serverUrl: string;
  /** "DATABASE_URL" or "embedded PostgreSQL 17". */
  server: string;
  db: Db;
  drop: () => Promise<void>;
}

/**
 * A fresh, migrated database with the notice's catalog: `portal_bench_<random>` on the server in
 * DATABASE_URL, or on an embedded server under .data/postgres-bench. Dropped by `drop()`.
 */
export async function freshBenchDatabase(): Promise<BenchDatabase> {
  let serverUrl = process.env.DATABASE_URL;
  let stopServer: (() => Promise<void>) | undefined;
  let server = "DATABASE_URL";
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(PROJECT_ROOT, BENCH_DATA_DIR), port: BENCH_PORT });
    serverUrl = embedded.url;
    stopServer = embedded.stop;
    server = "embedded PostgreSQL";
  }
  const name = `portal_bench_${randomBytes(5).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  // Encryption at rest (ADR 057): a fresh database per run, so fresh keys unless given; app servers inherit them.
  process.env.PORTAL_DATA_KEYS ||= `bench:${randomBytes(32).toString("base64")}`;
  process.env.PORTAL_HMAC_KEY ||= randomBytes(32).toString("base64");
  // The bench's own client: a pool as large as the app's (lib/db-client.ts), slow-query log off.
  const db = createDbClient(url.toString(), 60_000);
  await seedCatalog(db);
  const version = await db.$queryRaw<{ v: string }[]>`SELECT current_setting('server_version') AS v`;
  return {
    url: url.toString(),
    serverUrl,
    server: `${server} (PostgreSQL ${version[0]?.v ?? "?"})`,
    db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await stopServer?.();
    },
  };
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

import { randomUUID } from "node:crypto";
import pg from "pg";

async function admin(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/**
 * A fresh, migrated database `<prefix>_<random>` on the server in DATABASE_URL, for a bench that
 * imports into an empty portal; `drop()` removes it (also while connections are open).
 */
export async function freshDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error("DATABASE_URL is required (a PostgreSQL server; a fresh database is created on it)");
  const name = `${prefix}_${randomUUID().slice(0, 8)}`;
  await admin(server, `CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const { migrate } = await import("../../scripts/db/migrate");
  await migrate(url.toString());
  return { url: url.toString(), drop: () => admin(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

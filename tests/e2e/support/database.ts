import pg from "pg";
import { decryptResult } from "@/lib/db-crypto/transform";

/**
 * The database the e2e server uses on the server of DATABASE_URL: `portal_e2e`, suffixed with
 * E2E_PORT when set, so two checkouts can run their journeys on one PostgreSQL at once.
 */
export const E2E_DATABASE = process.env.E2E_PORT ? `portal_e2e_${Number(process.env.E2E_PORT)}` : "portal_e2e";

export function e2eDatabaseUrl(): string {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is required (run through npm test or scripts/with-db.ts)");
  const url = new URL(base);
  url.pathname = `/${E2E_DATABASE}`;
  return url.toString();
}

/**
 * One statement against the e2e database, for fixtures that stand in for another role. Rows come
 * back decrypted as through the app's client (ADR 057); a filter on an encrypted column must use
 * its hash (`idNumberHash` from lib/db-crypto/raw.ts).
 */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return decryptResult((await client.query<T>(text, params)).rows);
  } finally {
    await client.end();
  }
}

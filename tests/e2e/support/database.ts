import pg from "pg";

/** The database the e2e server uses: `portal_e2e` on the server of DATABASE_URL. */
export function e2eDatabaseUrl(): string {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is required (run through npm test or scripts/with-db.ts)");
  const url = new URL(base);
  url.pathname = "/portal_e2e";
  return url.toString();
}

/** One statement against the e2e database, for fixtures that stand in for another role. */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

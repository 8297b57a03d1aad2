import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../../scripts/db/migrate";

// One fresh, migrated database per run on the server of DATABASE_URL (started through
// scripts/with-db.ts), dropped afterwards: runs never see each other's rows.

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    throw new Error("DATABASE_URL is not set: run integration tests with `npm run test:integration` (scripts/with-db.ts).");
  }
  const name = `portal_test_${randomBytes(6).toString("hex")}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const testUrl = url.toString();
  await migrate(testUrl);
  process.env.DATABASE_URL = testUrl; // inherited by workers started after this
  // Where each test file claims its block of generated ID numbers (support/factories.ts).
  const blocks = mkdtempSync(path.join(tmpdir(), "portal-test-ids-"));
  process.env.PORTAL_TEST_ID_BLOCKS = blocks;
  project.provide("databaseUrl", testUrl);
  return async () => {
    rmSync(blocks, { recursive: true, force: true });
    await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

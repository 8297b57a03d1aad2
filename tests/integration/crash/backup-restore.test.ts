import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient, type Db } from "@/lib/db-client";
import { seedCatalog } from "@/prisma/seed/catalog";
import { seedDemo } from "@/prisma/seed/demo";
import { migrate } from "@/scripts/db/migrate";
import { createScratchDatabase, type Scratch } from "../db/scratch";
import { libpqEnv, pgTools } from "./pg-tools";

// docs/operations.md "Backup and restore", as a test: the demo data (applications in every state,
// their uploaded files, payments, the audit log) is dumped with pg_dump, restored with
// pg_restore into a fresh database, and found there whole: the files are rows, so one dump
// holds everything.

let source: Scratch;
let target: Scratch;
let client: Db;
let dir: string;

/** One digest per table of everything the portal keeps, files' bytes included. */
async function contents(url: string): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const digest = async (sql: string) => String(Object.values((await c.query<Record<string, unknown>>(sql)).rows[0] ?? {})[0]);
    return {
      applications: await digest(
        `SELECT md5(string_agg(concat_ws('|', id, status, version, "ticketNumber", "candidateId", "planId"), ',' ORDER BY id)) FROM "Application"`,
      ),
      count: await digest(`SELECT count(*) FROM "Application"`),
      files: await digest(`SELECT md5(string_agg(concat_ws('|', id, md5(data), mime, size), ',' ORDER BY id)) FROM "StoredFile"`),
      attachments: await digest(
        `SELECT md5(string_agg(concat_ws('|', "applicationId", kind, "fileId"), ',' ORDER BY "applicationId", kind)) FROM "Attachment"`,
      ),
      payments: await digest(
        `SELECT md5(coalesce(string_agg(concat_ws('|', id, status, "receiptFileId"), ',' ORDER BY id), '')) FROM "Payment"`,
      ),
      users: await digest(
        `SELECT md5(string_agg(concat_ws('|', id, login, "passwordHash", "sessionVersion"), ',' ORDER BY id)) FROM "User"`,
      ),
      audit: await digest(
        `SELECT md5(coalesce(string_agg(concat_ws('|', id, action, after::text), ',' ORDER BY id), '')) FROM "AuditLog"`,
      ),
      events: await digest(`SELECT count(*) FROM "ApplicationEvent"`),
    };
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  source = await createScratchDatabase();
  target = await createScratchDatabase();
  await migrate(source.url);
  client = createDbClient(source.url);
  await seedCatalog(client);
  await seedDemo(client);
  await client.auditLog.create({
    data: { action: "backup.test", entity: "AuditLog", after: { note: "must survive a restore" } },
  });
  dir = mkdtempSync(path.join(tmpdir(), "portal-backup-"));
});
afterAll(async () => {
  await client?.$disconnect();
  await source?.drop();
  await target?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore (docs/operations.md)", () => {
  it("pg_dump of the database, pg_restore into a fresh one: every application, file, payment, user and audit row is there", async () => {
    const serverMajor = Number(
      (await source.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0]!.v.slice(0, -4),
    );
    const tools = pgTools(serverMajor);
    const dump = path.join(dir, "portal.dump");
    // What operations.md prescribes: custom format (compressed, restorable table by table), no owners.
    execFileSync(tools.pgDump, ["--format=custom", "--no-owner", "--no-privileges", `--file=${dump}`], {
      env: libpqEnv(source.url),
      stdio: "pipe",
    });
    expect(statSync(dump).size).toBeGreaterThan(100_000); // the demo's scans are in it
    execFileSync(
      tools.pgRestore,
      ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${new URL(target.url).pathname.slice(1)}`, dump],
      {
        env: libpqEnv(target.url),
        stdio: "pipe",
      },
    );

    const [before, after] = [await contents(source.url), await contents(target.url)];
    expect(Number(before.count)).toBeGreaterThan(5);
    expect(after).toEqual(before);
    // The restored database is a migrated one: nothing pending, and the audit log is still append-only.
    expect((await migrate(target.url)).applied).toEqual([]);
    await expect(target.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(target.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
  });
});

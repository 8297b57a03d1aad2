import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Rules of the init migration that Prisma does not model. Everything runs in one transaction
// that is rolled back, so the shared test database keeps no rows.

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("BEGIN");
});
afterAll(async () => {
  await client.query("ROLLBACK");
  await client.end();
});

/** Runs `sql` inside a savepoint so an expected error does not abort the transaction. */
async function attempt(sql: string, values: unknown[] = []): Promise<pg.DatabaseError | undefined> {
  await client.query("SAVEPOINT attempt");
  try {
    await client.query(sql, values);
    await client.query("RELEASE SAVEPOINT attempt");
    return undefined;
  } catch (error) {
    await client.query("ROLLBACK TO SAVEPOINT attempt");
    if (error instanceof pg.DatabaseError) return error;
    throw error;
  }
}

describe("AuditLog is append-only", () => {
  it("allows INSERT and refuses UPDATE, DELETE and TRUNCATE", async () => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "AuditLog" (action, entity) VALUES ('test.append_only', 'Test') RETURNING id`,
    );
    const id = rows[0]?.id;
    for (const sql of [`UPDATE "AuditLog" SET action = 'changed' WHERE id = $1`, `DELETE FROM "AuditLog" WHERE id = $1`]) {
      expect((await attempt(sql, [id]))?.message).toMatch(/append-only/);
    }
    expect((await attempt(`TRUNCATE "AuditLog"`))?.message).toMatch(/append-only/);
    const after = await client.query(`SELECT action FROM "AuditLog" WHERE id = $1`, [id]);
    expect(after.rows).toEqual([{ action: "test.append_only" }]);
  });
});

describe("Application.score", () => {
  it("accepts 0..100 and refuses anything else", async () => {
    const seq = 900_000 + Math.floor(Math.random() * 90_000);
    const { rows } = await client.query<{ id: string }>(
      `WITH p AS (INSERT INTO "Project" (id, seq, name, "nameEn") VALUES (gen_random_uuid(), $1, $2, 'x') RETURNING id),
            b AS (INSERT INTO "Batch" (id, year, seq, "registrationStart", "registrationEnd", "reviewStart", "reviewEnd",
                    "paymentStart", "paymentEnd", "ticketStart", "ticketEnd", "examDate")
                  VALUES (gen_random_uuid(), 1900, $1, '1900-01-01', '1900-01-01', '1900-01-01', '1900-01-01',
                    '1900-01-01', '1900-01-01', '1900-01-01', '1900-01-01', '1900-01-01') RETURNING id),
            pl AS (INSERT INTO "Plan" (id, "batchId", "projectId") SELECT gen_random_uuid(), b.id, p.id FROM b, p RETURNING id),
            c AS (INSERT INTO "Candidate" (id, "idNumber", name) VALUES (gen_random_uuid(), $2, 'x') RETURNING id)
       INSERT INTO "Application" (id, "planId", "candidateId", channel, "updatedAt")
       SELECT gen_random_uuid(), pl.id, c.id, 'INDIVIDUAL', now() FROM pl, c RETURNING id`,
      [seq, `integrity-test-${seq}`],
    );
    const id = rows[0]?.id;
    const setScore = (score: number): Promise<pg.DatabaseError | undefined> =>
      attempt(`UPDATE "Application" SET score = $2 WHERE id = $1`, [id, score]);
    expect(await setScore(0)).toBeUndefined();
    expect(await setScore(100)).toBeUndefined();
    expect((await setScore(101))?.constraint).toBe("Application_score_range");
    expect((await setScore(-1))?.constraint).toBe("Application_score_range");
  });
});

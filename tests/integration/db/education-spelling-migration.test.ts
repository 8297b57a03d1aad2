import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrate } from "../../../scripts/db/migrate";
import { MIGRATIONS_DIR, readMigrations } from "../../../scripts/db/migrations-dir";
import { createScratchDatabase } from "./scratch";

// ADR 136: Condition.rule written with the old kebab-case education words is rewritten by the
// education_one_spelling migration to the enum's spelling; everything else in the rule stays.

const MIGRATION = "education_one_spelling";
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** prisma/migrations up to (not including) this migration. */
async function migrationsBefore(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "portal-migrations-"));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  await fs.cp(MIGRATIONS_DIR, dir, { recursive: true });
  const all = await readMigrations();
  const index = all.findIndex((m) => m.name.endsWith(`_${MIGRATION}`));
  expect(index).toBeGreaterThan(0);
  for (const later of all.slice(index)) await fs.rm(path.join(dir, later.name), { recursive: true });
  return dir;
}

describe(`migration ${MIGRATION}`, () => {
  it("rewrites minEducation and the majors' levels of a rule written the old way, and only them", async () => {
    const db = await createScratchDatabase();
    cleanups.push(db.drop);
    await migrate(db.url, { migrationsDir: await migrationsBefore() });

    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO "Project" (id, seq, name, "nameEn") VALUES (gen_random_uuid(), 99, '测试项目', 'Test') RETURNING id`,
    );
    const projectId = rows[0]!.id;
    const oldRules = {
      "T-C1": { kind: "education", minEducation: "upper-secondary", graduatingThisYearCounts: true },
      "T-C2": {
        kind: "major",
        minEducation: "junior-college",
        majors: [
          { level: "junior-college", name: "医药卫生类", code: null },
          { level: "bachelor", name: "心理学类", code: null },
          { level: "postgraduate", name: "心理学类", code: "0402" },
        ],
      },
      "T-C3": { kind: "skill", areas: ["bachelor"] },
      "T-C4": { kind: "education", minEducation: "JUNIOR_HIGH_OR_BELOW", graduatingThisYearCounts: false },
    };
    for (const [i, [code, rule]] of Object.entries(oldRules).entries())
      await db.query(
        `INSERT INTO "Condition" (id, "projectId", code, seq, text, "textEn", rule) VALUES (gen_random_uuid(), $1, $2, $3, 't', 't', $4)`,
        [projectId, code, i + 1, JSON.stringify(rule)],
      );

    const { applied } = await migrate(db.url);
    // This migration runs first; the ones after it (if any) change no rule.
    expect(applied[0]).toMatch(new RegExp(`_${MIGRATION}$`));

    const read = async () =>
      Object.fromEntries(
        (await db.query<{ code: string; rule: unknown }>(`SELECT code, rule FROM "Condition" ORDER BY code`)).rows.map((r) => [
          r.code,
          r.rule,
        ]),
      );
    const expected = {
      "T-C1": { kind: "education", minEducation: "UPPER_SECONDARY", graduatingThisYearCounts: true },
      "T-C2": {
        kind: "major",
        minEducation: "JUNIOR_COLLEGE",
        majors: [
          { level: "JUNIOR_COLLEGE", name: "医药卫生类", code: null },
          { level: "BACHELOR", name: "心理学类", code: null },
          { level: "POSTGRADUATE", name: "心理学类", code: "0402" },
        ],
      },
      "T-C3": { kind: "skill", areas: ["bachelor"] },
      "T-C4": { kind: "education", minEducation: "JUNIOR_HIGH_OR_BELOW", graduatingThisYearCounts: false },
    };
    expect(await read()).toEqual(expected);

    // Idempotent: the same SQL run again changes nothing.
    const dir = (await readMigrations()).find((m) => m.name.endsWith(`_${MIGRATION}`))!.name;
    await db.query(await fs.readFile(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8"));
    expect(await read()).toEqual(expected);
  });
});

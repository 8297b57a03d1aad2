import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rosterTemplate } from "@/lib/server/institution/roster/roster-downloads";
import { previewRoster } from "@/lib/server/institution/roster/preview-roster";
import { submitRoster } from "@/lib/server/institution/roster/submit-roster";
import { ensureCatalog } from "../support/seed";
import { batchId, createInstitutionActor, uniqueIdNumber } from "../support/factories";
import { fillTemplate, goodRow } from "./support/roster";

const TODAY = "2025-05-08";
const AT = new Date("2025-05-08T02:00:00Z");
const MARKER = "触发重复";

// A row the database refuses halfway through the insert: just before row 150 is written, the
// trigger writes an application for the same person and plan, so row 150 breaks the unique
// index Application(planId, candidateId) (四(二)3), exactly as a concurrent applicant would.
const INSTALL = [
  `CREATE OR REPLACE FUNCTION test_roster_conflict() RETURNS trigger AS $$
   BEGIN
     IF NEW.school = '${MARKER}' THEN
       INSERT INTO "Application" (id, "planId", "candidateId", channel, status, "updatedAt")
       VALUES (gen_random_uuid(), NEW."planId", NEW."candidateId", 'INDIVIDUAL', 'DRAFT', now());
     END IF;
     RETURN NEW;
   END $$ LANGUAGE plpgsql`,
  `CREATE TRIGGER test_roster_conflict BEFORE INSERT ON "Application" FOR EACH ROW EXECUTE FUNCTION test_roster_conflict()`,
];
const REMOVE = [`DROP TRIGGER IF EXISTS test_roster_conflict ON "Application"`, `DROP FUNCTION IF EXISTS test_roster_conflict()`];

beforeAll(ensureCatalog);
afterAll(async () => {
  for (const sql of REMOVE) await db.$executeRawUnsafe(sql);
});

describe("四(一)2 roster submit is all or nothing", () => {
  it("a unique-index violation on row 150 of 200 leaves no candidate, no application, no event behind", async () => {
    const actor = await createInstitutionActor("四川省大数据产业联合会");
    const template = (await rosterTemplate(actor)).bytes;
    const ids = Array.from({ length: 200 }, () => uniqueIdNumber());
    const rows = ids.map((id, i) => goodRow(id, "测试考生", i === 149 ? { school: MARKER } : {}));
    const preview = await previewRoster(
      actor,
      { batchId: await batchId(5), bytes: await fillTemplate(template, rows), fileName: "200.xlsx" },
      TODAY,
    );
    expect(preview.valid).toBe(200);

    for (const sql of INSTALL) await db.$executeRawUnsafe(sql);
    try {
      await expect(submitRoster(actor, { uploadId: preview.uploadId, pledge: true }, TODAY, AT)).rejects.toMatchObject({
        code: "CONFLICT",
        message: "institution.errors.roster.changedMeanwhile",
      });
    } finally {
      for (const sql of REMOVE) await db.$executeRawUnsafe(sql);
    }
    expect(await db.candidate.count({ where: { idNumber: { in: ids } } })).toBe(0);
    expect(await db.application.count({ where: { candidate: { idNumber: { in: ids } } } })).toBe(0);
    expect(await db.applicationEvent.count({ where: { application: { candidate: { idNumber: { in: ids } } } } })).toBe(0);
    expect(await db.rosterUpload.findUniqueOrThrow({ where: { id: preview.uploadId } })).toMatchObject({
      submittedAt: null,
      storedCount: null,
    });

    // The same upload goes through once the conflict is gone: 200 of 200.
    await expect(submitRoster(actor, { uploadId: preview.uploadId, pledge: true }, TODAY, AT)).resolves.toEqual({
      uploadId: preview.uploadId,
      stored: 200,
      skipped: 0,
    });
    expect(await db.application.count({ where: { candidate: { idNumber: { in: ids } } } })).toBe(200);
  });
});

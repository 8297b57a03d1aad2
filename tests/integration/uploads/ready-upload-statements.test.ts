import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { attachFile } from "@/lib/server/applications/attach-file";
import { readOwnAttachment } from "@/lib/server/applications/read-own-attachment";
import { startApplication } from "@/lib/server/applications/start-application";
import { giveUploadConsent } from "@/lib/server/privacy/upload-consent";
import { makeJpeg, sizeKb } from "@/tests/support/files";
import { batchId, createCandidate } from "../support/factories";
import { ensureCatalog } from "../support/seed";

// Batch 5 of 2025 (三): registration 5/6–5/13. ADR 121: a ready upload is one read and one write.
const OPEN = "2025-05-09";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function draft() {
  const person = await createCandidate();
  const { applicationId } = await startApplication(person.actor, { batchId: await batchId(5), projectSeq: 2 }, OPEN);
  await giveUploadConsent(person.actor);
  return { person, applicationId };
}

/** The statements `run` sends, through Prisma (its query log) or on the client's pool directly. */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  let on = true;
  const see = (query: string) => on && seen.push(query.trim().replace(/\s+/g, " "));
  db.$onQuery((event) => see(event.query));
  const pool = db.$pool();
  const query = pool.query.bind(pool);
  pool.query = ((text: unknown, ...rest: unknown[]) => {
    if (typeof text === "string") see(text);
    return (query as (...args: unknown[]) => unknown)(text, ...rest);
  }) as typeof pool.query;
  try {
    await run();
  } finally {
    on = false;
    pool.query = query;
  }
  return seen;
}

beforeAll(ensureCatalog);

describe("ADR 121: storing a ready upload", () => {
  it("sends one read and one write of its own, in no interactive transaction, first upload and replacement alike", async () => {
    const { person, applicationId } = await draft();
    const first = await makeJpeg({ targetBytes: sizeKb(250), exact: true });
    const second = await makeJpeg({ targetBytes: sizeKb(240), exact: true });
    const fileIds: string[] = [];
    for (const bytes of [first, second]) {
      const statements = await statementsOf(() =>
        attachFile(person.actor, applicationId, "PHOTO", { bytes, name: "p.jpg" }, { autoFit: true }, OPEN),
      );
      // The working-day calendar's reads are shared by every caller of the moment (ADR 053).
      const own = statements.filter((q) => !/"HolidayOverride"|"HolidayYear"/.test(q));
      expect(own).toHaveLength(2);
      expect(own[0]).toMatch(/^SELECT .* FROM unnest\(/);
      expect(own[1]).toMatch(/^WITH app AS \( UPDATE "Application"/);
      expect(statements.some((q) => /^(BEGIN|COMMIT)/.test(q))).toBe(false);
      const { fileId } = await db.attachment.findUniqueOrThrow({
        where: { applicationId_kind: { applicationId, kind: "PHOTO" } },
        select: { fileId: true },
      });
      fileIds.push(fileId);
    }
    const own = await readOwnAttachment(person.actor, applicationId, "PHOTO");
    expect(Buffer.from(own.bytes).equals(Buffer.from(second))).toBe(true);
    // The replaced file went in the same statement: no photo left behind.
    expect(await db.storedFile.count({ where: { id: { in: fileIds } } })).toBe(1);
    // Encrypted at rest like every file the store writes (ADR 057).
    const [raw] = await db.$queryRawUnsafe<{ head: string }[]>(
      `SELECT encode(substring(f.data from 1 for 4), 'escape') AS head FROM "StoredFile" f
       JOIN "Attachment" t ON t."fileId" = f.id WHERE t."applicationId" = $1::uuid`,
      applicationId,
    );
    expect(raw?.head).toBe("PEB1");
  });

  it("uploads of one file arriving together: each is stored in turn, one file remains, none is orphaned", async () => {
    const { person, applicationId } = await draft();
    const files = await Promise.all([200, 210, 220, 230].map((kb) => makeJpeg({ targetBytes: sizeKb(kb), exact: true })));
    // Other files of the run store the same generated images: count only this test's rows.
    const since = new Date();
    const before = (await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { version: true } })).version;
    // Read together (one shared statement, the same version), so all but one write find the
    // application changed and take the locked transaction.
    const outcomes = await Promise.all(
      files.map((bytes) => attachFile(person.actor, applicationId, "PHOTO", { bytes, name: "p.jpg" }, { autoFit: true }, OPEN)),
    );
    expect(outcomes.map((o) => o.status)).toEqual(files.map(() => "stored"));
    expect(await db.attachment.count({ where: { applicationId } })).toBe(1);
    const mine = { sha256: { in: files.map(sha256) }, createdAt: { gte: since } };
    expect(await db.storedFile.count({ where: mine })).toBe(1);
    expect(await db.storedFile.count({ where: { ...mine, attachments: { none: {} } } })).toBe(0);
    const after = (await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { version: true } })).version;
    expect(after - before).toBe(files.length);
  });

  it("another kind's upload meanwhile does not stop the second", async () => {
    const { person, applicationId } = await draft();
    const photo = await makeJpeg({ targetBytes: sizeKb(250), exact: true });
    const scan = await makeJpeg({ targetBytes: sizeKb(300), width: 1600, height: 1000, exact: true });
    const [a, b] = await Promise.all([
      attachFile(person.actor, applicationId, "PHOTO", { bytes: photo, name: "p.jpg" }, { autoFit: true }, OPEN),
      attachFile(person.actor, applicationId, "ID_FRONT", { bytes: scan, name: "id.jpg" }, { autoFit: true }, OPEN),
    ]);
    expect([a.status, b.status]).toEqual(["stored", "stored"]);
    expect(await db.attachment.count({ where: { applicationId } })).toBe(2);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays } from "@/lib/domain/iso-date";
import { yearsBefore } from "@/lib/domain/retention";
import { applyRetention } from "@/lib/server/jobs/retention";
import { createCandidate, createInstitutionActor } from "../support/factories";
import { freshBatch, submittedApplication } from "../staff/review/factories";
import { NOTHING, attachmentFiles, fileCount, sweepEarlierRows } from "./retention-support";

// Issue 11 retention (ADR 061), what goes first: unsubmitted roster uploads, drafts, photos and
// scans, rate-limit rows. Years 1925–1932 (retention-support.ts says why each file has its own).

beforeAll(sweepEarlierRows);

describe("issue 11 retention schedule, enforced by the window jobs", () => {
  it("an unsubmitted roster upload and its file go after the registration window; a submitted one stays", async () => {
    const { id: batchId, def } = await freshBatch({ year: 1931 });
    const org = await createInstitutionActor();
    const upload = async (submitted: boolean) => {
      const file = await db.storedFile.create({
        data: { sha256: "0".repeat(64), mime: "text/csv", size: 3, originalName: "r.csv", data: new Uint8Array([1, 2, 3]) },
        select: { id: true },
      });
      const row = await db.rosterUpload.create({
        data: {
          institutionId: org.institutionId!,
          batchId,
          fileId: file.id,
          uploadedById: org.id,
          originalName: "r.csv",
          rowCount: 1,
          validCount: 1,
          submittedAt: submitted ? new Date("1931-05-08T02:00:00Z") : null,
        },
        select: { id: true },
      });
      return { id: row.id, fileId: file.id };
    };
    const [open, done] = [await upload(false), await upload(true)];
    expect(await applyRetention(def.registration.end, new Date("1931-01-01T00:00:00Z"))).toEqual(NOTHING);
    const at = new Date("1931-06-01T00:00:00Z");
    expect(await applyRetention(addDays(def.registration.end, 1), at)).toEqual({ ...NOTHING, rosterUploads: 1 });
    expect(await db.rosterUpload.findUnique({ where: { id: open.id } })).toBeNull();
    expect(await fileCount([open.fileId])).toBe(0);
    expect(await db.rosterUpload.count({ where: { id: done.id } })).toBe(1);
    expect(await fileCount([done.fileId])).toBe(1);
    expect(await applyRetention(addDays(def.registration.end, 1), at)).toEqual(NOTHING);
  });

  it("drafts never submitted go with their files after the exam day; a person known only from them goes too", async () => {
    const { id: batchId, def } = await freshBatch({ year: 1932 });
    const draft = await submittedApplication({ batchId, status: "DRAFT" });
    const submitted = await submittedApplication({ batchId, status: "SUBMITTED" });
    // A person with an account keeps it (closing it is the person's choice).
    const withAccount = await createCandidate({ name: "有账号" });
    const ownDraft = await submittedApplication({ batchId, status: "DRAFT", projectSeq: 2 });
    await db.application.update({ where: { id: ownDraft.id }, data: { candidateId: withAccount.candidateId } });
    await db.candidate.update({ where: { id: draft.candidateId }, data: { userId: null } });
    const draftFiles = await attachmentFiles(draft.id);
    const keptFiles = await attachmentFiles(submitted.id);
    const at = new Date("1932-01-01T00:00:00Z");

    expect(await applyRetention(def.examDate, at)).toEqual(NOTHING);
    expect(await applyRetention(addDays(def.examDate, 1), at)).toEqual({ ...NOTHING, drafts: 2 });
    expect(await db.application.count({ where: { id: { in: [draft.id, ownDraft.id] } } })).toBe(0);
    expect(await fileCount(draftFiles)).toBe(0);
    expect(await db.candidate.count({ where: { id: draft.candidateId } })).toBe(0);
    expect(await db.candidate.count({ where: { id: withAccount.candidateId } })).toBe(1);
    expect(await db.application.count({ where: { id: submitted.id } })).toBe(1);
    expect(await fileCount(keptFiles)).toBe(keptFiles.length);
    expect(await applyRetention(addDays(def.examDate, 1), at)).toEqual(NOTHING);
  });

  it("photos and scans go two years after the exam day; the application, result and certificate stay", async () => {
    const { id: batchId, def } = await freshBatch({ year: 1925 });
    const done = await submittedApplication({ batchId, status: "PAYMENT_CONFIRMED" });
    await db.application.update({
      where: { id: done.id },
      data: { score: 88, certificateNumber: `T1925${done.id.slice(0, 8)}` },
    });
    const files = await attachmentFiles(done.id);
    const at = new Date("1925-01-01T00:00:00Z");
    const lastDayKept = addDays(def.examDate, 0).replace(/^1925/, "1927");
    expect(yearsBefore(lastDayKept, 2)).toBe(def.examDate);

    expect(await applyRetention(lastDayKept, at)).toEqual(NOTHING);
    expect(await applyRetention(addDays(lastDayKept, 1), at)).toEqual({ ...NOTHING, attachments: files.length });
    expect(await fileCount(files)).toBe(0);
    expect(await db.application.findUniqueOrThrow({ where: { id: done.id }, select: { score: true, status: true } })).toEqual({
      score: 88,
      status: "PAYMENT_CONFIRMED",
    });
    expect(await applyRetention(addDays(lastDayKept, 1), at)).toEqual(NOTHING);
  });

  it("rate-limit rows go once their window has reset, not before", async () => {
    const key = `retention-test:${crypto.randomUUID()}`;
    await db.rateLimit.createMany({
      data: [
        { key: `${key}:old`, count: 5, resetAt: new Date("1930-03-01T00:00:00Z") },
        { key: `${key}:live`, count: 5, resetAt: new Date("1930-03-01T00:15:00Z") },
      ],
    });
    const at = new Date("1930-03-01T00:10:00Z");
    // The day is one before any batch of this file (the counters go by the instant `at`).
    expect(await applyRetention("1905-03-01", at)).toEqual({ ...NOTHING, rateLimits: 1 });
    expect(
      (await db.rateLimit.findMany({ where: { key: { startsWith: key } }, select: { key: true } })).map((r) => r.key),
    ).toEqual([`${key}:live`]);
    expect(await applyRetention("1905-03-01", at)).toEqual(NOTHING);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays } from "@/lib/domain/iso-date";
import { ANONYMISED_NAME, yearsBefore } from "@/lib/domain/retention";
import { applyRetention } from "@/lib/server/jobs/retention";
import { createCandidate, createInstitutionActor } from "../support/factories";
import { ensureCatalog } from "../support/seed";
import { freshBatch, submittedApplication } from "../staff/review/factories";

// Issue 11 retention (ADR 061): each rule deletes exactly what the schedule says and nothing
// else, and a second run changes nothing. Every test works in a year of its own, after the sweep below of
// whatever earlier files left (the jobs tests use 1951–2014), since the jobs look at the whole database; the later tests of
// this file use earlier years (1911–1916), so an earlier test's run never reaches them and
// theirs never reach the earlier tests' rows.

const NOTHING = {
  rosterUploads: 0,
  drafts: 0,
  rateLimits: 0,
  attachments: 0,
  submittedRosters: 0,
  correctionEvidence: 0,
  applicationDetails: 0,
  anonymisedPeople: 0,
  peopleWithoutRecords: 0,
};
const fileCount = (ids: string[]) => db.storedFile.count({ where: { id: { in: ids } } });
const attachmentFiles = async (applicationId: string) =>
  (await db.attachment.findMany({ where: { applicationId }, select: { fileId: true } })).map((a) => a.fileId);

beforeAll(async () => {
  await ensureCatalog();
  // Rows other files left in early years are swept first (files run one after another): db/integrity.test.ts
  // writes a 1900 draft, and the window-rules tests put their batches in random years 1901–1950
  // (window-rules/support.ts). A sweep as of 1960 finishes all of them, so every count below is this file's rows only.
  await applyRetention("1960-01-01", new Date("1960-01-01T00:00:00Z"));
});

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

  it("three years after the exam day every application loses its own details; project, status, result and certificate stay", async () => {
    const { id: batchId, def } = await freshBatch({ year: 1915 });
    const { id: laterBatch } = await freshBatch({ year: 1916 });
    const holder = await submittedApplication({ batchId, status: "PAYMENT_CONFIRMED", withFiles: false });
    const certificateNumber = `T1915${holder.id.slice(0, 8)}`;
    await db.application.update({
      where: { id: holder.id },
      data: { score: 91, certificateNumber, certificateCollectionNote: "由机构代领：张小花" },
    });
    const rejected = await submittedApplication({ batchId, status: "REJECTED", withFiles: false, projectSeq: 2 });
    await db.application.update({
      where: { id: rejected.id },
      data: {
        rejectReason: "学历证书与身份证姓名不一致",
        returnReasons: { school: "请填写毕业院校全称" },
        returnedSnapshot: { employer: "成都某某科技有限公司" },
        employer: "成都某某科技有限公司",
      },
    });
    const later = await submittedApplication({ batchId: laterBatch, status: "REJECTED", withFiles: false });
    const details = {
      school: true,
      major: true,
      occupation: true,
      employer: true,
      address: true,
      returnReasons: true,
      returnedSnapshot: true,
      rejectReason: true,
      certificateCollectionNote: true,
      events: { select: { note: true } },
    } as const;
    const kept = {
      status: true,
      score: true,
      certificateNumber: true,
      education: true,
      planId: true,
      candidate: { select: { name: true, idNumber: true, anonymisedAt: true } },
    } as const;
    const read = (id: string) => db.application.findUniqueOrThrow({ where: { id }, select: { ...details, ...kept } });
    const [holderBefore, laterBefore] = [await read(holder.id), await read(later.id)];
    const lastDayKept = def.examDate.replace(/^1915/, "1918");
    const at = new Date("1915-01-01T00:00:00Z");

    expect(await applyRetention(lastDayKept, at)).toEqual(NOTHING);
    expect(await applyRetention(addDays(lastDayKept, 1), at)).toEqual({ ...NOTHING, applicationDetails: 2 });
    const cleared = {
      school: null,
      major: null,
      occupation: null,
      employer: null,
      address: null,
      returnReasons: null,
      returnedSnapshot: null,
      rejectReason: null,
      certificateCollectionNote: null,
      events: [{ note: null }],
    };
    // The certificate record (verification, the register) is whole: name, ID number, project, result, number.
    expect(await read(holder.id)).toEqual({
      ...cleared,
      status: "PAYMENT_CONFIRMED",
      score: 91,
      certificateNumber,
      education: "BACHELOR",
      planId: holderBefore.planId,
      candidate: holderBefore.candidate,
    });
    expect(holderBefore.candidate.idNumber).toBe(holder.idNumber);
    expect(await read(rejected.id)).toMatchObject({ ...cleared, status: "REJECTED" });
    // The next year's batch is not due yet: untouched.
    expect(await read(later.id)).toEqual(laterBefore);
    expect(laterBefore.school).toBe("四川大学");
    expect(await applyRetention(addDays(lastDayKept, 1), at)).toEqual(NOTHING);
  });

  it("a person without certificate or account is anonymised once every application of theirs is past its period, nobody else", async () => {
    const { id: oldBatch, def: oldDef } = await freshBatch({ year: 1911 });
    const { id: newBatch, def: newDef } = await freshBatch({ year: 1913 });
    const withoutAccount = async (batchId: string, status: "REJECTED" | "FORFEITED" | "PAYMENT_CONFIRMED", projectSeq = 1) => {
      const app = await submittedApplication({ batchId, status, withFiles: false, projectSeq });
      await db.candidate.update({ where: { id: app.candidateId }, data: { userId: null, mobile: "13800009111" } });
      return app;
    };
    // Only failed or rejected applications, all old: anonymised. Their correction request and its evidence go too.
    const stranger = await withoutAccount(oldBatch, "REJECTED");
    const evidence = await db.storedFile.create({
      data: { sha256: "1".repeat(64), mime: "image/jpeg", size: 3, originalName: "id.jpg", data: new Uint8Array([4, 5, 6]) },
      select: { id: true },
    });
    await db.correctionRequest.create({
      data: {
        candidateId: stranger.candidateId,
        userId: crypto.randomUUID(),
        field: "NAME",
        requestedValue: "张新名",
        reason: "改名",
        evidenceFileId: evidence.id,
        status: "REJECTED",
      },
    });
    // One old application and one newer: kept until the newer one is past its period too.
    const twice = await withoutAccount(oldBatch, "FORFEITED");
    // (Made with an account, so the row it leaves behind, without applications, is not a closed one.)
    const second = await submittedApplication({ batchId: newBatch, status: "REJECTED", withFiles: false });
    await db.application.update({ where: { id: second.id }, data: { candidateId: twice.candidateId } });
    // A certificate holder, a person whose certificate was revoked (ADR 047), an account holder: kept.
    const holder = await withoutAccount(oldBatch, "PAYMENT_CONFIRMED");
    await db.application.update({
      where: { id: holder.id },
      data: { score: 80, certificateNumber: `T1911${holder.id.slice(0, 8)}` },
    });
    const revoked = await withoutAccount(oldBatch, "PAYMENT_CONFIRMED", 2);
    await db.application.update({ where: { id: revoked.id }, data: { score: 50 } });
    await db.scoreCorrection.create({
      data: {
        applicationId: revoked.id,
        beforeScore: 80,
        beforeAbsent: false,
        afterScore: 50,
        afterAbsent: false,
        reason: "复核",
        revokedCertificateNumber: `R1911${revoked.id.slice(0, 8)}`,
        correctedById: crypto.randomUUID(),
      },
    });
    const account = await submittedApplication({ batchId: oldBatch, status: "REJECTED", withFiles: false, projectSeq: 3 });

    const person = (id: string) =>
      db.candidate.findUniqueOrThrow({
        where: { id },
        select: { name: true, idNumber: true, mobile: true, userId: true, anonymisedAt: true, idNumberHash: true },
      });
    const untouched = [twice, holder, revoked, account];
    const before = await Promise.all(untouched.map((a) => person(a.candidateId)));
    const strangerBefore = await person(stranger.candidateId);
    const oldPast = addDays(oldDef.examDate.replace(/^1911/, "1914"), 1);
    const at = new Date("1911-01-01T00:00:00Z");

    expect(await applyRetention(addDays(oldPast, -1), at)).toEqual(NOTHING);
    // Five 1911 applications lose their details; one person is anonymised.
    expect(await applyRetention(oldPast, at)).toEqual({ ...NOTHING, applicationDetails: 5, anonymisedPeople: 1 });
    const { idNumberHash, ...anonymised } = await person(stranger.candidateId);
    expect(anonymised).toEqual({
      name: ANONYMISED_NAME,
      idNumber: `anonymised:${stranger.candidateId}`,
      mobile: null,
      userId: null,
      anonymisedAt: at,
    });
    expect(strangerBefore.idNumberHash).toMatch(/\S/);
    expect(idNumberHash).not.toBe(strangerBefore.idNumberHash);
    // Nobody can find the person by their ID number any more; the application stays, as a number.
    expect(await db.candidate.count({ where: { idNumber: stranger.idNumber } })).toBe(0);
    expect(await db.application.findUniqueOrThrow({ where: { id: stranger.id }, select: { status: true } })).toEqual({
      status: "REJECTED",
    });
    expect(await db.correctionRequest.count({ where: { candidateId: stranger.candidateId } })).toBe(0);
    expect(await fileCount([evidence.id])).toBe(0);
    expect(await Promise.all(untouched.map((a) => person(a.candidateId)))).toEqual(before);

    const newPast = addDays(newDef.examDate.replace(/^1913/, "1916"), 1);
    expect(await applyRetention(addDays(newPast, -1), at)).toEqual(NOTHING);
    expect(await applyRetention(newPast, at)).toEqual({ ...NOTHING, applicationDetails: 1, anonymisedPeople: 1 });
    expect(await person(twice.candidateId)).toMatchObject({ name: ANONYMISED_NAME, mobile: null, anonymisedAt: at });
    expect(await Promise.all([holder, revoked, account].map((a) => person(a.candidateId)))).toEqual(before.slice(1));
    expect(await applyRetention(newPast, at)).toEqual(NOTHING);
  });

  it("a submitted roster file goes with the scans, two years after its batch's exam day", async () => {
    const { id: batchId, def } = await freshBatch({ year: 1909 });
    const { id: laterBatch } = await freshBatch({ year: 1910 });
    const org = await createInstitutionActor();
    const upload = async (batch: string) => {
      const file = await db.storedFile.create({
        data: { sha256: "2".repeat(64), mime: "text/csv", size: 3, originalName: "r.csv", data: new Uint8Array([7, 8, 9]) },
        select: { id: true },
      });
      const row = await db.rosterUpload.create({
        data: {
          institutionId: org.institutionId!,
          batchId: batch,
          fileId: file.id,
          uploadedById: org.id,
          originalName: "r.csv",
          rowCount: 2,
          validCount: 2,
          submittedAt: new Date("1909-03-01T02:00:00Z"),
          storedCount: 2,
        },
        select: { id: true },
      });
      return { id: row.id, fileId: file.id };
    };
    const [old, later] = [await upload(batchId), await upload(laterBatch)];
    const lastDayKept = def.examDate.replace(/^1909/, "1911");
    const at = new Date("1909-01-01T00:00:00Z");

    expect(await applyRetention(lastDayKept, at)).toEqual(NOTHING);
    expect(await applyRetention(addDays(lastDayKept, 1), at)).toEqual({ ...NOTHING, submittedRosters: 1 });
    expect(await db.rosterUpload.count({ where: { id: old.id } })).toBe(0);
    expect(await fileCount([old.fileId])).toBe(0);
    expect(await db.rosterUpload.count({ where: { id: later.id } })).toBe(1);
    expect(await fileCount([later.fileId])).toBe(1);
    expect(await applyRetention(addDays(lastDayKept, 1), at)).toEqual(NOTHING);
  });

  it("a decided correction request loses its ID card scan two years after the decision; pending ones keep theirs", async () => {
    const person = await createCandidate({ name: "更正证据" });
    const request = async (status: "APPROVED" | "REJECTED" | "PENDING", decidedAt: string | null) => {
      const file = await db.storedFile.create({
        data: { sha256: "3".repeat(64), mime: "image/jpeg", size: 3, originalName: "id.jpg", data: new Uint8Array([1, 1, 1]) },
        select: { id: true },
      });
      const row = await db.correctionRequest.create({
        data: {
          candidateId: person.candidateId,
          userId: person.actor.id,
          field: "NAME",
          requestedValue: "更正后",
          reason: "登记错误",
          evidenceFileId: file.id,
          status,
          decidedAt: decidedAt ? new Date(decidedAt) : null,
          createdAt: new Date("1907-01-05T00:00:00Z"),
        },
        select: { id: true },
      });
      return { id: row.id, fileId: file.id };
    };
    const old = await request("APPROVED", "1907-02-01T00:00:00Z");
    const recent = await request("REJECTED", "1907-02-03T00:00:00Z");
    const pending = await request("PENDING", null);
    const evidence = async (id: string) =>
      (await db.correctionRequest.findUniqueOrThrow({ where: { id }, select: { evidenceFileId: true } })).evidenceFileId;
    const at = new Date("1907-01-01T00:00:00Z");

    expect(await applyRetention("1909-02-01", at)).toEqual(NOTHING);
    expect(await applyRetention("1909-02-02", at)).toEqual({ ...NOTHING, correctionEvidence: 1 });
    expect(await evidence(old.id)).toBeNull();
    expect(await fileCount([old.fileId])).toBe(0);
    expect(await db.correctionRequest.findUniqueOrThrow({ where: { id: old.id }, select: { status: true } })).toEqual({
      status: "APPROVED",
    });
    expect(await evidence(recent.id)).toBe(recent.fileId);
    expect(await evidence(pending.id)).toBe(pending.fileId);
    expect(await fileCount([recent.fileId, pending.fileId])).toBe(2);
    expect(await applyRetention("1909-02-02", at)).toEqual(NOTHING);
  });

  it("a person with neither account nor application (closed without applying) goes with their correction requests; nobody else", async () => {
    const closed = await createCandidate({ name: "已注销无报名" });
    const evidence = await db.storedFile.create({
      data: { sha256: "4".repeat(64), mime: "image/jpeg", size: 3, originalName: "id.jpg", data: new Uint8Array([2, 2, 2]) },
      select: { id: true },
    });
    await db.correctionRequest.create({
      data: {
        candidateId: closed.candidateId,
        userId: closed.actor.id,
        field: "NAME",
        requestedValue: "新名字",
        reason: "改名",
        evidenceFileId: evidence.id,
        status: "REJECTED",
      },
    });
    // An account without applications (a new sign-up), and a person without account who applied: kept.
    const signedUp = await createCandidate({ name: "刚注册" });
    const { id: batchId } = await freshBatch({ year: 1908 });
    const applied = await submittedApplication({ batchId, status: "REJECTED", withFiles: false });
    await db.candidate.update({ where: { id: applied.candidateId }, data: { userId: null } });
    const at = new Date("1906-01-01T00:00:00Z");

    expect(await applyRetention("1906-01-01", at)).toEqual(NOTHING);
    await db.candidate.update({ where: { id: closed.candidateId }, data: { userId: null } });
    expect(await applyRetention("1906-01-01", at)).toEqual({ ...NOTHING, peopleWithoutRecords: 1 });
    expect(await db.candidate.count({ where: { id: closed.candidateId } })).toBe(0);
    expect(await db.candidate.count({ where: { idNumber: closed.idNumber } })).toBe(0);
    expect(await db.correctionRequest.count({ where: { candidateId: closed.candidateId } })).toBe(0);
    expect(await fileCount([evidence.id])).toBe(0);
    expect(await db.candidate.count({ where: { id: { in: [signedUp.candidateId, applied.candidateId] } } })).toBe(2);
    expect(await applyRetention("1906-01-01", at)).toEqual(NOTHING);
  });
});

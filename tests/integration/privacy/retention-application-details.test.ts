import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays } from "@/lib/domain/iso-date";
import { ANONYMISED_NAME } from "@/lib/domain/retention";
import { applyRetention } from "@/lib/server/jobs/retention";
import { freshBatch, submittedApplication } from "../staff/review/factories";
import { NOTHING, fileCount, sweepEarlierRows } from "./retention-support";

// Issue 11 retention (ADR 061): three years after the exam day an application loses its own
// details, and a person with nothing else left is anonymised. Years 1911–1916, in descending
// order, so that an earlier test's run never reaches a later test's rows.

beforeAll(sweepEarlierRows);

describe("issue 11 retention schedule, enforced by the window jobs", () => {
  it("three years after the exam day every application loses its own details; project, status, result and certificate stay", async () => {
    const { id: batchId, def } = await freshBatch({ year: 1915 });
    const { id: laterBatch } = await freshBatch({ year: 1916 });
    const holder = await submittedApplication({ batchId, status: "PAYMENT_CONFIRMED", withFiles: false });
    const certificateNumber = `T1915${holder.id.slice(0, 8)}`;
    await db.application.update({
      where: { id: holder.id },
      data: {
        score: 91,
        certificateNumber,
        certificateCollectionNote: "由机构代领：张小花",
        certificateCollectionNoteKey: "timelineNotes.certificateInstitution",
        certificateCollectionNoteParams: { collector: "张小花" },
      },
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
      certificateCollectionNoteKey: true,
      certificateCollectionNoteParams: true,
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
      certificateCollectionNoteKey: null,
      certificateCollectionNoteParams: null,
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
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays } from "@/lib/domain/iso-date";
import { applyRetention } from "@/lib/server/jobs/retention";
import { createCandidate, createInstitutionActor } from "../support/factories";
import { freshBatch, submittedApplication } from "../staff/review/factories";
import { NOTHING, fileCount, sweepEarlierRows } from "./retention-support";

// Issue 11 retention (ADR 061): submitted roster files, correction requests' ID card scans, and
// people with neither account nor application. Years 1906–1910, in descending order, so that an
// earlier test's run never reaches a later test's rows.

beforeAll(sweepEarlierRows);

describe("issue 11 retention schedule, enforced by the window jobs", () => {
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

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reviewQueueQuerySchema } from "@/lib/schemas/staff-review-schema";
import { bulkApprove } from "@/lib/server/review/bulk-approve";
import { getReviewApplication } from "@/lib/server/review/get-review-application";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { returnApplication } from "@/lib/server/review/return-application";
import type { Actor } from "@/lib/server/auth/session";
import { createCandidate, createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { applicationState, freshBatch, submittedApplication } from "./factories";

const TODAY = "2025-05-14";
const AT = new Date("2025-05-14T02:00:00Z");
let reviewer: Actor;

beforeAll(async () => {
  await ensureCatalog();
  reviewer = await createStaff(["REVIEWER"]);
});

const query = (input: Record<string, string>) => reviewQueueQuerySchema.parse(input);

describe("四(一)3 the review queue", () => {
  it("sorts by the 10-working-day due date, overdue first, and counts working days left", async () => {
    const { id: batch } = await freshBatch();
    const later = await submittedApplication({ batchId: batch, reviewDueDate: "2025-05-28" });
    const overdue = await submittedApplication({ batchId: batch, reviewDueDate: "2025-05-12" });
    const today = await submittedApplication({ batchId: batch, reviewDueDate: "2025-05-14" });
    const queue = await listReviewQueue(reviewer, query({ batch }), TODAY);
    expect(queue.rows.map((r) => r.id)).toEqual([overdue.id, today.id, later.id]);
    // 05-12 (Mon) → 05-14 (Wed): two working days overdue; 05-28 is ten working days ahead.
    expect(queue.rows.map((r) => r.workingDaysLeft)).toEqual([-2, 0, 10]);
    expect(queue.total).toBe(3);
    expect(queue.rows[0]?.maskedIdNumber).toMatch(/^5101\*+\d{3}[\dX]$|\*/);
    expect(queue.rows[0]?.maskedIdNumber).not.toBe(overdue.idNumber);
  });

  it("filters by project, channel, institution, status and due date", async () => {
    const { id: batch } = await freshBatch();
    const institution = await db.institution.findFirstOrThrow({ orderBy: { seq: "asc" }, select: { id: true } });
    const a = await submittedApplication({ batchId: batch, projectSeq: 1, reviewDueDate: "2025-05-20" });
    const b = await submittedApplication({
      batchId: batch,
      projectSeq: 2,
      channel: "INSTITUTION",
      institutionId: institution.id,
      reviewDueDate: "2025-05-27",
    });
    const c = await submittedApplication({ batchId: batch, projectSeq: 2, status: "RETURNED" });
    const ids = async (q: Record<string, string>) =>
      (await listReviewQueue(reviewer, query({ batch, ...q }), TODAY)).rows.map((r) => r.id);
    expect(await ids({ project: "2" })).toEqual([b.id]);
    expect(await ids({ channel: "INDIVIDUAL" })).toEqual([a.id]);
    expect(await ids({ institution: institution.id })).toEqual([b.id]);
    expect(await ids({ status: "RETURNED" })).toEqual([c.id]);
    expect(await ids({ dueBy: "2025-05-21" })).toEqual([a.id]);
  });

  it("flags clean rows (eligible, nothing to judge) and bulk-approves only those", async () => {
    const { id: batch } = await freshBatch();
    const clean = await submittedApplication({ batchId: batch });
    // Project 19 condition 2 rests on the occupation: staff must judge the evidence.
    const evidence = await submittedApplication({ batchId: batch, projectSeq: 19, conditionSeq: 2 });
    const tooLow = await submittedApplication({ batchId: batch, education: "JUNIOR_HIGH_OR_BELOW" });
    const queue = await listReviewQueue(reviewer, query({ batch }), TODAY);
    const flag = (id: string) => queue.rows.find((r) => r.id === id);
    expect(flag(clean.id)).toMatchObject({ eligibility: "eligible", clean: true });
    expect(flag(evidence.id)).toMatchObject({ eligibility: "needs-evidence", clean: false });
    expect(flag(tooLow.id)).toMatchObject({ eligibility: "ineligible", clean: false });

    const items = [clean, evidence, tooLow].map((a) => ({ id: a.id, version: a.version }));
    // Issue 16 item 10: without the confirmation step nothing is approved.
    await expect(bulkApprove(reviewer, items, TODAY, AT, { confirm: false })).rejects.toMatchObject({
      code: "INVALID",
      message: "staffWork.errors.confirmFirst",
    });
    expect((await applicationState(clean.id)).status).toBe("SUBMITTED");
    const result = await bulkApprove(reviewer, items, TODAY, AT, { confirm: true });
    expect(result.approved).toBe(1);
    expect(result.skipped).toEqual([
      { id: evidence.id, reason: { key: "staffReview.errors.notClean" } },
      { id: tooLow.id, reason: { key: "staffReview.errors.notClean" } },
    ]);
    expect((await applicationState(clean.id)).status).toBe("APPROVED");
    expect((await applicationState(evidence.id)).status).toBe("SUBMITTED");
    // Twice: the approved one is now a conflict, nothing else changes.
    const again = await bulkApprove(reviewer, [{ id: clean.id, version: clean.version }], TODAY, AT, { confirm: true });
    expect(again.approved).toBe(0);
    expect(again.skipped).toHaveLength(1);
    expect(again.skipped[0]).toMatchObject({ id: clean.id, reason: { key: "staffReview.errors.alreadyDecided" } });
  });

  it("is for reviewers only", async () => {
    const { actor } = await createCandidate();
    await expect(listReviewQueue(actor, query({}), TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listReviewQueue(await createStaff(["FINANCE"]), query({}), TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(bulkApprove(await createStaff(["ADMIN"]), [], TODAY, AT, { confirm: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("四 the review screen", () => {
  it("shows the data, the files, the eligibility verdict with the evidence needed", async () => {
    const { id: batch } = await freshBatch();
    const app = await submittedApplication({ batchId: batch, projectSeq: 19, conditionSeq: 2 });
    const dto = await getReviewApplication(reviewer, app.id, TODAY);
    expect(dto.candidate.idNumber).toBe(app.idNumber);
    expect(dto.attachments.map((a) => a.kind)).toContain("PHOTO");
    expect(dto.eligibility?.result).toBe("needs-evidence");
    expect(dto.eligibility?.evidence).toBeTruthy();
    expect(dto.canDecide).toBe(true);
    expect(dto.changedSinceReturn).toEqual([]);
    await expect(getReviewApplication(await createStaff(["FINANCE"]), app.id, TODAY)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("after a return and a resubmission, says which fields and files changed", async () => {
    const { id: batch } = await freshBatch();
    const app = await submittedApplication({ batchId: batch });
    await returnApplication(reviewer, app.id, app.version, { PHOTO: "请换白底照片", school: "学校名称有误" }, TODAY, AT);
    // The candidate fixes the school and the photo and resubmits (lead's use case, simulated here).
    const photo = await db.storedFile.create({
      data: { sha256: "1".repeat(64), mime: "image/png", size: 3, originalName: "new.png", data: new Uint8Array([1, 2, 3]) },
      select: { id: true },
    });
    await db.attachment.update({
      where: { applicationId_kind: { applicationId: app.id, kind: "PHOTO" } },
      data: { fileId: photo.id },
    });
    await db.application.update({
      where: { id: app.id },
      data: { school: "四川大学锦城学院", status: "SUBMITTED", version: { increment: 1 } },
    });
    const dto = await getReviewApplication(reviewer, app.id, TODAY);
    expect(dto.changedSinceReturn).toEqual(["school", "PHOTO"]);
    expect(dto.lastReturnReasons).toEqual({ PHOTO: "请换白底照片", school: "学校名称有误" });
    expect(dto.timeline.map((e) => e.toStatus)).toEqual(["SUBMITTED", "RETURNED"]);
    expect(dto.timeline[1]?.actor).toBe("测试员");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { approveApplication } from "@/lib/server/review/approve-application";
import { AlreadyDecidedError } from "@/lib/server/review/decide-application";
import { rejectApplication } from "@/lib/server/review/reject-application";
import { returnApplication } from "@/lib/server/review/return-application";
import type { Actor } from "@/lib/server/auth/session";
import { createCandidate, createInstitutionActor, createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { applicationState, auditRows, freshBatch, notificationsFor, submittedApplication } from "./factories";

const TODAY = "2025-05-14"; // batch 5's review window: 2025-05-13 – 05-23 (三)
const AT = new Date("2025-05-14T02:00:00Z");

let reviewer: Actor;
let batchId: string;

beforeAll(async () => {
  await ensureCatalog();
  reviewer = await createStaff(["REVIEWER"]);
  await db.user.update({ where: { id: reviewer.id }, data: { displayName: "审核员 李娜" } });
  batchId = (await freshBatch()).id;
});

async function expectUnchanged(id: string, version: number) {
  const state = await applicationState(id);
  expect(state.status).toBe("SUBMITTED");
  expect(state.version).toBe(version);
  expect(state.events).toHaveLength(1);
  expect(await auditRows(id)).toEqual([]);
  expect(await notificationsFor(id)).toEqual([]);
}

describe("四 审核: who may decide", () => {
  it("refuses candidates, institutions and staff without the reviewer role, and changes nothing", async () => {
    const app = await submittedApplication({ batchId });
    const others: Actor[] = [
      (await createCandidate()).actor,
      await createInstitutionActor(),
      await createStaff(["FINANCE"]),
      await createStaff(["EXAM_OFFICER", "ADMIN"]),
    ];
    for (const actor of others) {
      await expect(approveApplication(actor, app.id, app.version, TODAY, AT)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(returnApplication(actor, app.id, app.version, { school: "x" }, TODAY, AT)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(rejectApplication(actor, app.id, app.version, "x", TODAY, AT)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expectUnchanged(app.id, app.version);
  });

  it("answers NOT_FOUND for an unknown id, a malformed one and a draft", async () => {
    const draft = await submittedApplication({ batchId, status: "DRAFT" });
    for (const id of [crypto.randomUUID(), "not-a-uuid", draft.id]) {
      await expect(approveApplication(reviewer, id, 1, TODAY, AT)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("四 审核: the three decisions", () => {
  it("approves: APPROVED, a timeline event, one audit row, a notification naming the payment window", async () => {
    const app = await submittedApplication({ batchId, name: "张伟" });
    const result = await approveApplication(reviewer, app.id, app.version, TODAY, AT);
    expect(result).toEqual({ id: app.id, status: "APPROVED", version: app.version + 1 });
    const state = await applicationState(app.id);
    expect(state.status).toBe("APPROVED");
    expect(state.decidedAt).toEqual(AT);
    expect(state.events.at(-1)).toMatchObject({ toStatus: "APPROVED", actorId: reviewer.id });
    expect(await auditRows(app.id)).toEqual([
      {
        action: "review.approve",
        actorId: reviewer.id,
        before: { status: "SUBMITTED", version: app.version },
        after: { status: "APPROVED" },
      },
    ]);
    const [notice] = await notificationsFor(app.id);
    expect(notice?.title).toBe("资格审核通过");
    expect(notice?.body).toContain("张伟");
    expect(notice?.body).toContain("2025-05-26至2025-05-28");
  });

  it("returns with a reason per field and file, keeping what the data was", async () => {
    const app = await submittedApplication({ batchId });
    const reasons = { PHOTO: "照片背景不是白色", school: "学校名称与证书不一致" };
    await returnApplication(reviewer, app.id, app.version, reasons, TODAY, AT);
    const state = await applicationState(app.id);
    expect(state.status).toBe("RETURNED");
    expect(state.returnReasons).toEqual(reasons);
    const snapshot = state.returnedSnapshot as { fields: Record<string, string | null>; files: Record<string, string> };
    expect(snapshot.fields.school).toBe("四川大学");
    expect(Object.keys(snapshot.files).sort()).toEqual([
      "APPLICATION_FORM",
      "EDUCATION_PROOF",
      "ID_BACK",
      "ID_FRONT",
      "PHOTO",
      "PLEDGE",
    ]);
    expect(state.events.at(-1)?.note).toContain("考生照片：照片背景不是白色");
    const [notice] = await notificationsFor(app.id);
    expect(notice?.title).toBe("报名被退回修改");
    expect(notice?.body).toContain("2025-05-23");
    expect(notice?.body).toContain("学校：学校名称与证书不一致");
    expect((await auditRows(app.id))[0]).toMatchObject({ action: "review.return", after: { status: "RETURNED", reasons } });
  });

  it("rejects with a reason (final)", async () => {
    const app = await submittedApplication({ batchId });
    await rejectApplication(reviewer, app.id, app.version, "学历不符合要求", TODAY, AT);
    const state = await applicationState(app.id);
    expect(state.status).toBe("REJECTED");
    expect(state.rejectReason).toBe("学历不符合要求");
    expect((await notificationsFor(app.id))[0]?.body).toContain("学历不符合要求");
    await expect(approveApplication(reviewer, app.id, app.version + 1, TODAY, AT)).rejects.toBeInstanceOf(AlreadyDecidedError);
  });

  it("notifies the institution for an application it registered", async () => {
    const institution = await db.institution.findFirstOrThrow({ select: { id: true } });
    const app = await submittedApplication({ batchId, channel: "INSTITUTION", institutionId: institution.id });
    await approveApplication(reviewer, app.id, app.version, TODAY, AT);
    expect(await notificationsFor(app.id)).toMatchObject([{ institutionId: institution.id, userId: null }]);
  });

  it("allows decisions until the review grace (one working day after the window, ADR 064), not after", async () => {
    const app = await submittedApplication({ batchId });
    // Batch 5: review ends Fri 05-23; the grace is Mon 05-26 (the payment window's first day).
    await expect(approveApplication(reviewer, app.id, app.version, "2025-05-27", AT)).rejects.toMatchObject({
      code: "WINDOW_CLOSED",
      message: "windowRules.refused.reviewClosed",
    });
    await expectUnchanged(app.id, app.version);
    await expect(approveApplication(reviewer, app.id, app.version, "2025-05-26", AT)).resolves.toMatchObject({
      status: "APPROVED",
    });
  });
});

describe("四 审核: two reviewers at once", () => {
  it("the version the reviewer saw must be current: a stale one is refused with who and when", async () => {
    const app = await submittedApplication({ batchId });
    await approveApplication(reviewer, app.id, app.version, TODAY, AT);
    const error = await returnApplication(reviewer, app.id, app.version, { general: "x" }, TODAY, AT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AlreadyDecidedError);
    expect(error).toMatchObject({ code: "CONFLICT", by: "审核员 李娜", status: "APPROVED" });
    expect((error as AlreadyDecidedError).at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // The failure the form shows carries the same, as parameters (ADR 130).
    expect((error as AlreadyDecidedError).failure).toMatchObject({
      key: "staffReview.errors.alreadyDecided",
      params: { by: "审核员 李娜", status: "APPROVED" },
    });
  });

  it("names who moved it into its current state, even when another event has the same or a later instant", async () => {
    // On the demo's pinned clock the submission and the decision share an instant; the answer must
    // not depend on which row the index returns first.
    const app = await submittedApplication({ batchId });
    await approveApplication(reviewer, app.id, app.version, TODAY, AT);
    const approval = await db.applicationEvent.findFirstOrThrow({ where: { applicationId: app.id, toStatus: "APPROVED" } });
    await db.applicationEvent.updateMany({
      where: { applicationId: app.id, toStatus: "SUBMITTED" },
      data: { at: new Date(approval.at.getTime() + 1000) },
    });
    const error = await returnApplication(reviewer, app.id, app.version, { general: "x" }, TODAY, AT).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT", by: "审核员 李娜", status: "APPROVED" });
  });

  it("of two decisions sent at the same moment, exactly one counts", async () => {
    const second = await createStaff(["REVIEWER"]);
    for (let round = 0; round < 5; round++) {
      const app = await submittedApplication({ batchId });
      const results = await Promise.allSettled([
        approveApplication(reviewer, app.id, app.version, TODAY, AT),
        rejectApplication(second, app.id, app.version, "不符合", TODAY, AT),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]?.reason).toBeInstanceOf(AlreadyDecidedError);
      const state = await applicationState(app.id);
      expect(state.version).toBe(app.version + 1);
      expect(state.events).toHaveLength(2);
      expect(await auditRows(app.id)).toHaveLength(1);
      expect(await notificationsFor(app.id)).toHaveLength(1);
    }
  });

  it("canary: without the version check the same race lets both writes through", async () => {
    // Proves the test above can see the race: two read-then-write transactions, no guard.
    const app = await submittedApplication({ batchId });
    const naive = () =>
      db.$transaction(async (tx) => {
        const row = await tx.application.findUniqueOrThrow({ where: { id: app.id }, select: { status: true } });
        await tx.$executeRaw`SELECT pg_sleep(0.1)`;
        if (row.status !== "SUBMITTED") return 0;
        return (await tx.application.updateMany({ where: { id: app.id }, data: { version: { increment: 1 } } })).count;
      });
    const counts = await Promise.all([naive(), naive()]);
    expect(counts).toEqual([1, 1]);
  });

  it("errors are AppErrors the action can show", async () => {
    const app = await submittedApplication({ batchId });
    await approveApplication(reviewer, app.id, app.version, TODAY, AT);
    await expect(approveApplication(reviewer, app.id, app.version, TODAY, AT)).rejects.toBeInstanceOf(AppError);
  });
});

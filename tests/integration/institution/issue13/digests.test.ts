import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { autoAssignSeats } from "@/lib/server/exam/assign-seats";
import { forfeitUnpaidApplications } from "@/lib/server/jobs/forfeit-unpaid";
import { movePlan } from "@/lib/server/plans/move-plan";
import { bulkApprove } from "@/lib/server/review/bulk-approve";
import { createStaff } from "../../support/factories";
import { ensureCatalog } from "../../support/seed";
import { createApplications, createBatch, createPlan, createSite, officer } from "../../staff/exam/factories";
import { freshBatch, submittedApplication } from "../../staff/review/factories";
import { ownInstitution } from "./support";

/**
 * Issue 13 item 9: one event touching several of an institution's candidates (a forfeit run,
 * seats given, a bulk approval, a plan merged into a later batch) sends that institution ONE
 * message naming them, not one per candidate; a candidate who applied in person still gets theirs.
 */
beforeAll(ensureCatalog);

const NAMES = ["汇总甲", "汇总乙", "汇总丙"];

async function institutionInbox(institutionId: string, title: string) {
  return db.notification.findMany({ where: { institutionId, title }, select: { body: true } });
}

function expectOneNaming(messages: { body: string }[], names: readonly string[]) {
  expect(messages).toHaveLength(1);
  for (const name of names) expect(messages[0]!.body).toContain(name);
  expect(messages[0]!.body).not.toContain("您");
}

describe("one digest per event and institution (issue 13 item 9)", () => {
  it("the forfeit job: one message naming the institution's 3 candidates, the person who applied alone gets theirs, once", async () => {
    const actor = await ownInstitution("逾期汇总", [3]);
    const batch = await createBatch("2033-03-19", { published: true });
    const planId = await createPlan(batch, 3);
    const names = NAMES.map((n) => `${n}逾`);
    await createApplications(planId, 3, { status: "APPROVED", institutionId: actor.institutionId!, names, photo: false });
    const [alone] = await createApplications(planId, 1, { status: "APPROVED", photo: false });
    const { paymentEnd } = await db.batch.findUniqueOrThrow({ where: { id: batch.id }, select: { paymentEnd: true } });
    const after = toIsoDate(new Date(paymentEnd.getTime() + 86_400_000));
    await forfeitUnpaidApplications(after);
    await forfeitUnpaidApplications(after);
    expectOneNaming(await institutionInbox(actor.institutionId!, "逾期未缴费，视为放弃报考"), names);
    const own = await db.notification.findMany({ where: { applicationId: alone!.id }, select: { title: true, userId: true } });
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ title: "逾期未缴费，视为放弃报考" });
    expect(own[0]!.userId).not.toBeNull();
  });

  it("seats given: one message with the 3 candidates' seats, the person who applied alone gets theirs", async () => {
    const actor = await ownInstitution("座位汇总", [5]);
    const batch = await createBatch("2033-04-16");
    const planId = await createPlan(batch, 5, "HELD");
    const names = NAMES.map((n) => `${n}座`);
    const apps = [
      ...(await createApplications(planId, 3, { institutionId: actor.institutionId!, names, photo: false })),
      ...(await createApplications(planId, 1, { photo: false })),
    ];
    for (const [i, a] of apps.entries())
      await db.application.update({ where: { id: a.id }, data: { ticketNumber: `330405${String(i + 1).padStart(4, "0")}0` } });
    const site = await createSite([{ name: "汇总考场", capacity: 10 }]);
    expect(await autoAssignSeats(await officer(), planId, { siteId: site.siteId, reset: false })).toEqual({ assigned: 4 });
    const digest = await institutionInbox(actor.institutionId!, "考场座位已安排");
    expectOneNaming(digest, names);
    expect(digest[0]!.body).toContain("座位号 3");
    expect(await db.notification.count({ where: { applicationId: apps[3]!.id, title: "考场座位已安排" } })).toBe(1);
  });

  it("a bulk approval: one message naming the 3 approved candidates, the person who applied alone gets theirs", async () => {
    const actor = await ownInstitution("审核汇总", [1]);
    const { id: batchId } = await freshBatch();
    const names = NAMES.map((n) => `${n}审`);
    const mine = [];
    for (const name of names) {
      const app = await submittedApplication({ batchId, name });
      await db.application.update({
        where: { id: app.id },
        data: { channel: "INSTITUTION", institutionId: actor.institutionId },
      });
      mine.push(app);
    }
    const alone = await submittedApplication({ batchId, name: "汇总自报" });
    const result = await bulkApprove(
      await createStaff(["REVIEWER"]),
      [...mine, alone].map((a) => ({ id: a.id, version: a.version })),
      "2025-05-14",
      new Date("2025-05-14T02:00:00Z"),
      { confirm: true },
    );
    expect(result).toEqual({ approved: 4, skipped: [] });
    expectOneNaming(await institutionInbox(actor.institutionId!, "资格审核通过"), names);
    expect(await db.notification.count({ where: { applicationId: alone.id, title: "资格审核通过" } })).toBe(1);
  });

  it("a plan merged into a later batch: one message naming the 3 candidates, the person who applied alone gets theirs", async () => {
    const actor = await ownInstitution("合并汇总", [7]);
    const source = await createBatch("2033-05-14");
    const target = await createBatch("2033-06-11", { published: true });
    const planId = await createPlan(source, 7);
    await createPlan(target, 7, "HELD");
    const names = NAMES.map((n) => `${n}并`);
    await createApplications(planId, 3, { institutionId: actor.institutionId!, names, photo: false });
    const [alone] = await createApplications(planId, 1, { photo: false });
    await movePlan(await officer(), planId, { targetBatchId: target.id, reason: "报名人数不足，合并至下一批次" });
    expectOneNaming(await institutionInbox(actor.institutionId!, "考核计划合并"), names);
    const aloneApps = await db.application.findMany({ where: { candidateId: alone!.candidateId }, select: { id: true } });
    const own = await db.notification.findMany({
      where: { userId: { not: null }, title: "考核计划合并", applicationId: { in: aloneApps.map((a) => a.id) } },
      select: { body: true },
    });
    expect(own).toHaveLength(1);
    expect(own[0]!.body).toContain("您的报名已转入");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelPlan } from "@/lib/server/plans/cancel-plan";
import { getPlan } from "@/lib/server/plans/get-plan";
import { holdPlan } from "@/lib/server/plans/hold-plan";
import { listPlans } from "@/lib/server/plans/list-plans";
import { movePlan } from "@/lib/server/plans/move-plan";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { createApplications, createBatch, createPlan, institutionId, officer, reviewer, snapshot } from "./factories";
import { givePlanSession } from "@/tests/integration/support/exam-session";

beforeAll(ensureCatalog);

describe("四 考核计划: counts against the minimum of 10", () => {
  it("[考务] counts submitted, approved and paid per batch × project", async () => {
    const batch = await createBatch("2031-03-15");
    const plan = await createPlan(batch, 2);
    await createApplications(plan, 1, { status: "DRAFT", photo: false });
    await createApplications(plan, 2, { status: "SUBMITTED", photo: false });
    await createApplications(plan, 1, { status: "APPROVED", photo: false });
    await createApplications(plan, 3, { status: "PAYMENT_CONFIRMED", photo: false });
    await createApplications(plan, 1, { status: "REJECTED", photo: false });
    const rows = await listPlans(await officer(), 2031);
    const row = rows.find((r) => r.id === plan)!;
    expect(row.counts).toEqual({ submitted: 6, approved: 4, paid: 3, ticketed: 0 });
    expect(row.meetsMinimum).toBe(false);
  });

  it("[审核员] cannot list or decide plans: FORBIDDEN, nothing changed", async () => {
    const batch = await createBatch("2031-03-22");
    const plan = await createPlan(batch);
    const before = await snapshot(plan);
    const actor = await reviewer();
    await expect(listPlans(actor, 2031)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(holdPlan(actor, plan, { reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(cancelPlan(actor, plan, { reason: "人数不足" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(movePlan(actor, plan, { targetBatchId: batch.id, reason: "人数不足" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const candidate = (await createApplications(plan, 1))[0]!;
    await expect(holdPlan(candidate.actor, plan, { reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await snapshot(plan)).plan).toEqual(before.plan);
  });
});

describe("四 举办: hold a plan", () => {
  it("[考务] holding under 10 paid needs a reason; with one, tickets go to the confirmed (六)", async () => {
    const batch = await createBatch("2031-04-12");
    const plan = await createPlan(batch, 3);
    const paid = await createApplications(plan, 3);
    await createApplications(plan, 1, { status: "APPROVED" });
    const actor = await officer();
    await givePlanSession(plan);
    const before = await snapshot(plan);
    await expect(holdPlan(actor, plan, { reason: "" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { reason: [{ key: "staffExam.errors.reasonUnderMinimum" }] },
    });
    expect(await snapshot(plan)).toEqual(before);

    expect(await holdPlan(actor, plan, { reason: "行业急需，经中心同意" })).toEqual({ paid: 3, ticketsIssued: 3 });
    const detail = await getPlan(actor, plan);
    expect(detail.status).toBe("HELD");
    const tickets = detail.candidates.filter((c) => c.ticketNumber).map((c) => c.ticketNumber!.slice(6, 10));
    expect(tickets.sort()).toEqual(["0001", "0002", "0003"]);
    const audit = await db.auditLog.findFirst({
      where: { action: "plan.hold", entityId: plan },
      select: { actorId: true, after: true },
    });
    expect(audit).toMatchObject({ actorId: actor.id, after: { status: "HELD", paid: 3, ticketsIssued: 3 } });
    const note = await db.notification.findFirst({ where: { applicationId: paid[0]!.id }, select: { title: true, body: true } });
    expect(note?.title).toBe("准考证号已生成");
    await expect(holdPlan(actor, plan, { reason: "again" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("[考务] 10 or more paid: held without a reason", async () => {
    const batch = await createBatch("2031-04-19");
    const plan = await createPlan(batch, 4);
    await createApplications(plan, 10, { photo: false });
    await givePlanSession(plan);
    expect(await holdPlan(await officer(), plan, { reason: "" })).toEqual({ paid: 10, ticketsIssued: 10 });
  });

  it("[考务] issue 12 (5): no plan-wide session, no hold and no ticket numbers: the officer is told to set the time (七)", async () => {
    const batch = await createBatch("2031-04-26");
    const plan = await createPlan(batch, 5);
    await createApplications(plan, 10, { photo: false });
    const actor = await officer();
    const before = await snapshot(plan);
    await expect(holdPlan(actor, plan, { reason: "" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "examDay.errors.noSession",
    });
    expect(await snapshot(plan)).toEqual(before);
    await givePlanSession(plan, { start: "14:00", end: "16:00" });
    expect(await holdPlan(actor, plan, { reason: "" })).toEqual({ paid: 10, ticketsIssued: 10 });
  });
});

describe("四 取消: cancel a plan with fewer than 10", () => {
  it("[考务] every live application is cancelled, applicants told the reason, audit kept", async () => {
    const batch = await createBatch("2031-05-10");
    const plan = await createPlan(batch, 5);
    const inst = await institutionId();
    const apps = [
      ...(await createApplications(plan, 2, { status: "PAYMENT_CONFIRMED" })),
      ...(await createApplications(plan, 1, { status: "SUBMITTED", institutionId: inst })),
    ];
    const rejected = (await createApplications(plan, 1, { status: "REJECTED" }))[0]!;
    const actor = await officer();
    await expect(cancelPlan(actor, plan, { reason: " " })).rejects.toMatchObject({ code: "INVALID" });
    expect(await cancelPlan(actor, plan, { reason: "报名人数不足10人" })).toEqual({
      cancelled: 3,
      refunds: 0,
      waitingReceipts: 0,
    });

    const rows = await db.application.findMany({ where: { planId: plan }, select: { id: true, status: true } });
    expect(rows.filter((r) => r.status === "CANCELLED")).toHaveLength(3);
    expect(rows.find((r) => r.id === rejected.id)?.status).toBe("REJECTED");
    const notes = await db.notification.findMany({
      where: { applicationId: { in: apps.map((a) => a.id) }, title: "考核计划取消" },
      select: { body: true, institutionId: true, userId: true },
    });
    expect(notes).toHaveLength(3);
    for (const n of notes) expect(n.body).toContain("报名人数不足10人");
    expect(notes.filter((n) => n.institutionId === inst)).toHaveLength(1);
    const events = await db.applicationEvent.count({
      where: { applicationId: { in: apps.map((a) => a.id) }, toStatus: "CANCELLED", actorId: actor.id },
    });
    expect(events).toBe(3);
    expect(await db.auditLog.count({ where: { action: "plan.cancel", entityId: plan } })).toBe(1);
    expect((await db.plan.findUniqueOrThrow({ where: { id: plan } })).statusReason).toBe("报名人数不足10人");
    await expect(cancelPlan(actor, plan, { reason: "再次取消" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("[考务] a plan with results cannot be cancelled", async () => {
    const batch = await createBatch("2031-05-17");
    const plan = await createPlan(batch, 5, "HELD");
    const [app] = await createApplications(plan, 1);
    await db.application.update({ where: { id: app!.id }, data: { score: 70 } });
    await expect(cancelPlan(await officer(), plan, { reason: "人数不足" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "staffExam.errors.planHasResults",
    });
  });
});

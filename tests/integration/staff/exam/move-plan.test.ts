import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { movePlan } from "@/lib/server/plans/move-plan";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { createApplications, createBatch, createPlan, officer, snapshot } from "./factories";

beforeAll(ensureCatalog);

describe("四 合并: move the candidates to a later batch of the same project (ADR 020)", () => {
  it("[考务] applications continue in the target plan with data, attachments and status", async () => {
    const source = await createBatch("2031-06-07");
    const target = await createBatch("2031-07-05", { published: true });
    const plan = await createPlan(source, 6);
    const targetPlan = await createPlan(target, 6, "HELD");
    const confirmed = await createApplications(plan, 2);
    const returned = await createApplications(plan, 1, { status: "RETURNED" });
    await db.application.update({ where: { id: returned[0]!.id }, data: { returnReasons: { photo: "照片模糊" } } });
    const actor = await officer();

    const outcome = await movePlan(actor, plan, { targetBatchId: target.id, reason: "报名人数不足，合并至下一批次" });
    expect(outcome).toEqual({ targetPlanId: targetPlan, moved: 3, alreadyInTarget: 0, replaced: 0, refunds: 0 });
    const old = await db.plan.findUniqueOrThrow({ where: { id: plan }, select: { status: true, movedToPlanId: true } });
    expect(old).toEqual({ status: "CANCELLED", movedToPlanId: targetPlan });
    const copies = await db.application.findMany({
      where: { planId: targetPlan },
      select: {
        candidateId: true,
        status: true,
        school: true,
        ticketNumber: true,
        returnReasons: true,
        attachments: { select: { kind: true } },
        events: { select: { note: true } },
      },
    });
    expect(copies).toHaveLength(3);
    for (const c of confirmed) {
      const copy = copies.find((x) => x.candidateId === c.candidateId)!;
      expect(copy).toMatchObject({ status: "PAYMENT_CONFIRMED", school: "四川大学", attachments: [{ kind: "PHOTO" }] });
      expect(copy.ticketNumber).toMatch(new RegExp(`^${String(target.year % 100)}${String(target.seq).padStart(2, "0")}06`));
      expect(copy.events[0]?.note).toContain("转入");
    }
    expect(copies.find((x) => x.candidateId === returned[0]!.candidateId)).toMatchObject({
      status: "RETURNED",
      returnReasons: { photo: "照片模糊" },
    });
    const notes = await db.notification.findMany({
      where: { title: "考核计划合并" },
      select: { applicationId: true, body: true },
    });
    expect(
      notes.filter((n) => n.body.includes("合并至下一批次") && n.body.includes(`${target.year}年第${target.seq}批`)),
    ).toHaveLength(3);
    expect(await db.auditLog.count({ where: { action: "plan.move", entityId: plan } })).toBe(1);
  });

  it("[考务] refused while receipts wait for finance, or to an earlier batch: nothing changed", async () => {
    const source = await createBatch("2031-08-02");
    const earlier = await createBatch("2031-07-26");
    const later = await createBatch("2031-09-06", { published: true });
    const plan = await createPlan(source, 7);
    await createApplications(plan, 1, { status: "PAYMENT_SUBMITTED", photo: false });
    const before = await snapshot(plan);
    const actor = await officer();
    await expect(movePlan(actor, plan, { targetBatchId: earlier.id, reason: "人数不足" })).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(movePlan(actor, plan, { targetBatchId: later.id, reason: "人数不足" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "staffExam.errors.paymentsPending",
    });
    expect(await snapshot(plan)).toEqual(before);
    expect(await db.application.count({ where: { plan: { batchId: later.id } } })).toBe(0);
  });

  it("[考务] a candidate already registered in the target keeps that one; the old is only cancelled", async () => {
    const source = await createBatch("2031-10-11");
    const target = await createBatch("2031-11-08", { published: true });
    const plan = await createPlan(source, 8);
    const targetPlan = await createPlan(target, 8);
    const [app] = await createApplications(plan, 1, { status: "APPROVED" });
    await db.application.create({
      data: { planId: targetPlan, candidateId: app!.candidateId, channel: "INDIVIDUAL", status: "DRAFT" },
    });
    const outcome = await movePlan(await officer(), plan, { targetBatchId: target.id, reason: "人数不足" });
    expect(outcome).toMatchObject({ moved: 0, alreadyInTarget: 1 });
    expect(await db.application.findUniqueOrThrow({ where: { id: app!.id }, select: { status: true } })).toEqual({
      status: "CANCELLED",
    });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelPlan } from "@/lib/server/plans/cancel-plan";
import { getPlan } from "@/lib/server/plans/get-plan";
import { holdPlan } from "@/lib/server/plans/hold-plan";
import { movePlan } from "@/lib/server/plans/move-plan";
import { previewPlanDecision } from "@/lib/server/plans/preview-plan-decision";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { givePlanSession } from "@/tests/integration/support/exam-session";
import { pendingPayment } from "@/tests/integration/staff/review/factories";
import { createApplications, createBatch, createPlan, institutionId, officer, snapshot } from "./factories";

beforeAll(ensureCatalog);

/** A confirmed receipt of 150.00 for each application (what 确认收费 leaves behind). */
async function paidReceipt(planId: string, applicationIds: string[], submittedById: string, payerName = "李四") {
  const payment = await pendingPayment({
    applicationIds,
    planId,
    submittedById,
    expectedAmountFen: 15_000 * applicationIds.length,
    payerName,
  });
  await db.payment.update({ where: { id: payment.id }, data: { status: "CONFIRMED" } });
  return payment;
}

describe("issue 17 item 3: a merge never loses a paid place (ADR 080)", () => {
  it("[考务] paid in batch 4, unreviewed in batch 5: the preview says so, the paid place continues, the unpaid one is withdrawn", async () => {
    const source = await createBatch("2044-06-04");
    const target = await createBatch("2044-07-02", { published: true });
    const plan = await createPlan(source, 9);
    const targetPlan = await createPlan(target, 9);
    const actor = await officer();
    const inst = await institutionId();
    const [paid] = await createApplications(plan, 1, { status: "PAYMENT_CONFIRMED", institutionId: inst, names: ["蒲合并"] });
    const [plain] = await createApplications(plan, 1, { status: "APPROVED" });
    await paidReceipt(plan, [paid!.id], actor.id);
    const unpaid = await db.application.create({
      data: {
        planId: targetPlan,
        candidateId: paid!.candidateId,
        channel: "INSTITUTION",
        institutionId: inst,
        status: "SUBMITTED",
      },
      select: { id: true },
    });

    const preview = await previewPlanDecision(actor, plan, { kind: "move", targetBatchId: target.id });
    expect(preview.blocked).toBe(false);
    expect(preview.candidates.map((c) => [c.name, c.status, c.targetStatus, c.fate, c.choice])).toEqual([
      ["蒲合并", "PAYMENT_CONFIRMED", "SUBMITTED", "replacedTarget", true],
      [plain!.name, "APPROVED", null, "moved", false],
    ]);
    expect(preview.candidates[0]!.maskedIdNumber).toMatch(/\*{11}/);
    // The preview writes nothing.
    expect(await db.application.findUniqueOrThrow({ where: { id: unpaid.id }, select: { status: true } })).toEqual({
      status: "SUBMITTED",
    });

    const outcome = await movePlan(actor, plan, { targetBatchId: target.id, reason: "人数不足，合并至下一批次" });
    expect(outcome).toMatchObject({ moved: 1, alreadyInTarget: 0, replaced: 1, refunds: 0 });
    const inTarget = await db.application.findUniqueOrThrow({
      where: { id: unpaid.id },
      select: {
        status: true,
        school: true,
        attachments: { select: { kind: true } },
        events: { select: { fromStatus: true, toStatus: true, note: true }, orderBy: { at: "asc" } },
      },
    });
    expect(inTarget).toMatchObject({ status: "PAYMENT_CONFIRMED", school: "四川大学", attachments: [{ kind: "PHOTO" }] });
    // Withdrawn, then the paid place: both on the timeline (sorted: entries of one instant may tie).
    expect(inTarget.events.map((e) => `${e.fromStatus}→${e.toStatus}`).sort()).toEqual([
      "CANCELLED→PAYMENT_CONFIRMED",
      "SUBMITTED→CANCELLED",
    ]);
    expect(await db.application.count({ where: { candidateId: paid!.candidateId, status: "PAYMENT_CONFIRMED" } })).toBe(1);
    expect(await db.refund.count({ where: { applicationId: paid!.id } })).toBe(0);
    // The institution's message names the candidate (issue 17 item 7).
    const note = await db.notification.findFirstOrThrow({
      where: { applicationId: unpaid.id, title: "考核计划合并" },
      select: { body: true, institutionId: true },
    });
    expect(note.institutionId).toBe(inst);
    expect(note.body).toContain("下列 1 名考生");
    expect(note.body).toContain("蒲合并");
    expect(note.body).toContain("已缴费");

    // Item 5: the outcome is on the plan's page after the decision.
    const after = await getPlan(actor, plan);
    expect(after.decision).toMatchObject({
      kind: "move",
      reason: "人数不足，合并至下一批次",
      target: { year: target.year, seq: target.seq },
      counts: { moved: 1, replaced: 1, alreadyInTarget: 0, refunds: 0 },
    });
  });

  it("[考务] the officer may keep the target's application instead: the paid fee becomes a refund due", async () => {
    const source = await createBatch("2044-08-06");
    const target = await createBatch("2044-09-03", { published: true });
    const plan = await createPlan(source, 10);
    const targetPlan = await createPlan(target, 10);
    const actor = await officer();
    const [paid] = await createApplications(plan, 1, { status: "PAYMENT_CONFIRMED" });
    await paidReceipt(plan, [paid!.id], actor.id, "蒲付款");
    const kept = await db.application.create({
      data: { planId: targetPlan, candidateId: paid!.candidateId, channel: "INDIVIDUAL", status: "APPROVED" },
      select: { id: true },
    });
    const preview = await previewPlanDecision(actor, plan, { kind: "move", targetBatchId: target.id, keepTarget: [paid!.id] });
    expect(preview.candidates[0]).toMatchObject({ fate: "keptTarget", refund: true, refundFen: 15_000 });

    const outcome = await movePlan(actor, plan, { targetBatchId: target.id, reason: "人数不足", keepTarget: [paid!.id] });
    expect(outcome).toMatchObject({ moved: 0, alreadyInTarget: 1, replaced: 0, refunds: 1 });
    expect(await db.application.findUniqueOrThrow({ where: { id: kept.id }, select: { status: true } })).toEqual({
      status: "APPROVED",
    });
    expect(
      await db.refund.findFirstOrThrow({
        where: { applicationId: paid!.id },
        select: { status: true, amountFen: true, payerName: true },
      }),
    ).toEqual({
      status: "DUE",
      amountFen: 15_000,
      payerName: "蒲付款",
    });
  });

  it("[考务] a paid candidate whose target application waits for finance blocks the merge: nothing changed", async () => {
    const source = await createBatch("2044-10-08");
    const target = await createBatch("2044-11-05", { published: true });
    const plan = await createPlan(source, 11);
    const targetPlan = await createPlan(target, 11);
    const actor = await officer();
    const [paid] = await createApplications(plan, 1, { status: "PAYMENT_CONFIRMED" });
    await db.application.create({
      data: { planId: targetPlan, candidateId: paid!.candidateId, channel: "INDIVIDUAL", status: "PAYMENT_SUBMITTED" },
    });
    const preview = await previewPlanDecision(actor, plan, { kind: "move", targetBatchId: target.id });
    expect(preview).toMatchObject({ blocked: true, candidates: [{ fate: "waiting" }] });
    const before = await snapshot(plan);
    await expect(movePlan(actor, plan, { targetBatchId: target.id, reason: "人数不足" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "planDecisions.errors.targetReceiptWaiting",
    });
    expect(await snapshot(plan)).toEqual(before);
  });
});

describe("issue 17 item 5: plan decisions give feedback; only published batches are targets", () => {
  it("[考务] a draft batch is neither offered nor accepted as a merge target", async () => {
    const source = await createBatch("2044-03-05");
    const draft = await createBatch("2044-04-02");
    const published = await createBatch("2044-04-30", { published: true });
    const plan = await createPlan(source, 12);
    await createApplications(plan, 1, { status: "APPROVED", photo: false });
    const actor = await officer();
    const targets = (await getPlan(actor, plan)).targets.map((t) => t.batchId);
    expect(targets).toContain(published.id);
    expect(targets).not.toContain(draft.id);
    const before = await snapshot(plan);
    await expect(movePlan(actor, plan, { targetBatchId: draft.id, reason: "人数不足" })).rejects.toMatchObject({
      code: "INVALID",
      message: "planDecisions.errors.targetDraft",
    });
    await expect(previewPlanDecision(actor, plan, { kind: "move", targetBatchId: draft.id })).rejects.toMatchObject({
      message: "planDecisions.errors.targetDraft",
    });
    expect(await snapshot(plan)).toEqual(before);
    expect(await db.plan.count({ where: { batchId: draft.id } })).toBe(0);
  });

  it("[考务] hold and cancel: the plan's page shows what the decision did", async () => {
    const batch = await createBatch("2044-05-07");
    const held = await createPlan(batch, 13);
    await createApplications(held, 2, { photo: false });
    await givePlanSession(held);
    const actor = await officer();
    expect((await getPlan(actor, held)).decision).toBeNull();
    await holdPlan(actor, held, { reason: "行业急需" });
    expect((await getPlan(actor, held)).decision).toMatchObject({ kind: "hold", counts: { paid: 2, ticketsIssued: 2 } });

    const cancelled = await createPlan(batch, 14);
    await createApplications(cancelled, 1, { status: "SUBMITTED", photo: false });
    await cancelPlan(actor, cancelled, { reason: "报名人数不足10人" });
    expect((await getPlan(actor, cancelled)).decision).toMatchObject({
      kind: "cancel",
      reason: "报名人数不足10人",
      counts: { cancelled: 1, refunds: 0 },
    });
  });
});

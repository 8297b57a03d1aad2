import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmPayment } from "@/lib/server/payments/confirm-payment";
import { getPayment, listPendingPayments } from "@/lib/server/payments/list-payments";
import { cancelPlan } from "@/lib/server/plans/cancel-plan";
import { previewPlanDecision } from "@/lib/server/plans/preview-plan-decision";
import { listOwnRefunds, listRefunds } from "@/lib/server/refunds/list-refunds";
import { settleRefund } from "@/lib/server/refunds/settle-refund";
import { closeCancelledReceipt } from "@/lib/server/refunds/close-cancelled-receipt";
import { createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { pendingPayment } from "@/tests/integration/staff/review/factories";
import { createApplications, createBatch, createPlan, institutionId, officer } from "@/tests/integration/staff/exam/factories";

beforeAll(ensureCatalog);

const finance = () => createStaff(["FINANCE"]);

/** A cancelled plan with money in every state: one candidate paid alone, two paid by their institution, one receipt waiting. */
async function cancelledPlanWithMoney(examDate: string, projectSeq: number) {
  const batch = await createBatch(examDate);
  const plan = await createPlan(batch, projectSeq);
  const actor = await officer();
  const inst = await institutionId();
  const [alone] = await createApplications(plan, 1, { names: ["蒲退款"], photo: false });
  const pair = await createApplications(plan, 2, { institutionId: inst, photo: false });
  const [waiting] = await createApplications(plan, 1, { status: "PAYMENT_SUBMITTED", photo: false });
  const own = await pendingPayment({
    applicationIds: [alone!.id],
    planId: plan,
    submittedById: actor.id,
    expectedAmountFen: 15_000,
    payerName: "蒲付款人",
  });
  const bulk = await pendingPayment({
    applicationIds: pair.map((a) => a.id),
    planId: plan,
    submittedById: actor.id,
    expectedAmountFen: 30_001,
    payerName: "四川省大数据产业联合会",
    channel: "INSTITUTION",
    institutionId: inst,
  });
  await db.payment.updateMany({ where: { id: { in: [own.id, bulk.id] } }, data: { status: "CONFIRMED" } });
  const receipt = await pendingPayment({
    applicationIds: [waiting!.id],
    planId: plan,
    submittedById: actor.id,
    expectedAmountFen: 15_000,
  });
  return { plan, actor, inst, alone: alone!, pair, waiting: waiting!, own, bulk, receipt };
}

describe("issue 17 item 4: money after a cancellation (ADR 080)", () => {
  it("[考务→财务] confirmed payments of a cancelled plan become refunds due; the waiting receipt is marked and cannot be confirmed", async () => {
    const w = await cancelledPlanWithMoney("2045-06-03", 15);
    const preview = await previewPlanDecision(w.actor, w.plan, { kind: "cancel" });
    expect(preview.blocked).toBe(false);
    expect(preview.tally).toMatchObject({ cancelled: 4, refunds: 3, waitingReceipts: 1 });
    expect(preview.candidates.find((c) => c.applicationId === w.alone.id)).toMatchObject({ refund: true, refundFen: 15_000 });

    expect(await cancelPlan(w.actor, w.plan, { reason: "报名人数不足10人" })).toEqual({
      cancelled: 4,
      refunds: 3,
      waitingReceipts: 1,
    });
    const refunds = await db.refund.findMany({
      where: { payment: { planId: w.plan } },
      orderBy: { amountFen: "asc" },
      select: { applicationId: true, amountFen: true, payerName: true, status: true, reason: true },
    });
    // The institution's 300.01 split in two shares that add up to what arrived.
    expect(refunds.map((r) => r.amountFen)).toEqual([15_000, 15_000, 15_001]);
    expect(refunds.every((r) => r.status === "DUE" && r.reason.includes("报名人数不足10人"))).toBe(true);
    expect(refunds.find((r) => r.applicationId === w.alone.id)?.payerName).toBe("蒲付款人");
    // Sealed at rest like every payer name (ADR 057).
    const [raw] = await db.$queryRaw<
      { v: string }[]
    >`SELECT "payerName" AS v FROM "Refund" WHERE "applicationId" = ${w.alone.id}::uuid`;
    expect(raw!.v).not.toContain("蒲付款人");
    expect(raw!.v).toMatch(/^pe1:/);
    // The candidate is told the money comes back, not only given a phone number.
    const note = await db.notification.findFirstOrThrow({
      where: { applicationId: w.alone.id, title: "考核计划取消" },
      select: { body: true },
    });
    expect(note.body).toContain("退还至原付款账户");
    // The institution gets one digest naming its candidates, each with what happens to the money (issue 13 item 9).
    const { institutionId } = await db.application.findUniqueOrThrow({
      where: { id: w.pair[0]!.id },
      select: { institutionId: true },
    });
    // Other files cancel plans of the same institution too: this plan's digest is the one naming both.
    const instNotes = await db.notification.findMany({ where: { institutionId, title: "考核计划取消" }, select: { body: true } });
    const instNote = instNotes.find((n) => w.pair.every((a) => n.body.includes(a.name)));
    expect(instNote?.body).toContain("退还至原付款账户");

    const clerk = await finance();
    const queue = await listPendingPayments(clerk);
    expect(queue.find((p) => p.id === w.receipt.id)?.planCancelled).toBe(true);
    expect((await getPayment(clerk, w.receipt.id)).planCancelled).toBe(true);
    await expect(confirmPayment(clerk, w.receipt.id, new Date())).rejects.toMatchObject({
      code: "CONFLICT",
      message: "refunds.errors.planCancelledReceipt",
    });
    expect(await db.payment.findUniqueOrThrow({ where: { id: w.receipt.id }, select: { status: true } })).toEqual({
      status: "PENDING",
    });
  });

  it("[财务] lists refunds (read audited), settles one with date, reference and account (audited, told), once", async () => {
    const w = await cancelledPlanWithMoney("2045-07-01", 16);
    await cancelPlan(w.actor, w.plan, { reason: "报名人数不足" });
    const clerk = await finance();
    await expect(listRefunds(w.actor, { status: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const due = (await listRefunds(clerk, { status: "DUE" })).filter((r) => r.paymentId === w.own.id);
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({
      amountFen: 15_000,
      payerName: "蒲付款人",
      candidateName: "蒲退款",
      referenceCode: w.own.referenceCode,
      status: "DUE",
    });
    expect(due[0]!.maskedIdNumber).toMatch(/\*{11}/);
    expect(await db.auditLog.count({ where: { action: "refund.list", actorId: clerk.id } })).toBe(1);

    // The candidate sees the refund due; another candidate sees nothing of it.
    expect(await listOwnRefunds(w.alone.actor, { applicationId: w.alone.id })).toMatchObject([
      { status: "DUE", amountFen: 15_000 },
    ]);
    expect(await listOwnRefunds(w.waiting.actor, { applicationId: w.alone.id })).toEqual([]);

    const id = due[0]!.id;
    await expect(
      settleRefund(w.actor, id, { paidOn: "2045-07-02", bankReference: "TK20450702", payerAccount: "6222 0000 1111" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      settleRefund(clerk, id, { paidOn: "2999-01-01", bankReference: "TK20450702", payerAccount: "6222 0000 1111" }),
    ).rejects.toMatchObject({ code: "INVALID", message: "refunds.errors.future" });
    expect(
      await settleRefund(clerk, id, { paidOn: "2025-01-02", bankReference: "TK20250102", payerAccount: "6222 0000 1111" }),
    ).toEqual({
      changed: true,
    });
    await expect(
      settleRefund(clerk, id, { paidOn: "2025-01-02", bankReference: "TK-again", payerAccount: "6222 0000 1111" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "refunds.errors.alreadyPaid" });
    const row = await db.refund.findUniqueOrThrow({
      where: { id },
      select: { status: true, paidOn: true, bankReference: true, payerAccount: true, paidById: true },
    });
    expect(row).toMatchObject({
      status: "PAID",
      bankReference: "TK20250102",
      payerAccount: "6222 0000 1111",
      paidById: clerk.id,
    });
    expect(row.paidOn?.toISOString().slice(0, 10)).toBe("2025-01-02");
    expect(
      await db.auditLog.findFirst({ where: { action: "refund.pay", entityId: id }, select: { actorId: true, after: true } }),
    ).toMatchObject({ actorId: clerk.id, after: { status: "PAID", bankReference: "TK20250102", amountYuan: "150.00" } });
    expect(await db.notification.count({ where: { applicationId: w.alone.id, title: "退款已办理" } })).toBe(1);
    expect(await listOwnRefunds(w.alone.actor, { applicationId: w.alone.id })).toMatchObject([
      { status: "PAID", paidOn: "2025-01-02", bankReference: "TK20250102" },
    ]);

    // The institution sees its two candidates' refunds by name, and not the individual's.
    const institutionActor = {
      ...w.alone.actor,
      id: crypto.randomUUID(),
      kind: "INSTITUTION" as const,
      institutionId: w.inst,
      candidateId: null,
    };
    const theirs = (await listOwnRefunds(institutionActor)).filter((r) => w.pair.some((p) => p.id === r.applicationId));
    expect(theirs.map((r) => r.candidateName).sort()).toEqual(w.pair.map((p) => p.name).sort());
    expect((await listOwnRefunds(institutionActor)).some((r) => r.applicationId === w.alone.id)).toBe(false);
  });
});

describe("issue 17 item 4: a waiting receipt of a cancelled plan is closed by finance (ADR 080)", () => {
  it("[财务] money arrived: refunds due for the receipt's amount; not arrived: closed; neither for a plan still open", async () => {
    const w = await cancelledPlanWithMoney("2045-08-05", 17);
    const clerk = await finance();
    await expect(closeCancelledReceipt(clerk, w.receipt.id, { arrived: true }, new Date())).rejects.toMatchObject({
      code: "CONFLICT",
      message: "refunds.errors.planNotCancelled",
    });
    await cancelPlan(w.actor, w.plan, { reason: "报名人数不足" });
    await expect(closeCancelledReceipt(w.actor, w.receipt.id, { arrived: true }, new Date())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await closeCancelledReceipt(clerk, w.receipt.id, { arrived: true }, new Date())).toEqual({ refunds: 1 });
    expect(await db.payment.findUniqueOrThrow({ where: { id: w.receipt.id }, select: { status: true } })).toEqual({
      status: "RETURNED",
    });
    expect(
      await db.refund.findFirstOrThrow({ where: { paymentId: w.receipt.id }, select: { applicationId: true, amountFen: true } }),
    ).toEqual({ applicationId: w.waiting.id, amountFen: 15_000 });
    expect((await listPendingPayments(clerk)).some((p) => p.id === w.receipt.id)).toBe(false);
    await expect(closeCancelledReceipt(clerk, w.receipt.id, { arrived: false }, new Date())).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.auditLog.count({ where: { action: "payment.close-cancelled", entityId: w.receipt.id } })).toBe(1);
    expect(await db.notification.count({ where: { applicationId: w.waiting.id, title: "缴费凭证已处理" } })).toBe(1);
  });
});

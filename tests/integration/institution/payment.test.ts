import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { batchPaymentNotice, submitBatchPayment } from "@/lib/server/institution/payments/batch-payment";
import { listPayable } from "@/lib/server/institution/payments/list-payable";
import { makeJpeg, sizeKb } from "@/tests/support/files";
import { ensureCatalog } from "../support/seed";
import { batchId, createInstitutionActor } from "../support/factories";
import { registerThroughRoster } from "./support/people";

// Batch 5 of 2025 (三): payment 5/26–5/28, exam 6/14.
const PAY_DAY = "2025-05-27";
const FEE = 15000;
const receipt = async () => ({ bytes: await makeJpeg({ targetBytes: sizeKb(150) }), name: "银行回单.jpg" });

async function approvedCandidates(count: number) {
  const actor = await createInstitutionActor();
  const people = await registerThroughRoster(
    actor,
    Array.from({ length: count }, (_, i) => `缴费${"一二三四五六七八九十"[i] ?? "多"}`),
  );
  await db.application.updateMany({ where: { id: { in: people.map((p) => p.applicationId) } }, data: { status: "APPROVED" } });
  return { actor, people, planId: people[0]!.planId, batch: await batchId(5), ids: people.map((p) => p.applicationId) };
}

const input = (
  batchId: string,
  ids: string[],
  overrides: Partial<{ amount: number; headCount: number; examDate: string; acceptMismatch: boolean }> = {},
) => ({
  batchId,
  applicationIds: ids,
  payerName: "四川省大数据产业联合会",
  amount: FEE * ids.length,
  transferDate: "2025-05-26",
  examDate: "2025-06-14",
  headCount: ids.length,
  acceptMismatch: false,
  ...overrides,
});

beforeAll(async () => {
  await ensureCatalog();
  await db.project.update({ where: { seq: 3 }, data: { feeFen: FEE } });
  await db.setting.upsert({
    where: { key: "payee" },
    create: { key: "payee", value: { name: "四川省职业技能鉴定指导中心", account: "5105 0000 0001", bank: "测试银行" } },
    update: {},
  });
});

describe("五(一) bulk payment by an institution (one project's candidates: the smallest whole-batch selection, ADR 096)", () => {
  it("gives a notice: head count × fee, the payee, a reference code that is the same for the same selection", async () => {
    const { actor, planId, batch, ids } = await approvedCandidates(3);
    const notice = await batchPaymentNotice(actor, batch, ids, PAY_DAY);
    expect(notice).toMatchObject({
      headCount: 3,
      lines: [{ planId, headCount: 3, feeFen: FEE, amountFen: 3 * FEE }],
      amountFen: 3 * FEE,
      examDate: "2025-06-14",
      windowOpen: true,
      payee: { name: "四川省职业技能鉴定指导中心" },
    });
    expect(notice.referenceCode).toMatch(/^JG[2-9A-HJ-NP-Z]{8}$/);
    expect((await batchPaymentNotice(actor, batch, [...ids].reverse(), PAY_DAY)).referenceCode).toBe(notice.referenceCode);
    expect((await batchPaymentNotice(actor, batch, ids.slice(0, 2), PAY_DAY)).referenceCode).not.toBe(notice.referenceCode);
    const payable = await listPayable(actor, await batchId(5), PAY_DAY);
    expect(payable.plans.find((p) => p.planId === planId)?.approved).toHaveLength(3);
  });

  it("flags an amount that does not match and refuses it unless '金额不一致，仍然提交' is ticked", async () => {
    const { actor, batch, ids } = await approvedCandidates(2);
    await expect(submitBatchPayment(actor, input(batch, ids, { amount: FEE }), await receipt(), PAY_DAY)).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { amount: [{ key: "institution.errors.payment.amountMismatch" }] },
    });
    expect(await db.application.count({ where: { id: { in: ids }, status: "APPROVED" } })).toBe(2);
    expect(await db.paymentItem.count({ where: { applicationId: { in: ids } } })).toBe(0);
    const result = await submitBatchPayment(
      actor,
      input(batch, ids, { amount: FEE, acceptMismatch: true }),
      await receipt(),
      PAY_DAY,
    );
    expect(result).toMatchObject({ headCount: 2, projects: 1, amountMatches: false });
    const payment = await db.payment.findUniqueOrThrow({
      where: { referenceCode: result.referenceCode },
      include: { items: true },
    });
    expect(payment).toMatchObject({
      channel: "INSTITUTION",
      institutionId: actor.institutionId,
      amountFen: FEE,
      expectedAmountFen: 2 * FEE,
      headCount: 2,
      status: "PENDING",
    });
    expect(payment.examDateNote?.toISOString().slice(0, 10)).toBe("2025-06-14");
    expect(payment.items.map((i) => i.applicationId).sort()).toEqual([...ids].sort());
  });

  it("marks the candidates paid through the state machine, with one event each", async () => {
    const { actor, batch, ids } = await approvedCandidates(3);
    const result = await submitBatchPayment(actor, input(batch, ids), await receipt(), PAY_DAY);
    expect(result.amountMatches).toBe(true);
    const rows = await db.application.findMany({
      where: { id: { in: ids } },
      include: { events: { orderBy: { at: "desc" }, take: 1 } },
    });
    for (const row of rows) {
      expect(row.status).toBe("PAYMENT_SUBMITTED");
      expect(row.events[0]).toMatchObject({ fromStatus: "APPROVED", toStatus: "PAYMENT_SUBMITTED", actorId: actor.id });
      // Plain text (ADR 057): no payer's name in the note; the Payment row has it, encrypted.
      expect(row.events[0]!.note).toMatch(/^机构整批缴费：[\d.]+ 元（3 人，1 个项目），备注码 \S+$/);
      expect(row.events[0]!.noteKey).toBe("timelineNotes.institutionBatchPayment");
    }
    // Paid once: the same selection cannot be paid again.
    await expect(submitBatchPayment(actor, input(batch, ids), await receipt(), PAY_DAY)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("requires the exam date and head count of the notice, and the payment window", async () => {
    const { actor, batch, ids } = await approvedCandidates(2);
    await expect(
      submitBatchPayment(actor, input(batch, ids, { headCount: 3, examDate: "2025-06-15" }), await receipt(), PAY_DAY),
    ).rejects.toMatchObject({
      fieldErrors: {
        headCount: [{ key: "institution.errors.payment.headCount" }],
        examDate: [{ key: "institution.errors.payment.examDate" }],
      },
    });
    await expect(submitBatchPayment(actor, input(batch, ids), await receipt(), "2025-05-29")).rejects.toMatchObject({
      code: "WINDOW_CLOSED",
    });
    expect(await db.application.count({ where: { id: { in: ids }, status: "APPROVED" } })).toBe(2);
  });

  it("refuses a selection with a candidate that is not approved", async () => {
    const { actor, batch, ids } = await approvedCandidates(2);
    await db.application.update({ where: { id: ids[1]! }, data: { status: "SUBMITTED" } });
    await expect(batchPaymentNotice(actor, batch, ids, PAY_DAY)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(submitBatchPayment(actor, input(batch, ids), await receipt(), PAY_DAY)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: ids[0]! } })).status).toBe("APPROVED");
  });
});

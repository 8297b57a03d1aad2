import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { referenceCodeFor } from "@/lib/domain/payment";
import { submitPayment } from "@/lib/server/payments/submit-payment";
import { makeJpeg, sizeKb } from "@/tests/support/files";
import { ensureCatalog } from "../support/seed";
import { createApplication, createCandidate } from "../support/factories";

// Batch 4 of 2025 (三): payment 5/7–5/9.
const IN_WINDOW = "2025-05-08";

const receipt = async () => ({ bytes: await makeJpeg({ targetBytes: sizeKb(120) }), name: "回单.jpg" });
const input = (overrides: Partial<{ payerName: string; amount: number; transferDate: string; proxyNote: string }> = {}) => ({
  payerName: "测试考生",
  amount: 15000,
  transferDate: "2025-05-08",
  ...overrides,
});

beforeAll(async () => {
  await ensureCatalog();
  await db.project.update({ where: { seq: 1 }, data: { feeFen: 15000 } });
});

describe("五(二): a candidate's receipt", () => {
  it("moves an approved application to awaiting confirmation with one payment carrying the reference code", async () => {
    const person = await createCandidate();
    const id = await createApplication({ candidateId: person.candidateId, batchSeq: 4, status: "APPROVED" });
    const result = await submitPayment(person.actor, id, input(), await receipt(), IN_WINDOW);
    expect(result).toEqual({ referenceCode: referenceCodeFor(id, "GR"), amountMatches: true });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("PAYMENT_SUBMITTED");
    const payment = await db.payment.findUniqueOrThrow({
      where: { referenceCode: result.referenceCode },
      include: { items: true },
    });
    expect(payment).toMatchObject({ status: "PENDING", amountFen: 15000, expectedAmountFen: 15000, headCount: 1 });
    expect(payment.items.map((i) => i.applicationId)).toEqual([id]);
    // The event note is plain text (ADR 057): the amount, not the payer's name (the Payment row has it, encrypted).
    const event = await db.applicationEvent.findFirstOrThrow({ where: { applicationId: id, toStatus: "PAYMENT_SUBMITTED" } });
    expect(event.note).toBe("缴费凭证：150.00 元");
  });

  it("refuses outside the payment window and before approval, changing nothing", async () => {
    const person = await createCandidate();
    const approved = await createApplication({ candidateId: person.candidateId, batchSeq: 4, status: "APPROVED" });
    await expect(submitPayment(person.actor, approved, input(), await receipt(), "2025-05-10")).rejects.toMatchObject({
      code: "WINDOW_CLOSED",
    });
    const submitted = await createApplication({
      candidateId: person.candidateId,
      batchSeq: 4,
      projectSeq: 2,
      status: "SUBMITTED",
    });
    await db.project.update({ where: { seq: 2 }, data: { feeFen: 15000 } });
    await expect(submitPayment(person.actor, submitted, input(), await receipt(), IN_WINDOW)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.payment.count({ where: { items: { some: { applicationId: { in: [approved, submitted] } } } } })).toBe(0);
  });

  it("requires the notice's proxy note when someone else paid", async () => {
    const person = await createCandidate();
    const id = await createApplication({ candidateId: person.candidateId, batchSeq: 4, status: "APPROVED" });
    await expect(
      submitPayment(person.actor, id, input({ payerName: "王大明" }), await receipt(), IN_WINDOW),
    ).rejects.toMatchObject({ message: "errors.payment.proxyNote" });
    const note = "该笔费用由王大明代测试考生缴纳2025-05-24考试日期大数据运行平台搭建考试项目的费用，金额为150.00元。";
    await expect(
      submitPayment(person.actor, id, input({ payerName: "王大明", proxyNote: note }), await receipt(), IN_WINDOW),
    ).resolves.toMatchObject({ amountMatches: true });
  });

  it.each(["150元", "150", "¥150", "壹佰伍拾元", "一百五十元"])(
    "issue 12 (10): a proxy note in the notice's own words with the amount as %s is accepted",
    async (amount) => {
      const person = await createCandidate();
      const id = await createApplication({ candidateId: person.candidateId, batchSeq: 4, status: "APPROVED" });
      const note = `该笔费用由王大明代测试考生缴纳2025-05-24考试日期大数据运行平台搭建考试项目的费用，金额为${amount}。`;
      await expect(
        submitPayment(person.actor, id, input({ payerName: "王大明", proxyNote: note }), await receipt(), IN_WINDOW),
      ).resolves.toMatchObject({ amountMatches: true });
    },
  );

  it("issue 12 (10): a proxy note naming 1500 for a 150 transfer is refused", async () => {
    const person = await createCandidate();
    const id = await createApplication({ candidateId: person.candidateId, batchSeq: 4, status: "APPROVED" });
    const note = "该笔费用由王大明代测试考生缴纳2025-05-24考试日期大数据运行平台搭建考试项目的费用，金额为1500.00元。";
    await expect(
      submitPayment(person.actor, id, input({ payerName: "王大明", proxyNote: note }), await receipt(), IN_WINDOW),
    ).rejects.toMatchObject({ message: "errors.payment.proxyNote" });
  });

  it("refuses a receipt that is not an image or PDF", async () => {
    const person = await createCandidate();
    const id = await createApplication({ candidateId: person.candidateId, batchSeq: 4, status: "APPROVED" });
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    await expect(submitPayment(person.actor, id, input(), { bytes: html, name: "回单.jpg" }, IN_WINDOW)).rejects.toBeInstanceOf(
      AppError,
    );
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");
  });

  it("a returned receipt is replaced on the same payment row, keeping the reference code", async () => {
    const person = await createCandidate();
    const id = await createApplication({ candidateId: person.candidateId, batchSeq: 4, status: "APPROVED" });
    const { referenceCode } = await submitPayment(person.actor, id, input(), await receipt(), IN_WINDOW);
    await db.payment.update({ where: { referenceCode }, data: { status: "RETURNED", returnReason: "回单不清晰" } });
    await db.application.update({ where: { id }, data: { status: "APPROVED" } });
    await submitPayment(person.actor, id, input({ amount: 14000 }), await receipt(), IN_WINDOW).then((r) =>
      expect(r.amountMatches).toBe(false),
    );
    expect(await db.payment.count({ where: { referenceCode } })).toBe(1);
    expect(await db.payment.findUniqueOrThrow({ where: { referenceCode } })).toMatchObject({
      status: "PENDING",
      returnReason: null,
      amountFen: 14000,
    });
  });

  it("someone else's application is not found", async () => {
    const owner = await createCandidate();
    const stranger = await createCandidate();
    const id = await createApplication({ candidateId: owner.candidateId, batchSeq: 4, status: "APPROVED" });
    await expect(submitPayment(stranger.actor, id, input(), await receipt(), IN_WINDOW)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Checked before the receipt is looked at: a stranger's unreadable file gets the same answer, not the receipt's.
    const junk = { bytes: new TextEncoder().encode("<html>not a receipt</html>"), name: "回单.jpg" };
    await expect(submitPayment(stranger.actor, id, input(), junk, IN_WINDOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.application.findUnique({ where: { id }, select: { status: true } })).toEqual({ status: "APPROVED" });
  });
});

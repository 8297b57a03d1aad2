import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importBankStatement } from "@/lib/server/payments/bank-statement-import";
import { getReconciliation } from "@/lib/server/payments/bank-statement-matches";
import type { Actor } from "@/lib/server/auth/session";
import { createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { freshBatch, pendingPayment, planIn, submittedApplication } from "../review/factories";

/**
 * Issue 17 item 1: the statement goes in as the bank exported it. Each sample export under
 * tests/fixtures/bank-statements/ (written by make-fixtures.ts) carries one transfer whose
 * reference code sits in a remark column after the first (备注, 附言, 用途), a fee (debit) row
 * and a 合计 footer.
 */
const TODAY = "2025-05-28";
let finance: Actor;

beforeAll(async () => {
  await ensureCatalog();
  finance = await createStaff(["FINANCE"]);
});

const fixture = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), "tests/fixtures/bank-statements", name)));

async function receiptWithCode(referenceCode: string, payerName: string) {
  const { id: batchId } = await freshBatch();
  const app = await submittedApplication({ batchId, status: "PAYMENT_SUBMITTED", withFiles: false });
  const payment = await pendingPayment({
    applicationIds: [app.id],
    planId: await planIn(batchId, 1),
    submittedById: finance.id,
    // Not the bank's spelling of the name: only the code in the remark can match it.
    payerName: `${payerName}（代缴）`,
    expectedAmountFen: 30_000,
  });
  await db.payment.update({ where: { id: payment.id }, data: { referenceCode } });
  return payment.id;
}

describe("issue 17 item 1: bank statements as the banks export them", () => {
  it.each([
    { file: "icbc.xlsx", code: "GRGH2K3M4N", payer: "赵小六" },
    { file: "ccb.xlsx", code: "GRJH5P6Q7R", payer: "钱小七" },
    { file: "abc.csv", code: "JGAB8S9T2U", payer: "孙小八" },
    { file: "boc.xlsx", code: "GRBC3V4W5X", payer: "周小九" },
    { file: "bocom.csv", code: "GRJT6Y7Z8A", payer: "吴小十" },
    { file: "chengdu-bank.csv", code: "GRCD9B2C3D", payer: "郑十一" },
  ])("$file is imported and its transfer matched by the code in the remark", async ({ file, code, payer }) => {
    const paymentId = await receiptWithCode(code, payer);
    const imported = await importBankStatement(finance, { bytes: fixture(file), name: file });
    expect(imported.problems).toEqual([]);
    expect(imported.outgoing).toBe(1);
    expect(imported.skipped.some((s) => s.kind === "summary")).toBe(true);
    expect(imported.imported).toBeGreaterThanOrEqual(1);

    const reconciliation = await getReconciliation(finance, TODAY);
    const match = reconciliation.matches.find((m) => m.payment.id === paymentId);
    expect(match).toMatchObject({ basis: "reference", line: { payerName: payer, amountFen: 30_000, date: "2025-05-27" } });
  });
});

describe("issue 17 item 1: files that are not a statement export", () => {
  it("refuses an old .xls and a broken .xlsx with what to export instead", async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(importBankStatement(finance, { bytes: xls, name: "流水.xls" })).rejects.toMatchObject({
      code: "INVALID",
      message: "reconciliation.errors.xls",
    });
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    await expect(importBankStatement(finance, { bytes: broken, name: "流水.xlsx" })).rejects.toMatchObject({
      code: "INVALID",
      message: "reconciliation.errors.unreadable",
    });
  });
});

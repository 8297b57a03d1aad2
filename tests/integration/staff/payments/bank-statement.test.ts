import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptStatementMatches } from "@/lib/server/payments/bank-statement-accept";
import { importBankStatement } from "@/lib/server/payments/bank-statement-import";
import { getReconciliation } from "@/lib/server/payments/bank-statement-matches";
import type { Actor } from "@/lib/server/auth/session";
import { createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { applicationState, auditRows } from "../review/factories";
import { receiptOfOne } from "./receipt";

const TODAY = "2025-05-28";
const AT = new Date("2025-05-28T02:00:00Z");
let finance: Actor;

beforeAll(async () => {
  await ensureCatalog();
  finance = await createStaff(["FINANCE"]);
});

const receipt = (payerName: string, amount?: number) => receiptOfOne(finance, payerName, amount);

const gbk = (rows: string[]) => iconv.encode(["交易日期,交易金额,对方户名,摘要", ...rows].join("\r\n"), "gbk");

describe("五 银行流水: import a GBK CSV, match, accept", () => {
  it("imports the lines, suggests matches by reference and by payer, and confirms the accepted ones", async () => {
    const byCode = await receipt("赵六");
    const byName = await receipt(`钱七${Date.now()}`);
    const unpaid = await receipt(`孙八${Date.now()}`);
    const stranger = `周九${Date.now()}`;
    const file = gbk([
      `2025-05-27,300.00,赵六,考核费 ${byCode.referenceCode}`,
      `2025/05/27,300.00,${byName.payerName},考试费`,
      `2025-05-27,150.00,${stranger},捐款`,
    ]);

    const imported = await importBankStatement(finance, { bytes: file, name: "流水.csv" });
    expect(imported).toMatchObject({ encoding: "GB18030", imported: 3, duplicates: 0, problems: [] });
    expect(await auditRows(imported.importId)).toMatchObject([
      { action: "payment.statement.import", after: { fileName: "流水.csv", imported: 3 } },
    ]);
    // The same statement again: nothing new.
    expect(await importBankStatement(finance, { bytes: file, name: "流水.csv" })).toMatchObject({ imported: 0, duplicates: 3 });

    const reconciliation = await getReconciliation(finance, TODAY);
    const suggested = reconciliation.matches.filter((m) => [byCode.id, byName.id].includes(m.payment.id));
    expect(suggested.map((m) => [m.payment.id, m.basis])).toEqual([
      [byCode.id, "reference"],
      [byName.id, "payer-amount"],
    ]);
    expect(reconciliation.unmatchedLines.find((u) => u.line.payerName === stranger)?.reason).toBe("no-candidate");
    expect(reconciliation.unmatchedPayments.map((p) => p.id)).toContain(unpaid.id);

    const pairs = suggested.map((m) => ({ lineId: m.line.id, paymentId: m.payment.id }));
    const forged = {
      lineId: reconciliation.unmatchedLines.find((u) => u.line.payerName === stranger)!.line.id,
      paymentId: unpaid.id,
    };
    expect(await acceptStatementMatches(finance, [...pairs, forged], TODAY, AT)).toEqual({ confirmed: 2, skipped: 1 });
    expect((await applicationState(byCode.applicationId)).status).toBe("PAYMENT_CONFIRMED");
    expect((await applicationState(byName.applicationId)).status).toBe("PAYMENT_CONFIRMED");
    expect((await applicationState(unpaid.applicationId)).status).toBe("PAYMENT_SUBMITTED");
    expect(await db.bankStatementLine.findFirst({ where: { matchedPaymentId: byCode.id }, select: { id: true } })).not.toBeNull();
    expect(await auditRows(byCode.id)).toMatchObject([
      { action: "payment.confirm", after: { statementLineId: pairs[0]!.lineId } },
    ]);
    // Accepting again changes nothing.
    expect(await acceptStatementMatches(finance, pairs, TODAY, AT)).toEqual({ confirmed: 0, skipped: 2 });
  });

  it("refuses a file without the needed columns, an empty one, and non-finance staff", async () => {
    await expect(
      importBankStatement(finance, { bytes: new TextEncoder().encode("a,b\n1,2"), name: "x.csv" }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(importBankStatement(finance, { bytes: new Uint8Array(), name: "x.csv" })).rejects.toMatchObject({
      code: "INVALID",
    });
    const reviewer = await createStaff(["REVIEWER"]);
    await expect(importBankStatement(reviewer, { bytes: gbk([]), name: "x.csv" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getReconciliation(reviewer, TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(acceptStatementMatches(reviewer, [], TODAY, AT)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

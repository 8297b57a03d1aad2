import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importBankStatement } from "@/lib/server/payments/bank-statement-import";
import { getReconciliation } from "@/lib/server/payments/bank-statement-matches";
import { confirmPayment } from "@/lib/server/payments/confirm-payment";
import { returnPayment } from "@/lib/server/payments/return-payment";
import { searchPayments } from "@/lib/server/payments/search-payments";
import { dismissStatementLine, linkStatementLines } from "@/lib/server/payments/statement-line-resolve";
import type { Actor } from "@/lib/server/auth/session";
import { createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { applicationState, auditRows } from "../review/factories";
import { receiptOfOne } from "./receipt";

/** Issue 17 item 2: leftover statement lines a clerk can resolve, and every receipt findable. */
const TODAY = "2025-05-28";
const AT = new Date("2025-05-28T02:00:00Z");
let finance: Actor;
let run = 0;

beforeAll(async () => {
  await ensureCatalog();
  finance = await createStaff(["FINANCE"]);
});

const receipt = (payerName: string, amount?: number) => receiptOfOne(finance, payerName, amount);

/** Imports UTF-8 CSV rows (date, yuan, payer, remark) and returns the stored lines by payer. */
async function statement(rows: [string, string, string][]) {
  const csv = [
    "交易日期,贷方金额,对方户名,附言",
    ...rows.map(([yuan, payer, remark]) => `2025-05-27,${yuan},${payer},${remark}`),
  ];
  const imported = await importBankStatement(finance, { bytes: new TextEncoder().encode(csv.join("\n")), name: "s.csv" }, AT);
  const lines = await db.bankStatementLine.findMany({ where: { importId: imported.importId }, orderBy: { amountFen: "desc" } });
  return { imported, lines };
}

const unique = (name: string) => `${name}${Date.now()}${run++}`;

describe("issue 17 item 2: reconciliation a clerk can finish", () => {
  it("links a leftover line to a receipt by hand, confirms it through 确认收费 and audits the reason", async () => {
    const r = await receipt(unique("李雷"));
    const { lines } = await statement([["300.00", unique("某某公司"), "考核费"]]);
    const line = lines[0]!;
    expect((await getReconciliation(finance, TODAY)).unmatchedLines.find((u) => u.line.id === line.id)?.reason).toBe(
      "no-candidate",
    );

    await expect(
      linkStatementLines(finance, { lineIds: [line.id], referenceCode: r.referenceCode, reason: " " }, AT),
    ).rejects.toMatchObject({ code: "INVALID", message: "reconciliation.errors.reason" });
    const linked = await linkStatementLines(
      finance,
      { lineIds: [line.id], referenceCode: r.referenceCode.toLowerCase(), reason: "电话核实：单位代付" },
      AT,
    );
    expect(linked).toEqual({ paymentId: r.id, referenceCode: r.referenceCode, lines: 1, confirmed: true });
    expect((await applicationState(r.applicationId)).status).toBe("PAYMENT_CONFIRMED");
    expect(await db.bankStatementLine.findUnique({ where: { id: line.id } })).toMatchObject({
      matchedPaymentId: r.id,
      linkedById: finance.id,
      linkReason: "电话核实：单位代付",
    });
    expect((await auditRows(r.id)).map((a) => a.action)).toEqual(["payment.confirm", "payment.statement.link"]);
    expect((await auditRows(r.id))[1]).toMatchObject({
      actorId: finance.id,
      after: { reason: "电话核实：单位代付", lineIds: [line.id] },
    });
    expect((await getReconciliation(finance, TODAY)).unmatchedLines.map((u) => u.line.id)).not.toContain(line.id);
    // The line is taken now.
    await expect(
      linkStatementLines(finance, { lineIds: [line.id], referenceCode: r.referenceCode, reason: "再次" }, AT),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("dismisses a line that is no candidate's payment, with the reason audited", async () => {
    const { lines } = await statement([["12.34", unique("银行"), "结息"]]);
    const line = lines[0]!;
    await dismissStatementLine(finance, { lineId: line.id, reason: "存款利息，非考核费" }, AT);
    expect(await db.bankStatementLine.findUnique({ where: { id: line.id } })).toMatchObject({
      dismissedById: finance.id,
      dismissReason: "存款利息，非考核费",
      dismissedAt: AT,
    });
    expect(await auditRows(line.id)).toMatchObject([
      { action: "payment.statement.dismiss", after: { reason: "存款利息，非考核费" } },
    ]);
    expect((await getReconciliation(finance, TODAY)).unmatchedLines.map((u) => u.line.id)).not.toContain(line.id);
    await expect(dismissStatementLine(finance, { lineId: line.id, reason: "再次" }, AT)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("adds up two transfers of one payer (100.00 + 50.00) against the receipt owing 150.00", async () => {
    const payer = unique("韩梅梅");
    const r = await receipt(payer, 15_000);
    const { lines } = await statement([
      ["100.00", payer, "考试费"],
      ["50.00", payer, "补缴"],
    ]);
    const reconciliation = await getReconciliation(finance, TODAY);
    for (const line of lines)
      expect(reconciliation.unmatchedLines.find((u) => u.line.id === line.id)).toMatchObject({
        reason: "sum-of-lines",
        referenceCodes: [r.referenceCode],
      });
    await expect(
      linkStatementLines(finance, { lineIds: [lines[0]!.id], referenceCode: r.referenceCode, reason: "只有一笔" }, AT),
    ).rejects.toMatchObject({ code: "INVALID", message: "reconciliation.errors.sumDiffers" });
    const linked = await linkStatementLines(
      finance,
      { lineIds: lines.map((l) => l.id), referenceCode: r.referenceCode, reason: "分两笔转账" },
      AT,
    );
    expect(linked).toMatchObject({ lines: 2, confirmed: true });
    expect((await applicationState(r.applicationId)).status).toBe("PAYMENT_CONFIRMED");
  });

  it("matches a receipt confirmed by hand to its line on the next import", async () => {
    const r = await receipt(unique("张三"));
    await confirmPayment(finance, r.id, AT);
    const { imported, lines } = await statement([["300.00", r.payerName, `考核费 ${r.referenceCode}`]]);
    expect(imported.linkedToConfirmed).toBe(1);
    expect(lines[0]!.matchedPaymentId).toBe(r.id);
    expect((await getReconciliation(finance, TODAY)).unmatchedLines.map((u) => u.line.id)).not.toContain(lines[0]!.id);
  });

  it("lists receipts in every state, found by code, payer, candidate, amount and date", async () => {
    const waiting = await receipt(unique("王五"), 12_345);
    const confirmed = await receipt(unique("赵六"));
    const returned = await receipt(unique("孙七"));
    await confirmPayment(finance, confirmed.id, AT);
    await returnPayment(finance, returned.id, "金额不符", AT);
    const ids = async (search: Parameters<typeof searchPayments>[1]) => (await searchPayments(finance, search)).map((p) => p.id);

    expect(await ids({ q: waiting.referenceCode.slice(0, 6) + " " + waiting.referenceCode.slice(6) })).toContain(waiting.id);
    expect(await ids({ q: confirmed.payerName })).toEqual([confirmed.id]);
    const candidate = await db.application.findUniqueOrThrow({
      where: { id: returned.applicationId },
      select: { candidate: { select: { name: true } } },
    });
    expect(await ids({ q: candidate.candidate.name })).toContain(returned.id);
    expect(await ids({ q: "123.45" })).toEqual([waiting.id]);
    expect(await ids({ q: "2025-05-26" })).toEqual(expect.arrayContaining([waiting.id, confirmed.id, returned.id]));
    expect(await ids({ q: returned.payerName, status: "RETURNED" })).toEqual([returned.id]);
    expect(await ids({ q: returned.payerName, status: "PENDING" })).toEqual([]);
    const states = (await searchPayments(finance, {})).map((p) => p.status);
    expect(new Set(states)).toEqual(new Set(["PENDING", "CONFIRMED", "RETURNED"]));
  });

  it("refuses staff other than finance", async () => {
    const reviewer = await createStaff(["REVIEWER"]);
    await expect(searchPayments(reviewer, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      linkStatementLines(reviewer, { lineIds: [], referenceCode: "GR23456789", reason: "核实" }, AT),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(dismissStatementLine(reviewer, { lineId: "x", reason: "核实" }, AT)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

import "server-only";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import { normalizePayerName, normalizeRemark } from "@/lib/domain/bank-statement-match";
import { isUuid } from "@/lib/domain/uuid";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { confirmPaymentInTx } from "./confirm-payment";

/**
 * 五: the clerk finishes the reconciliation by hand. A leftover line (or several lines of one
 * payer that add up) is linked to a receipt named by its reference code, with a reason; a
 * waiting receipt is then confirmed through 确认收费 (the rule table decides, as for any
 * confirmation), a receipt already confirmed by hand is only linked. A line that is no
 * candidate's payment is dismissed with a reason. Both are audited with the reason.
 */

export const MAX_LINES_PER_LINK = 10;

export interface LinkLinesDto {
  paymentId: string;
  referenceCode: string;
  lines: number;
  /** True when this link confirmed the receipt; false when it had been confirmed already. */
  confirmed: boolean;
}

function cleanReason(reason: string): string {
  const text = reason.trim();
  if (text.length < 2 || text.length > 200)
    throw new AppError("INVALID", "reconciliation.errors.reason", { reason: ["reconciliation.errors.reason"] });
  return text;
}

async function lockOpenLines(tx: Tx, lineIds: string[]) {
  if (lineIds.length === 0 || lineIds.length > MAX_LINES_PER_LINK || !lineIds.every(isUuid))
    throw new AppError("INVALID", "reconciliation.errors.lines", { lines: ["reconciliation.errors.lines"] });
  await tx.$queryRaw`SELECT id FROM "BankStatementLine" WHERE id = ANY(${lineIds}::uuid[]) FOR UPDATE`;
  const lines = await tx.bankStatementLine.findMany({
    where: { id: { in: lineIds } },
    select: { id: true, amountFen: true, payerName: true, matchedPaymentId: true, dismissedAt: true },
  });
  if (lines.length !== new Set(lineIds).size) throw new AppError("NOT_FOUND", "reconciliation.errors.lineGone");
  if (lines.some((l) => l.matchedPaymentId !== null || l.dismissedAt !== null))
    throw new AppError("CONFLICT", "reconciliation.errors.lineTaken");
  return lines;
}

export async function linkStatementLines(
  actor: Actor,
  input: { lineIds: string[]; referenceCode: string; reason: string },
  at: Date,
): Promise<LinkLinesDto> {
  assertStaffRole(actor, "FINANCE");
  const reason = cleanReason(input.reason);
  const code = normalizeRemark(input.referenceCode);
  if (!/^(GR|JG)[0-9A-Z]{8}$/.test(code))
    throw new AppError("INVALID", "reconciliation.errors.code", { referenceCode: ["reconciliation.errors.code"] });
  return db.$transaction(async (tx) => {
    const lines = await lockOpenLines(tx, [...new Set(input.lineIds)]);
    if (new Set(lines.map((l) => normalizePayerName(l.payerName))).size > 1)
      throw new AppError("INVALID", "reconciliation.errors.differentPayers", {
        lines: ["reconciliation.errors.differentPayers"],
      });
    const payment = await tx.payment.findUnique({
      where: { referenceCode: code },
      select: { id: true, status: true, expectedAmountFen: true, _count: { select: { statementLines: true } } },
    });
    if (!payment)
      throw new AppError("NOT_FOUND", "reconciliation.errors.noReceipt", { referenceCode: ["reconciliation.errors.noReceipt"] });
    if (payment.status === "RETURNED") throw new AppError("CONFLICT", "reconciliation.errors.returned");
    if (payment._count.statementLines > 0) throw new AppError("CONFLICT", "reconciliation.errors.receiptLinked");
    const sum = lines.reduce((total, l) => total + l.amountFen, 0);
    if (sum !== payment.expectedAmountFen)
      throw new AppError("INVALID", "reconciliation.errors.sumDiffers", { lines: ["reconciliation.errors.sumDiffers"] });

    await tx.bankStatementLine.updateMany({
      where: { id: { in: lines.map((l) => l.id) } },
      data: { matchedPaymentId: payment.id, linkedById: actor.id, linkReason: reason },
    });
    // 确认收费 through the one use case: the rule table is asked, the applications move.
    const confirmed =
      payment.status === "PENDING" ? (await confirmPaymentInTx(tx, actor, payment.id, at, lines[0]!.id)).changed : false;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "payment.statement.link",
      entity: "Payment",
      entityId: payment.id,
      after: { referenceCode: code, lineIds: lines.map((l) => l.id), amountFen: sum, reason, confirmed },
    });
    return { paymentId: payment.id, referenceCode: code, lines: lines.length, confirmed };
  });
}

export async function dismissStatementLine(actor: Actor, input: { lineId: string; reason: string }, at: Date): Promise<void> {
  assertStaffRole(actor, "FINANCE");
  const reason = cleanReason(input.reason);
  await db.$transaction(async (tx) => {
    const [line] = await lockOpenLines(tx, [input.lineId]);
    await tx.bankStatementLine.update({
      where: { id: line!.id },
      data: { dismissedAt: at, dismissedById: actor.id, dismissReason: reason },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "payment.statement.dismiss",
      entity: "BankStatementLine",
      entityId: line!.id,
      after: { amountFen: line!.amountFen, reason },
    });
  });
}

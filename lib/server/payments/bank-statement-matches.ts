import "server-only";
import { db } from "@/lib/db";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import { matchStatement, type MatchBasis, type UnmatchedLineReason } from "@/lib/domain/bank-statement-match";
import { addDays } from "@/lib/domain/iso-date";
import type { IsoDate } from "@/lib/domain/types";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import type { Actor } from "@/lib/server/auth/session";
import { listPendingPayments, type PaymentDto } from "./list-payments";

export interface StatementLineDto {
  id: string;
  date: IsoDate;
  amountFen: number;
  payerName: string;
  remark: string;
}

export interface ReconciliationDto {
  matches: { line: StatementLineDto; payment: PaymentDto; basis: MatchBasis }[];
  unmatchedLines: { line: StatementLineDto; reason: UnmatchedLineReason; referenceCodes: string[] }[];
  unmatchedPayments: PaymentDto[];
}

/** Lines older than this are not offered again: other income of the center, long looked at. */
export const STATEMENT_LOOKBACK_DAYS = 120;

/**
 * 五: the statement's unmatched lines against the receipts waiting for confirmation, through the
 * pure matcher (lib/domain/bank-statement-match). Computed on every view, so a receipt
 * confirmed by hand meanwhile simply drops out.
 */
export async function getReconciliation(actor: Actor, today: IsoDate): Promise<ReconciliationDto> {
  assertStaffRole(actor, "FINANCE");
  const [lines, payments] = await Promise.all([loadOpenLines(today), listPendingPayments(actor)]);
  const result = matchStatement(
    lines,
    payments.map((p) => ({
      id: p.id,
      referenceCode: p.referenceCode,
      expectedAmountFen: p.expectedAmountFen,
      payerName: p.payerName,
      transferDate: p.transferDate,
    })),
  );
  const line = new Map(lines.map((l) => [l.id, l]));
  const payment = new Map(payments.map((p) => [p.id, p]));
  return {
    matches: result.matches.map((m) => ({ line: line.get(m.lineId)!, payment: payment.get(m.paymentId)!, basis: m.basis })),
    unmatchedLines: result.unmatchedLines.map((u) => ({
      line: line.get(u.lineId)!,
      reason: u.reason,
      referenceCodes: u.paymentIds.map((id) => payment.get(id)?.referenceCode ?? id),
    })),
    unmatchedPayments: result.unmatchedPaymentIds.map((id) => payment.get(id)!),
  };
}

export async function loadOpenLines(today: IsoDate): Promise<StatementLineDto[]> {
  const rows = await db.bankStatementLine.findMany({
    where: { matchedPaymentId: null, dismissedAt: null, date: { gte: fromIsoDate(addDays(today, -STATEMENT_LOOKBACK_DAYS)) } },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, date: true, amountFen: true, payerName: true, remark: true },
    take: 2000,
  });
  return rows.map((r) => ({ ...r, date: toIsoDate(r.date) }));
}

import "server-only";
import type { Tx } from "@/lib/db";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import { matchStatement } from "@/lib/domain/bank-statement-match";
import { addDays } from "@/lib/domain/iso-date";
import type { IsoDate } from "@/lib/domain/types";

/** Same horizon as the open lines of the reconciliation (bank-statement-matches). */
const LOOKBACK_DAYS = 120;

/**
 * 五: receipts the clerk confirmed by hand before the bank's statement came in are matched to
 * their lines when it does (on import), by the same pure matcher as the waiting ones: the code in
 * a remark with the right amount, or the one payer-and-amount fit. Without this their lines stayed
 * "unmatched" for 120 days. Only confirmed receipts without a linked line take part.
 */
export async function linkConfirmedReceipts(tx: Tx, today: IsoDate): Promise<number> {
  const since = fromIsoDate(addDays(today, -LOOKBACK_DAYS));
  const [lines, receipts] = await Promise.all([
    tx.bankStatementLine.findMany({
      where: { matchedPaymentId: null, dismissedAt: null, date: { gte: since } },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, date: true, amountFen: true, payerName: true, remark: true },
      take: 2000,
    }),
    tx.payment.findMany({
      where: { status: "CONFIRMED", statementLines: { none: {} }, transferDate: { gte: since } },
      select: { id: true, referenceCode: true, expectedAmountFen: true, payerName: true, transferDate: true },
      take: 2000,
    }),
  ]);
  if (lines.length === 0 || receipts.length === 0) return 0;
  const { matches } = matchStatement(
    lines.map((l) => ({ ...l, date: toIsoDate(l.date) })),
    receipts.map((r) => ({ ...r, transferDate: toIsoDate(r.transferDate) })),
  );
  let linked = 0;
  for (const m of matches) {
    const done = await tx.bankStatementLine.updateMany({
      where: { id: m.lineId, matchedPaymentId: null },
      data: { matchedPaymentId: m.paymentId },
    });
    linked += done.count;
  }
  return linked;
}

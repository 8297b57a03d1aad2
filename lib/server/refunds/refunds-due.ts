import "server-only";
import type { Tx } from "@/lib/db";

export interface RefundDue {
  applicationId: string;
  paymentId: string;
  amountFen: number;
}

/**
 * The confirmed payments of these applications, one share each (ADR 080): an institution's receipt
 * for n candidates (五(一)) is split into n equal shares, the last one taking the odd fen, so the
 * shares add up to what arrived.
 */
export async function confirmedShares(tx: Tx, applicationIds: readonly string[], paymentId?: string): Promise<RefundDue[]> {
  if (applicationIds.length === 0) return [];
  const payments = await tx.payment.findMany({
    where: paymentId
      ? { id: paymentId }
      : { status: "CONFIRMED", items: { some: { applicationId: { in: [...applicationIds] } } } },
    select: { id: true, amountFen: true, items: { select: { applicationId: true }, orderBy: { applicationId: "asc" } } },
  });
  const wanted = new Set(applicationIds);
  const out: RefundDue[] = [];
  for (const p of payments) {
    const n = p.items.length;
    const share = Math.floor(p.amountFen / n);
    p.items.forEach((item, i) => {
      if (!wanted.has(item.applicationId)) return;
      out.push({
        applicationId: item.applicationId,
        paymentId: p.id,
        amountFen: i === n - 1 ? p.amountFen - share * (n - 1) : share,
      });
    });
  }
  return out;
}

/**
 * Inside the plan decision's transaction: a DUE refund for every confirmed payment of these
 * applications, with the receipt's payer. Idempotent per (payment, application).
 */
export async function createRefundsDue(
  tx: Tx,
  applicationIds: readonly string[],
  reason: string,
  /** One receipt whatever its state (a waiting receipt of a cancelled plan whose money arrived). */
  paymentId?: string,
): Promise<RefundDue[]> {
  const due = await confirmedShares(tx, applicationIds, paymentId);
  for (const d of due) {
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: d.paymentId }, select: { payerName: true } });
    await tx.refund.upsert({
      where: { paymentId_applicationId: { paymentId: d.paymentId, applicationId: d.applicationId } },
      create: { ...d, payerName: payment.payerName, reason },
      update: {},
      select: { id: true },
    });
  }
  return due;
}

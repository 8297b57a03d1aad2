import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import type { Actor } from "@/lib/server/auth/session";
import { getReconciliation } from "./bank-statement-matches";
import { confirmPaymentInTx } from "./confirm-payment";

export interface AcceptMatchesDto {
  confirmed: number;
  /** Pairs no longer suggested (confirmed by hand, another line, changed): left alone. */
  skipped: number;
}

/**
 * 五: the clerk accepts the suggested matches in one action; each accepted pair links the line
 * and confirms the receipt (确认收费, idempotent, one audit row). The server recomputes the
 * suggestions and accepts only pairs it still suggests: the form is a request, not the truth.
 */
export async function acceptStatementMatches(
  actor: Actor,
  pairs: { lineId: string; paymentId: string }[],
  today: IsoDate,
  at: Date,
): Promise<AcceptMatchesDto> {
  assertStaffRole(actor, "FINANCE");
  const current = await getReconciliation(actor, today);
  const suggested = new Set(current.matches.map((m) => `${m.line.id}:${m.payment.id}`));
  const result: AcceptMatchesDto = { confirmed: 0, skipped: 0 };
  for (const pair of pairs) {
    if (!suggested.has(`${pair.lineId}:${pair.paymentId}`)) {
      result.skipped++;
      continue;
    }
    try {
      const done = await db.$transaction(async (tx) => {
        const linked = await tx.bankStatementLine.updateMany({
          where: { id: pair.lineId, matchedPaymentId: null },
          data: { matchedPaymentId: pair.paymentId },
        });
        if (linked.count !== 1) return false;
        const confirmed = await confirmPaymentInTx(tx, actor, pair.paymentId, at, pair.lineId);
        return confirmed.changed;
      });
      if (done) result.confirmed++;
      else result.skipped++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.skipped++;
    }
  }
  return result;
}

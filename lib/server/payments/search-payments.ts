import "server-only";
import { db } from "@/lib/db";
import { fromIsoDate } from "@/lib/dates";
import { normalizeRemark } from "@/lib/domain/bank-statement-match";
import { parseFen } from "@/lib/domain/bank-statement-headings";
import { isIsoDate } from "@/lib/domain/iso-date";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import type { Actor } from "@/lib/server/auth/session";
import { paymentSelect, toDtos, type PaymentDto } from "./list-payments";

export const MAX_SEARCH_RESULTS = 200;

export interface PaymentSearch {
  /** A reference code, a payer's or candidate's name, an amount in yuan or a transfer date. */
  q?: string;
  status?: PaymentStatus | null;
}

/**
 * 五: every receipt, whatever its state (waiting, confirmed, returned), newest first, found by
 * reference code, payer, candidate, amount (what was paid or what is owed) or transfer date.
 */
export async function searchPayments(actor: Actor, search: PaymentSearch): Promise<PaymentDto[]> {
  assertStaffRole(actor, "FINANCE");
  const q = (search.q ?? "").trim().slice(0, 50);
  const where: Prisma.PaymentWhereInput = search.status ? { status: search.status } : {};
  if (q) where.OR = await matchesOf(q, search.status);
  const rows = await db.payment.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: paymentSelect,
    take: MAX_SEARCH_RESULTS,
  });
  return toDtos(rows);
}

/** How many recent receipts a payer-name search reads: names are encrypted, so it reads and compares them here. */
const PAYER_SCAN = 5_000;

async function matchesOf(q: string, status: PaymentStatus | null | undefined): Promise<Prisma.PaymentWhereInput[]> {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(q) && isIsoDate(q) ? q : null;
  if (date) return [{ transferDate: fromIsoDate(date) }];
  const fen = /^[¥￥]?\s*\d[\d,]*(\.\d{1,2})?\s*元?$/.test(q) ? parseFen(q) : null;
  const or: Prisma.PaymentWhereInput[] = [];
  if (fen !== null && fen > 0) or.push({ amountFen: fen }, { expectedAmountFen: fen });
  const code = normalizeRemark(q);
  if (code.length >= 4) or.push({ referenceCode: { contains: code } });
  // Payer and candidate names are encrypted at rest (ADR 057): a candidate by their full name
  // (its keyed hash), a payer by any part of the name among the most recent receipts.
  const [applications, recent] = await Promise.all([
    db.application.findMany({ where: { candidate: { name: q } }, select: { id: true }, take: 500 }),
    db.payment.findMany({
      where: status ? { status } : {},
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, payerName: true },
      take: PAYER_SCAN,
    }),
  ]);
  const payers = recent.filter((p) => p.payerName?.includes(q)).map((p) => p.id);
  if (payers.length > 0) or.push({ id: { in: payers } });
  if (applications.length > 0) or.push({ items: { some: { applicationId: { in: applications.map((a) => a.id) } } } });
  return or.length > 0 ? or : [{ id: { in: [] } }];
}

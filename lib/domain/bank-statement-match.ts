import { addDays } from "./iso-date";
import type { IsoDate } from "./types";

/**
 * 五: the finance clerk's bank statement against the receipts waiting for confirmation. The
 * portal only suggests; the clerk accepts. A suggestion is made when it is the only reading of
 * the line:
 * 1. the remark carries exactly one waiting receipt's reference code and the amount is what
 *    that receipt owes (`reference`);
 * 2. otherwise, the amount owed and the payer's name agree, the bank date is within
 *    PAYER_DATE_TOLERANCE_DAYS of the receipt's transfer date, and neither side has another
 *    candidate (`payer-amount`).
 * 3. several lines of one payer that no receipt fits alone but whose sum is exactly what one
 *    receipt of that payer owes are pointed at it (`sum-of-lines`), for the clerk to link.
 * Everything else is listed with the reason it was not matched, for the clerk to look at.
 */

export interface StatementLine {
  id: string;
  date: IsoDate;
  amountFen: number;
  payerName: string;
  remark: string;
}

export interface PendingReceipt {
  id: string;
  referenceCode: string;
  /** What the receipt must cover (head count × fee), not what the payer typed. */
  expectedAmountFen: number;
  payerName: string;
  transferDate: IsoDate;
}

export type MatchBasis = "reference" | "payer-amount";

export interface SuggestedMatch {
  lineId: string;
  paymentId: string;
  basis: MatchBasis;
}

export type UnmatchedLineReason =
  /** The remark names a waiting receipt, but the amount is not what it owes. */
  | "amount-differs"
  /** The remark names more than one waiting receipt. */
  | "several-references"
  /** Name and amount fit more than one receipt, or the receipt fits more than one line. */
  | "ambiguous"
  /**
   * Several lines of one payer add up to exactly what one waiting receipt owes (100.00 + 50.00
   * for 150.00): the clerk links them together by hand.
   */
  | "sum-of-lines"
  | "no-candidate";

export interface UnmatchedLine {
  lineId: string;
  reason: UnmatchedLineReason;
  /** The receipts the line points at, when there are some (for the clerk to compare). */
  paymentIds: string[];
}

export interface MatchResult {
  matches: SuggestedMatch[];
  unmatchedLines: UnmatchedLine[];
  /** Waiting receipts no line was matched to: money the bank has not shown yet. */
  unmatchedPaymentIds: string[];
}

/** Banks print transfers a day or two after the receipt's date, and weekends stretch it. */
export const PAYER_DATE_TOLERANCE_DAYS = 5;

/** Upper case, half-width, without spaces or separators: how a code survives a bank's remark field. */
export function normalizeRemark(text: string): string {
  return toHalfWidth(text)
    .toUpperCase()
    .replace(/[\s\-_－—·.,，。:：;；/\\|()（）[\]【】]/g, "");
}

/** Payer names differ in spacing, width and brackets between a bank and a person's typing. */
export function normalizePayerName(name: string): string {
  return toHalfWidth(name)
    .replace(/[\s·•.()（）]/g, "")
    .toUpperCase();
}

function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

function withinTolerance(a: IsoDate, b: IsoDate): boolean {
  return addDays(a, -PAYER_DATE_TOLERANCE_DAYS) <= b && b <= addDays(a, PAYER_DATE_TOLERANCE_DAYS);
}

export function matchStatement(lines: readonly StatementLine[], receipts: readonly PendingReceipt[]): MatchResult {
  const matches: SuggestedMatch[] = [];
  const unmatched = new Map<string, UnmatchedLine>();
  const claimed = new Set<string>();
  const fallback: StatementLine[] = [];

  // Pass 1: reference codes. A line that names a receipt is about that receipt only.
  for (const line of lines) {
    const remark = normalizeRemark(line.remark);
    const named = receipts.filter((r) => remark.includes(normalizeRemark(r.referenceCode)));
    const first = named[0];
    if (named.length > 1)
      unmatched.set(line.id, { lineId: line.id, reason: "several-references", paymentIds: named.map((r) => r.id) });
    else if (!first) fallback.push(line);
    else if (first.expectedAmountFen !== line.amountFen || claimed.has(first.id)) {
      unmatched.set(line.id, {
        lineId: line.id,
        reason: claimed.has(first.id) ? "ambiguous" : "amount-differs",
        paymentIds: [first.id],
      });
    } else {
      matches.push({ lineId: line.id, paymentId: first.id, basis: "reference" });
      claimed.add(first.id);
    }
  }

  // Pass 2: payer name and amount, only where both sides have exactly one candidate.
  const open = receipts.filter((r) => !claimed.has(r.id));
  const fits = (line: StatementLine, r: PendingReceipt) =>
    r.expectedAmountFen === line.amountFen &&
    normalizePayerName(r.payerName) === normalizePayerName(line.payerName) &&
    withinTolerance(r.transferDate, line.date);
  for (const line of fallback) {
    const candidates = open.filter((r) => fits(line, r));
    const only = candidates[0];
    if (!only) {
      unmatched.set(line.id, { lineId: line.id, reason: "no-candidate", paymentIds: [] });
    } else if (candidates.length > 1 || fallback.filter((other) => fits(other, only)).length > 1) {
      unmatched.set(line.id, { lineId: line.id, reason: "ambiguous", paymentIds: candidates.map((r) => r.id) });
    } else {
      matches.push({ lineId: line.id, paymentId: only.id, basis: "payer-amount" });
      claimed.add(only.id);
    }
  }

  // Pass 3: lines of one payer left without a candidate that together pay one receipt.
  const byPayer = new Map<string, StatementLine[]>();
  for (const line of fallback) {
    if (unmatched.get(line.id)?.reason !== "no-candidate") continue;
    const key = normalizePayerName(line.payerName);
    byPayer.set(key, [...(byPayer.get(key) ?? []), line]);
  }
  for (const [payer, group] of byPayer) {
    if (group.length < 2) continue;
    const sum = group.reduce((total, l) => total + l.amountFen, 0);
    const candidates = receipts.filter(
      (r) =>
        !claimed.has(r.id) &&
        r.expectedAmountFen === sum &&
        normalizePayerName(r.payerName) === payer &&
        group.every((l) => withinTolerance(r.transferDate, l.date)),
    );
    if (candidates.length !== 1) continue;
    for (const line of group)
      unmatched.set(line.id, { lineId: line.id, reason: "sum-of-lines", paymentIds: [candidates[0]!.id] });
  }

  return {
    matches,
    unmatchedLines: lines.flatMap((l) => unmatched.get(l.id) ?? []),
    unmatchedPaymentIds: receipts.filter((r) => !claimed.has(r.id)).map((r) => r.id),
  };
}

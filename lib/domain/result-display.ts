import { PASS_MARK } from "./score-import";

/**
 * 八: what a result line says, by what happened to the candidate (issue 12 item 7).
 * - `not-admitted`: never held a ticket for the exam (rejected, never reviewed, returned and
 *   lapsed, never paid or forfeited, cancelled): no score, never 「不合格」, never on the notice;
 * - `absent` (缺考): marked absent on the sheet, or the plan's scores are imported and this
 *   candidate, who did not sign in on the exam day, has none;
 * - `scored`: a score, passing at 60 or more;
 * - `pending`: admitted, no score yet. A candidate who signed in and has no score after an
 *   import stays here (the sheet misses them: the officer must fix it), never 缺考.
 */
export type ResultDisplay =
  { kind: "not-admitted" } | { kind: "pending" } | { kind: "absent" } | { kind: "scored"; score: number; passed: boolean };

export interface ResultFacts {
  /** The DB's status spelling (UPPER_SNAKE). */
  status: string;
  ticketNumber: string | null;
  score: number | null;
  absent: boolean;
  /** Signed in on the exam day (七). */
  checkedIn: boolean;
  /** At least one result of the plan was imported (or the notice is published). */
  scoresImported: boolean;
}

export function resultDisplay(f: ResultFacts): ResultDisplay {
  if (f.status !== "PAYMENT_CONFIRMED" || f.ticketNumber === null) return { kind: "not-admitted" };
  if (f.absent) return { kind: "absent" };
  if (f.score !== null) return { kind: "scored", score: f.score, passed: f.score >= PASS_MARK };
  if (f.scoresImported && !f.checkedIn) return { kind: "absent" };
  return { kind: "pending" };
}

/** Only those who sat the exam appear on the public notice (八). */
export function appearsOnNotice(display: ResultDisplay): display is Extract<ResultDisplay, { kind: "scored" }> {
  return display.kind === "scored";
}

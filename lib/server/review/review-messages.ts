import "server-only";
import { asClause } from "@/lib/domain/amount";
import type { BatchDef } from "@/lib/domain/types";
import { inboxMessage } from "@/lib/i18n/stored-message";
import { translateKey } from "@/lib/i18n/translate-key";

/**
 * What the candidate (or their institution) reads in the inbox after a decision: a message kind
 * and its values (ADR 123), shown in the reader's language, with the Chinese words beside them.
 */
export interface DecisionContext {
  candidateName: string;
  projectName: string;
  batch: BatchDef;
}

/** The values every decision message names (ADR 123): who, which plan. */
function about(c: DecisionContext) {
  return { name: c.candidateName, year: c.batch.year, seq: c.batch.seq, project: c.projectName };
}

export function approvedMessage(c: DecisionContext) {
  return inboxMessage("approved", { ...about(c), start: c.batch.payment.start, end: c.batch.payment.end });
}

export function returnedMessage(c: DecisionContext, reasons: Record<string, string>) {
  const list = Object.entries(reasons)
    .map(([key, reason]) => `${translateKey(`reviewFields.${key}`)}：${reason}`)
    .join("；");
  return inboxMessage("returned", { ...about(c), end: c.batch.review.end, detail: list });
}

export function rejectedMessage(c: DecisionContext, reason: string) {
  return inboxMessage("rejected", { ...about(c), detail: asClause(reason) });
}

export function lapsedMessage(c: DecisionContext) {
  return inboxMessage("lapsed", { ...about(c), end: c.batch.review.end });
}

export function forfeitedMessage(c: DecisionContext) {
  return inboxMessage("forfeited", { ...about(c), end: c.batch.payment.end });
}

/** Return reasons as one line for the timeline. */
export function reasonsNote(reasons: Record<string, string>): string {
  return Object.entries(reasons)
    .map(([key, reason]) => `${translateKey(`reviewFields.${key}`)}：${reason}`)
    .join("；");
}

/** ADR 064 end state 3: the center's delay, said as such, with what the candidate can do. */
export function undecidedMessage(c: DecisionContext & { graceEnd: string }) {
  return inboxMessage("undecided", { ...about(c), graceEnd: c.graceEnd });
}

/** ADR 064 end state 4: a receipt uploaded in time that nobody confirmed within the grace. */
export function unconfirmedMessage(c: DecisionContext & { graceEnd: string }) {
  return inboxMessage("unconfirmed", { ...about(c), graceEnd: c.graceEnd });
}

/** ADR 064 end state 9: one message per institution and batch, however many drafts lapsed. */
export function draftsLapsedDigest(batch: BatchDef, count: number) {
  return inboxMessage("draftsLapsed", { year: batch.year, seq: batch.seq, end: batch.registration.end, count });
}

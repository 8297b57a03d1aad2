import "server-only";
import { asClause } from "@/lib/domain/amount";
import type { BatchDef } from "@/lib/domain/types";
import { inboxMessage } from "@/lib/i18n/stored-message";
import { translateKey } from "@/lib/i18n/translate-key";

/**
 * What the candidate (or their institution) reads in the inbox after a decision. Stored text,
 * in Chinese: the inbox keeps what was said at the time, whatever the reader's language.
 */
export interface DecisionContext {
  candidateName: string;
  projectName: string;
  batch: BatchDef;
}

function subject(c: DecisionContext): string {
  return `${c.candidateName}报名的${c.batch.year}年第${c.batch.seq}批“${c.projectName}”`;
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
  return {
    title: "报名已取消（中心未能按时审核）",
    body: `${subject(c)}因省职鉴中心未能在审核期（含宽限期，至${c.graceEnd}）内完成资格审核，本次报名已取消，并非您的原因。您可以在下一批次的报名期内重新报名；如有疑问请致电省职鉴中心。`,
  };
}

/** ADR 064 end state 4: a receipt uploaded in time that nobody confirmed within the grace. */
export function unconfirmedMessage(c: DecisionContext & { graceEnd: string }) {
  return {
    title: "缴费未能确认，视为放弃报考",
    body: `${subject(c)}的缴费凭证在确认期限（缴费期结束后 1 个工作日，至${c.graceEnd}）内未获确认，按通知“未在规定时间内完成‘确认缴费’，视为自动放弃报考”处理（五）。如您已转账，请致电省职鉴中心办理退费。`,
  };
}

/** ADR 064 end state 9: one message per institution and batch, however many drafts lapsed. */
export function draftsLapsedDigest(batch: BatchDef, count: number) {
  return {
    title: "未提交的报名已失效",
    body: `${batch.year}年第${batch.seq}批报名期已于${batch.registration.end}截止，贵机构有 ${count} 份报名未提交，已失效。如需参加考核，请在下一批次的报名期内重新报名。`,
  };
}

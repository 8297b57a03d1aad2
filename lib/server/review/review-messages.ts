import "server-only";
import { asClause } from "@/lib/domain/amount";
import type { BatchDef } from "@/lib/domain/types";
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

export function approvedMessage(c: DecisionContext) {
  return {
    title: "资格审核通过",
    body: `${subject(c)}已通过资格审核。请在缴费期（${c.batch.payment.start}至${c.batch.payment.end}）内通过对公转账缴费并上传银行回单；逾期未缴费视为放弃报考（五）。`,
  };
}

export function returnedMessage(c: DecisionContext, reasons: Record<string, string>) {
  const list = Object.entries(reasons)
    .map(([key, reason]) => `${translateKey(`reviewFields.${key}`)}：${reason}`)
    .join("；");
  return {
    title: "报名被退回修改",
    body: `${subject(c)}被退回修改。请在审核期结束（${c.batch.review.end}）前修改并重新提交，逾期报名失效（四(二)3）。修改意见：${list}`,
  };
}

export function rejectedMessage(c: DecisionContext, reason: string) {
  return {
    title: "资格审核不通过",
    body: `${subject(c)}未通过资格审核：${asClause(reason)}。报名失败，该考核计划不再受理报名（四(二)3）。`,
  };
}

export function lapsedMessage(c: DecisionContext) {
  return {
    title: "报名已失效",
    body: `${subject(c)}在审核期结束（${c.batch.review.end}）前未提交修改，报名已失效（四(二)3）。`,
  };
}

export function forfeitedMessage(c: DecisionContext) {
  return {
    title: "逾期未缴费，视为放弃报考",
    body: `${subject(c)}在缴费期结束（${c.batch.payment.end}）前未完成缴费确认，视为放弃报考，不予核发准考证（五）。`,
  };
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

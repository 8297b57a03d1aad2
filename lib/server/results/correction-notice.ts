import "server-only";
import { asClause } from "@/lib/domain/amount";
import type { Tx } from "@/lib/db";
import { describeResult, type ResultValue } from "@/lib/domain/score-correction";
import { notifyApplicant } from "@/lib/server/notifications/notify";

export interface CorrectionNotice {
  project: string;
  before: ResultValue;
  after: ResultValue;
  reason: string;
  revoked: { number: string; paperCollected: boolean } | null;
  issuable: boolean;
}

export function correctionMessage(n: CorrectionNotice): { title: string; body: string } {
  const certificate = n.revoked
    ? `原证书（编号${n.revoked.number}）已作废，电子证书不再有效${n.revoked.paperCollected ? "，已领取的纸质证书请交回省职鉴中心" : ""}。`
    : n.issuable
      ? "证书编号生成后将另行通知（九）。"
      : "";
  return {
    title: "成绩已更正",
    body: `${n.project}考核成绩已更正：${describeResult(n.before)} → ${describeResult(n.after)}。更正原因：${asClause(n.reason)}。${certificate}如有疑问请致电 028-86156861。`,
  };
}

/**
 * Whoever applied hears of it (the candidate, or the institution that registered them), and
 * for an institution's application the candidate too when they have an account: it is their
 * result. Their copy links to no application, which is the institution's to open.
 */
export async function notifyCorrection(tx: Tx, applicationId: string, notice: CorrectionNotice): Promise<void> {
  const message = correctionMessage(notice);
  await notifyApplicant(tx, applicationId, message);
  const app = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { channel: true, candidate: { select: { userId: true } } },
  });
  if (app.channel === "INSTITUTION" && app.candidate.userId)
    await tx.notification.create({ data: { userId: app.candidate.userId, ...message }, select: { id: true } });
}

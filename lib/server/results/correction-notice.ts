import "server-only";
import { asClause } from "@/lib/domain/amount";
import type { Tx } from "@/lib/db";
import { isPass } from "@/lib/domain/score-import";
import type { ResultValue } from "@/lib/domain/score-correction";
import { inboxMessage } from "@/lib/i18n/stored-message";
import { messageColumns, notifyApplicant } from "@/lib/server/notifications/notify";

export interface CorrectionNotice {
  project: string;
  before: ResultValue;
  after: ResultValue;
  reason: string;
  revoked: { number: string; paperCollected: boolean } | null;
  issuable: boolean;
}

const resultParam = (r: ResultValue) => (r.absent || r.score === null ? "absent" : isPass(r) ? "pass" : "fail");

export function correctionMessage(n: CorrectionNotice) {
  return inboxMessage("resultCorrected", {
    project: n.project,
    before: resultParam(n.before),
    beforeScore: n.before.score ?? "",
    after: resultParam(n.after),
    afterScore: n.after.score ?? "",
    detail: asClause(n.reason),
    certificate: n.revoked ? (n.revoked.paperCollected ? "collected" : "revoked") : n.issuable ? "issuable" : "none",
    number: n.revoked?.number ?? "",
  });
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
    await tx.notification.create({ data: { userId: app.candidate.userId, ...messageColumns(message) }, select: { id: true } });
}

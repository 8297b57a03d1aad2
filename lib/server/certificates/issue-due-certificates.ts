import "server-only";
import { db } from "@/lib/db";
import { PASS_MARK } from "@/lib/domain/score-import";
import type { IsoDate } from "@/lib/domain/types";
import { issueCertificates, planCertificateDates } from "./issue-certificates";

/**
 * 九 after 八 (issue 12 item 8), the clock-driven job: every published plan whose notice has
 * ended by `today` gets its passed candidates' certificates (numbers, e-certificate, inbox
 * message). Plans already issued have nobody left, so running it again changes nothing.
 */
export async function issueDueCertificates(today: IsoDate, at: Date): Promise<{ issued: number }> {
  const plans = await db.plan.findMany({
    where: {
      status: "HELD",
      noticePublishedAt: { not: null },
      applications: { some: { status: "PAYMENT_CONFIRMED", absent: false, score: { gte: PASS_MARK }, certificateNumber: null } },
    },
    select: { id: true, noticePublishedAt: true, batch: { select: { examDate: true } } },
  });
  let issued = 0;
  for (const plan of plans) {
    const dates = await planCertificateDates(plan.noticePublishedAt!, plan.batch.examDate);
    if (today < dates.electronicFrom) continue;
    issued += await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Plan" WHERE id = ${plan.id}::uuid FOR UPDATE`;
      return issueCertificates(tx, plan.id, at, dates.paperFrom);
    });
  }
  return { issued };
}

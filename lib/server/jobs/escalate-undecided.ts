import "server-only";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import { reviewBatchesOn } from "@/lib/server/review/review-batches";

/**
 * ADR 064 end state 3: from three working days before a review window ends until its grace
 * ends, every reviewer gets one inbox message a day per batch that still has undecided
 * applications (the dashboard shows the same count). Idempotent per day.
 */
export async function escalateUndecided(today: IsoDate): Promise<{ sent: number }> {
  const { escalating } = await reviewBatchesOn(today);
  if (escalating.length === 0) return { sent: 0 };
  const reviewers = await db.user.findMany({
    where: { kind: "STAFF", roles: { has: "REVIEWER" }, disabledAt: null },
    select: { id: true },
  });
  let sent = 0;
  for (const batch of escalating) {
    const count = await db.application.count({ where: { status: "SUBMITTED", plan: { batchId: batch.id } } });
    if (count === 0) continue;
    for (const reviewer of reviewers) {
      const dedupeKey = `review-escalation:${batch.id}:${today}:${reviewer.id}`;
      await db.notification.upsert({
        where: { dedupeKey },
        create: {
          userId: reviewer.id,
          title: `待审核申请即将超期（${batch.year}年第${batch.seq}批）`,
          body: `${batch.year}年第${batch.seq}批尚有 ${count} 份申请未审核。审核宽限期至 ${batch.graceEnd} 结束，逾期未审核的申请将被取消并告知考生（非考生原因）。请尽快到“资格审核”处理。`,
          dedupeKey,
        },
        update: {},
        select: { id: true },
      });
      sent++;
    }
  }
  return { sent };
}

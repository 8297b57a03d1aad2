import "server-only";
import { inboxMessage } from "@/lib/i18n/stored-message";
import { messageColumns } from "@/lib/server/notifications/notify";
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
          ...messageColumns(
            inboxMessage("reviewEscalation", { year: batch.year, seq: batch.seq, count, graceEnd: batch.graceEnd }),
          ),
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

import "server-only";
import type { IsoDate } from "@/lib/domain/types";
import { forfeitedMessage, unconfirmedMessage } from "@/lib/server/review/review-messages";
import { batchesDue } from "./due-batches";
import { expireApplications } from "./expire-applications";

/**
 * 五 "未及时缴纳考核费的视为放弃报考…未在规定时间内完成'确认缴费'，视为自动放弃报考": an
 * approved application still without a receipt when its batch's payment window has ended, and
 * a receipt nobody confirmed within the stated grace (ADR 064 end state 4), are forfeited when
 * the rule table says so (lib/domain/window-rules `dueClockEvent`). Idempotent.
 */
export async function forfeitUnpaidApplications(today: IsoDate): Promise<{ changed: number }> {
  const unpaid = await expireApplications({
    from: "APPROVED",
    event: "forfeit",
    batches: await batchesDue("APPROVED", "forfeit", today),
    note: "timelineNotes.forfeitUnpaid",
    message: forfeitedMessage,
  });
  const unconfirmed = await expireApplications({
    from: "PAYMENT_SUBMITTED",
    event: "forfeit",
    batches: await batchesDue("PAYMENT_SUBMITTED", "forfeit", today),
    note: "timelineNotes.forfeitUnconfirmed",
    message: (context, dates) => unconfirmedMessage({ ...context, graceEnd: dates.paymentGraceEnd }),
  });
  return { changed: unpaid.changed + unconfirmed.changed };
}

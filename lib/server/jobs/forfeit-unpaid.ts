import "server-only";
import { fromIsoDate } from "@/lib/dates";
import type { IsoDate } from "@/lib/domain/types";
import { forfeitedMessage } from "@/lib/server/review/review-messages";
import { expireApplications } from "./expire-applications";

/**
 * 五 "未及时缴纳考核费的视为放弃报考，不予核发准考证": an approved application still without a
 * receipt when its batch's payment window has ended is forfeited. A receipt waiting for staff
 * (PAYMENT_SUBMITTED) is not: staff decide it first (lib/domain/application-state). Idempotent.
 */
export function forfeitUnpaidApplications(today: IsoDate): Promise<{ changed: number }> {
  return expireApplications({
    from: "APPROVED",
    event: "forfeit",
    where: { plan: { batch: { paymentEnd: { lt: fromIsoDate(today) } } } },
    note: "缴费期结束前未缴费，视为放弃报考",
    message: forfeitedMessage,
  });
}

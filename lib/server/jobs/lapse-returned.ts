import "server-only";
import type { IsoDate } from "@/lib/domain/types";
import { lapsedMessage } from "@/lib/server/review/review-messages";
import { batchesDue } from "./due-batches";
import { expireApplications } from "./expire-applications";

/**
 * 四(二)3 "退回修改的须在审核期内提交修改…未在规定时间内提交修改的，不再受理": a returned
 * application whose batch's review window ended before `today` lapses, as the rule table says.
 * Idempotent.
 */
export async function lapseReturnedApplications(today: IsoDate): Promise<{ changed: number }> {
  const { changed } = await expireApplications({
    from: "RETURNED",
    event: "lapse",
    batches: await batchesDue("RETURNED", "lapse", today),
    note: "timelineNotes.lapsedReturned",
    message: lapsedMessage,
  });
  return { changed };
}

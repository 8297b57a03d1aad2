import "server-only";
import { fromIsoDate } from "@/lib/dates";
import type { IsoDate } from "@/lib/domain/types";
import { lapsedMessage } from "@/lib/server/review/review-messages";
import { expireApplications } from "./expire-applications";

/**
 * 四(二)3 "退回修改的须在审核期内提交修改…未在规定时间内提交修改的，不再受理": a returned
 * application whose batch's review window ended before `today` lapses. Idempotent.
 */
export function lapseReturnedApplications(today: IsoDate): Promise<{ changed: number }> {
  return expireApplications({
    from: "RETURNED",
    event: "lapse",
    where: { plan: { batch: { reviewEnd: { lt: fromIsoDate(today) } } } },
    note: "审核期结束前未提交修改，报名失效",
    message: lapsedMessage,
  });
}

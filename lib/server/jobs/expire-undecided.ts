import "server-only";
import type { IsoDate } from "@/lib/domain/types";
import { undecidedMessage } from "@/lib/server/review/review-messages";
import { batchesDue } from "./due-batches";
import { expireApplications } from "./expire-applications";

/**
 * ADR 064 end state 3: an application the center did not decide by the end of the review grace
 * is cancelled, and the candidate is told it was the center's delay and what to do. Staff were
 * escalated from three working days before the review window's end. Idempotent.
 */
export async function expireUndecidedApplications(today: IsoDate): Promise<{ changed: number }> {
  const { changed } = await expireApplications({
    from: "SUBMITTED",
    event: "expire-undecided",
    batches: await batchesDue("SUBMITTED", "expire-undecided", today),
    note: "timelineNotes.expiredUndecided",
    message: (context, dates) => undecidedMessage({ ...context, graceEnd: dates.reviewGraceEnd }),
  });
  return { changed };
}

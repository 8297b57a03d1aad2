import "server-only";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import { mayDo, needsEscalation } from "@/lib/domain/window-rules";
import { ruleDates } from "@/lib/domain/window-rules-dates";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";

export interface ReviewBatches {
  /** Batches whose submitted applications a reviewer may still decide today. */
  decidable: string[];
  /** Of those, the ones in the escalation days (ADR 064), with the last day a decision counts. */
  escalating: { id: string; year: number; seq: number; graceEnd: IsoDate }[];
}

/** Where review stands on `today`, batch by batch, as the rule table says (lib/domain/window-rules). */
export async function reviewBatchesOn(today: IsoDate): Promise<ReviewBatches> {
  const [rows, calendar] = await Promise.all([db.batch.findMany({ select: batchSelect }), loadWorkingDayCalendar()]);
  const result: ReviewBatches = { decidable: [], escalating: [] };
  for (const row of rows) {
    const batch = toBatchDef(row);
    const dates = ruleDates(batch, calendar);
    const input = { role: "reviewer", status: "SUBMITTED", batch, dates, day: today } as const;
    if (!mayDo("review-decide", input).allowed) continue;
    result.decidable.push(row.id);
    if (needsEscalation("SUBMITTED", today, dates))
      result.escalating.push({ id: row.id, year: row.year, seq: row.seq, graceEnd: dates.reviewGraceEnd });
  }
  return result;
}

import "server-only";
import { db } from "@/lib/db";
import type { ApplicationStatus } from "@/lib/domain/application-state";
import type { BatchDef, IsoDate } from "@/lib/domain/types";
import { dueClockEvent, type ClockEvent } from "@/lib/domain/window-rules";
import { ruleDates, type RuleDates } from "@/lib/domain/window-rules-dates";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";

export interface DueBatch {
  batch: BatchDef & { id: string };
  dates: RuleDates;
}

/**
 * The batches in which the rule table's clock moves applications left in `status` on `today`
 * (lib/domain/window-rules `dueClockEvent`): the jobs ask the table, never a date of their own.
 * Batches that ended long ago still answer, so a job that did not run for a while catches up.
 */
export async function batchesDue(status: ApplicationStatus, event: ClockEvent, today: IsoDate): Promise<DueBatch[]> {
  const [rows, calendar] = await Promise.all([db.batch.findMany({ select: batchSelect }), loadWorkingDayCalendar()]);
  return rows
    .map((row) => {
      const batch = toBatchDef(row);
      return { batch, dates: ruleDates(batch, calendar) };
    })
    .filter(({ batch, dates }) => dueClockEvent(status, batch, today, dates) === event);
}

import "server-only";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import { createWorkingDayCalendar, type WorkingDayCalendar } from "@/lib/domain/working-days";
import { batchLoader } from "@/lib/server/db-batch";

/**
 * The holiday package plus the staff's overrides for years it does not know, and the years whose
 * whole schedule staff entered (ADR 084). Callers that ask together share one read (ADR 053): a
 * registration morning's submits all need it.
 */
export function loadWorkingDayCalendar(): Promise<WorkingDayCalendar> {
  return loadShared(true);
}

let last: { signature: string; calendar: WorkingDayCalendar } | null = null;

const loadShared = batchLoader<true, WorkingDayCalendar>(async (keys) => {
  // Both tables in one statement: every signed-in page and submit reads them (ADR 157).
  const rows = await db.$queryRaw<{ day: IsoDate | null; working: boolean | null; year: number | null }[]>`
    SELECT to_char("date", 'YYYY-MM-DD') AS day, "isWorkingDay" AS working, NULL::int AS year FROM "HolidayOverride"
    UNION ALL
    SELECT NULL, NULL, "year" FROM "HolidayYear"`;
  const days = rows.flatMap((r) => (r.day !== null && r.working !== null ? [[r.day, r.working] as const] : []));
  const complete = rows.flatMap((r) => (r.year !== null ? [r.year] : []));
  // The same overrides as the last read: the same calendar, with the answers it already worked
  // out (ADR 152). Read every time all the same, so a staff change counts on the next request.
  const signature = JSON.stringify([[...days].sort(), [...complete].sort()]);
  if (last?.signature !== signature) last = { signature, calendar: createWorkingDayCalendar(new Map(days), new Set(complete)) };
  const { calendar } = last;
  return keys.map(() => calendar);
});

import "server-only";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
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
  const [overrides, years] = await Promise.all([
    db.holidayOverride.findMany({ select: { date: true, isWorkingDay: true } }),
    db.holidayYear.findMany({ select: { year: true } }),
  ]);
  const days = overrides.map((o) => [toIsoDate(o.date), o.isWorkingDay] as const);
  const complete = years.map((y) => y.year);
  // The same overrides as the last read: the same calendar, with the answers it already worked
  // out (ADR 152). Read every time all the same, so a staff change counts on the next request.
  const signature = JSON.stringify([[...days].sort(), [...complete].sort()]);
  if (last?.signature !== signature) last = { signature, calendar: createWorkingDayCalendar(new Map(days), new Set(complete)) };
  const { calendar } = last;
  return keys.map(() => calendar);
});

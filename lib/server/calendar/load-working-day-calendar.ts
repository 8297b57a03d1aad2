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

const loadShared = batchLoader<true, WorkingDayCalendar>(async (keys) => {
  const [overrides, years] = await Promise.all([
    db.holidayOverride.findMany({ select: { date: true, isWorkingDay: true } }),
    db.holidayYear.findMany({ select: { year: true } }),
  ]);
  const calendar = createWorkingDayCalendar(
    new Map(overrides.map((o) => [toIsoDate(o.date), o.isWorkingDay])),
    new Set(years.map((y) => y.year)),
  );
  return keys.map(() => calendar);
});

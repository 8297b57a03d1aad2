import "server-only";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { createWorkingDayCalendar, type WorkingDayCalendar } from "@/lib/domain/working-days";
import { batchLoader } from "@/lib/server/db-batch";

/**
 * The holiday package plus the staff's overrides for years it does not know. Callers that ask
 * together share one read (ADR 053): a registration morning's submits all need it.
 */
export function loadWorkingDayCalendar(): Promise<WorkingDayCalendar> {
  return loadShared(true);
}

const loadShared = batchLoader<true, WorkingDayCalendar>(async (keys) => {
  const overrides = await db.holidayOverride.findMany({ select: { date: true, isWorkingDay: true } });
  const calendar = createWorkingDayCalendar(new Map(overrides.map((o) => [toIsoDate(o.date), o.isWorkingDay])));
  return keys.map(() => calendar);
});

import "server-only";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { createWorkingDayCalendar } from "@/lib/domain/working-days";

/** The holiday package plus the staff's overrides for years it does not know. */
export async function loadWorkingDayCalendar() {
  const overrides = await db.holidayOverride.findMany({ select: { date: true, isWorkingDay: true } });
  return createWorkingDayCalendar(new Map(overrides.map((o) => [toIsoDate(o.date), o.isWorkingDay])));
}

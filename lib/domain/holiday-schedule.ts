import { addDays, isIsoDate } from "./iso-date";
import type { IsoDate } from "./types";

/**
 * A year's holiday schedule as the State Council publishes it, typed or pasted by staff in one go
 * (ADR 084): one line per holiday or make-up working day, or a range of days.
 *
 *   2027-01-01 休 元旦
 *   2027-02-06 至 2027-02-12 休 春节
 *   2027-02-14 班 春节调休
 *
 * "休" (or "off") marks days off, "班" (or "work") days worked. Blank lines are skipped.
 */
export interface ScheduleDay {
  date: IsoDate;
  isWorkingDay: boolean;
  note: string;
}

export type ScheduleResult =
  | { ok: true; days: ScheduleDay[] }
  /** Message keys (batchHousekeeping.schedule.*) with the line they are about. */
  | { ok: false; errors: { line: number; key: string }[] };

const LINE = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:至|~|－|—|-{1,2}|to)\s*(\d{4}-\d{2}-\d{2}))?\s+(休|班|off|work)\s*(.*)$/i;

export function parseHolidaySchedule(text: string, year: number): ScheduleResult {
  const days = new Map<IsoDate, ScheduleDay>();
  const errors: { line: number; key: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    const match = LINE.exec(line);
    const [, start = "", end, kind = "", note = ""] = match ?? [];
    const last = end ?? start;
    if (!match || !isIsoDate(start) || !isIsoDate(last)) return void errors.push({ line: index + 1, key: "unreadable" });
    if (!start.startsWith(`${year}-`) || !last.startsWith(`${year}-`))
      return void errors.push({ line: index + 1, key: "otherYear" });
    if (last < start) return void errors.push({ line: index + 1, key: "endBeforeStart" });
    const isWorkingDay = kind === "班" || kind.toLowerCase() === "work";
    for (let day = start; day <= last; day = addDays(day, 1)) {
      if (days.has(day)) return void errors.push({ line: index + 1, key: "twice" });
      days.set(day, { date: day, isWorkingDay, note: note.trim().slice(0, 60) });
    }
  });
  if (errors.length === 0 && ![...days.values()].some((d) => !d.isWorkingDay)) errors.push({ line: 0, key: "noHoliday" });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)) };
}

import holidayData from "chinese-days/dist/chinese-days.json";
import { addDays, assertIsoDate, dayOfWeek } from "./iso-date";
import type { IsoDate } from "./types";

/**
 * Working days (工作日) for the notice's deadlines (四(一)3, 六, 八, 九): Monday to Friday, minus
 * public holidays, plus make-up working days (调休). The State Council's schedule comes from
 * `chinese-days`, read from its data file rather than `isWorkday`: that function parses
 * "YYYY-MM-DD" as UTC midnight but reads the weekday in the server's zone, so west of UTC it
 * answers for the previous day. Staff overrides win over the package, which is how a year
 * the package does not know yet (published each November) gets its holidays.
 */

const HOLIDAYS: Readonly<Record<string, string>> = holidayData.holidays;
const MAKE_UP_WORKDAYS: Readonly<Record<string, string>> = holidayData.workdays;

const PACKAGE_YEARS: ReadonlySet<number> = new Set(Object.keys(HOLIDAYS).map((d) => Number(d.slice(0, 4))));

export interface WorkingDayCalendar {
  isWorkingDay(day: IsoDate): boolean;
  /** A day of a public holiday (放假): the package's, or a day staff entered as off. Not a plain weekend. */
  isHoliday(day: IsoDate): boolean;
  /** The n-th working day strictly after `day` (n ≥ 1). */
  addWorkingDays(day: IsoDate, n: number): IsoDate;
  /** The n-th working day strictly before `day` (n ≥ 1). */
  subtractWorkingDays(day: IsoDate, n: number): IsoDate;
  /** Last day of a period of n working days that begins on `start` (counting `start` if it is a working day). */
  periodEnd(start: IsoDate, n: number): IsoDate;
  /**
   * Whether the year's holidays are known: the package has the year, or staff entered its whole
   * schedule and marked it complete (`HolidayYear`, ADR 084). One override day does not make a
   * year known. When false the calendar counts weekends only, and the UI should say so.
   */
  hasHolidayData(year: number): boolean;
}

/** Remembered answers per calendar; beyond this many (never in practice) it starts again. */
const MAX_ANSWERS = 10_000;

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working-day count must be a positive integer, got ${n}`);
}

export function createWorkingDayCalendar(
  overrides: ReadonlyMap<IsoDate, boolean> = new Map(),
  completeYears: ReadonlySet<number> = new Set(),
): WorkingDayCalendar {
  for (const day of overrides.keys()) assertIsoDate(day);

  function isWorkingDay(day: IsoDate): boolean {
    assertIsoDate(day);
    const override = overrides.get(day);
    if (override !== undefined) return override;
    if (MAKE_UP_WORKDAYS[day] !== undefined) return true;
    if (HOLIDAYS[day] !== undefined) return false;
    const weekday = dayOfWeek(day);
    return weekday !== 0 && weekday !== 6;
  }

  // A calendar answers the same few questions again and again (every page of an application
  // derives its batch's dates: 60 working days after the exam is about 85 days walked), and the
  // answers cannot change: the overrides are fixed when the calendar is made (ADR 152).
  const answers = new Map<string, IsoDate>();

  function step(day: IsoDate, n: number, direction: 1 | -1): IsoDate {
    const key = `${day}|${n}|${direction}`;
    const known = answers.get(key);
    if (known !== undefined) return known;
    const answer = walk(day, n, direction);
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(key, answer);
    return answer;
  }

  function walk(day: IsoDate, n: number, direction: 1 | -1): IsoDate {
    assertCount(n);
    let current = day;
    let found = 0;
    while (found < n) {
      current = addDays(current, direction);
      if (isWorkingDay(current)) found++;
    }
    return current;
  }

  return {
    isWorkingDay,
    addWorkingDays: (day, n) => step(day, n, 1),
    subtractWorkingDays: (day, n) => step(day, n, -1),
    periodEnd(start, n) {
      assertCount(n);
      return isWorkingDay(start) ? (n === 1 ? start : step(start, n - 1, 1)) : step(start, n, 1);
    },
    isHoliday(day) {
      assertIsoDate(day);
      const override = overrides.get(day);
      if (override !== undefined) return !override;
      return HOLIDAYS[day] !== undefined;
    },
    hasHolidayData: (year) => PACKAGE_YEARS.has(year) || completeYears.has(year),
  };
}

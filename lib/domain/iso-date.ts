import type { IsoDate } from "./types";

/**
 * Arithmetic on `YYYY-MM-DD` days. Everything goes through UTC midnight so the server's own
 * time zone can never shift a day: the notice's dates are Beijing days, not instants.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar day written as `YYYY-MM-DD` (so `2025-02-29` is not one). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Throws on a malformed day: callers pass days they already validated, so this is a bug. */
export function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`not a calendar day (YYYY-MM-DD): ${value}`);
}

export function isoDateParts(value: IsoDate): { year: number; month: number; day: number } {
  assertIsoDate(value);
  return {
    year: Number(value.slice(0, 4)),
    month: Number(value.slice(5, 7)),
    day: Number(value.slice(8, 10)),
  };
}

function toUtcMs(value: IsoDate): number {
  const { year, month, day } = isoDateParts(value);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(value: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(value) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, like `Date#getUTCDay`. */
export function dayOfWeek(value: IsoDate): number {
  return new Date(toUtcMs(value)).getUTCDay();
}

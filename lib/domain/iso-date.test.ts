import { describe, expect, it } from "vitest";
import { addDays, assertIsoDate, dayOfWeek, daysInMonth, isIsoDate, isLeapYear, isoDateParts } from "./iso-date";

describe("iso-date: the notice's days (三) as plain calendar days", () => {
  it("knows leap years by the Gregorian rule", () => {
    expect([2024, 2000, 1996].map(isLeapYear)).toEqual([true, true, true]);
    expect([2025, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
  });

  it("gives month lengths, February by leap year", () => {
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it("accepts only real days in YYYY-MM-DD form", () => {
    expect(isIsoDate("2025-01-09")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    for (const bad of ["2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-1-9", "20250109", ""]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(() => assertIsoDate("2025-02-30")).toThrow(RangeError);
  });

  it("splits a day into numbers", () => {
    expect(isoDateParts("2025-10-08")).toEqual({ year: 2025, month: 10, day: 8 });
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2025-01-31", 1)).toBe("2025-02-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(addDays("2025-01-09", 0)).toBe("2025-01-09");
  });

  it("三: every 2025 exam day is a Saturday", () => {
    for (const exam of ["2025-02-22", "2025-03-29", "2025-10-18", "2025-12-06"]) {
      expect(dayOfWeek(exam), exam).toBe(6);
    }
    expect(dayOfWeek("2025-01-26")).toBe(0);
  });
});

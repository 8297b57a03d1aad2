import { describe, expect, it } from "vitest";
import { parseHolidaySchedule } from "./holiday-schedule";

describe("a year's holiday schedule entered in one go (六 八 九)", () => {
  it("reads days, ranges and make-up working days", () => {
    const result = parseHolidaySchedule("2027-01-01 休 元旦\n\n2027-02-06 至 2027-02-08 休 春节\n2027-02-14 班 春节调休\n", 2027);
    expect(result).toEqual({
      ok: true,
      days: [
        { date: "2027-01-01", isWorkingDay: false, note: "元旦" },
        { date: "2027-02-06", isWorkingDay: false, note: "春节" },
        { date: "2027-02-07", isWorkingDay: false, note: "春节" },
        { date: "2027-02-08", isWorkingDay: false, note: "春节" },
        { date: "2027-02-14", isWorkingDay: true, note: "春节调休" },
      ],
    });
  });

  it("says which line is wrong", () => {
    expect(
      parseHolidaySchedule("2027-01-01 休\n2028-01-01 休\n2027-13-01 休\n2027-01-01 班\n2027-03-02 至 2027-03-01 休", 2027),
    ).toEqual({
      ok: false,
      errors: [
        { line: 2, key: "otherYear" },
        { line: 3, key: "unreadable" },
        { line: 4, key: "twice" },
        { line: 5, key: "endBeforeStart" },
      ],
    });
    expect(parseHolidaySchedule("2027-02-14 班", 2027)).toEqual({ ok: false, errors: [{ line: 0, key: "noHoliday" }] });
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { addDays } from "./iso-date";
import { createWorkingDayCalendar } from "./working-days";

// Expected values come from the State Council's 2025 schedule (国办发明电〔2024〕12号):
// 元旦 1/1; 春节 1/28–2/4, work 1/26 (Sun) and 2/8 (Sat); 清明 4/4–4/6; 劳动节 5/1–5/5,
// work 4/27 (Sun); 端午 5/31–6/2; 国庆·中秋 10/1–10/8, work 9/28 (Sun) and 10/11 (Sat).
const cal = createWorkingDayCalendar();

describe("working days: 四(一)3, 六, 八, 九 count 工作日 with holidays and 调休", () => {
  it.each([
    ["2025-01-01", false, "元旦 (Wed)"],
    ["2025-01-02", true, "ordinary Thursday"],
    ["2025-01-26", true, "春节 make-up Sunday"],
    ["2025-01-27", true, "Monday before 春节"],
    ["2025-01-28", false, "春节 eve"],
    ["2025-02-04", false, "last 春节 day (Tue)"],
    ["2025-02-05", true, "first day back"],
    ["2025-02-08", true, "春节 make-up Saturday"],
    ["2025-02-09", false, "ordinary Sunday"],
    ["2025-03-01", false, "ordinary Saturday"],
    ["2025-04-04", false, "清明 (Fri)"],
    ["2025-04-27", true, "劳动节 make-up Sunday"],
    ["2025-05-05", false, "劳动节 (Mon)"],
    ["2025-05-06", true, "back after 劳动节"],
    ["2025-06-02", false, "端午 (Mon)"],
    ["2025-09-28", true, "国庆 make-up Sunday"],
    ["2025-10-01", false, "国庆"],
    ["2025-10-06", false, "中秋"],
    ["2025-10-08", false, "last 国庆 day (Wed)"],
    ["2025-10-09", true, "back after 国庆"],
    ["2025-10-11", true, "国庆 make-up Saturday"],
    ["2025-10-12", false, "Sunday after"],
  ])("%s is a working day: %s (%s)", (day, expected) => {
    expect(cal.isWorkingDay(day)).toBe(expected);
  });

  it("2025 has 248 working days (261 weekdays − 18 weekday holidays + 5 make-up days)", () => {
    let count = 0;
    for (let d = "2025-01-01"; d <= "2025-12-31"; d = addDays(d, 1)) if (cal.isWorkingDay(d)) count++;
    expect(count).toBe(248);
  });

  it("2026 (in the package): 元旦 1/1–1/3 with make-up Sunday 1/4", () => {
    expect(cal.isWorkingDay("2026-01-02")).toBe(false);
    expect(cal.isWorkingDay("2026-01-04")).toBe(true);
  });

  it("addWorkingDays: the n-th working day strictly after, across 春节 and make-up days", () => {
    expect(cal.addWorkingDays("2025-01-24", 1)).toBe("2025-01-26");
    expect(cal.addWorkingDays("2025-01-26", 1)).toBe("2025-01-27");
    expect(cal.addWorkingDays("2025-01-27", 1)).toBe("2025-02-05");
    expect(cal.addWorkingDays("2025-01-27", 2)).toBe("2025-02-06");
    expect(cal.addWorkingDays("2025-02-05", 3)).toBe("2025-02-08");
    // Starting on a holiday does not count the holiday.
    expect(cal.addWorkingDays("2025-10-01", 1)).toBe("2025-10-09");
    expect(cal.addWorkingDays("2025-12-31", 1)).toBe("2026-01-04");
  });

  it("subtractWorkingDays: the n-th working day strictly before", () => {
    expect(cal.subtractWorkingDays("2025-02-05", 1)).toBe("2025-01-27");
    expect(cal.subtractWorkingDays("2025-02-05", 2)).toBe("2025-01-26");
    expect(cal.subtractWorkingDays("2025-02-05", 3)).toBe("2025-01-24");
    expect(cal.subtractWorkingDays("2025-10-09", 2)).toBe("2025-09-29");
    expect(cal.subtractWorkingDays("2025-10-13", 1)).toBe("2025-10-11");
    expect(cal.subtractWorkingDays("2025-10-13", 2)).toBe("2025-10-10");
  });

  it("八: periodEnd counts the first day when it is a working day, else starts at the next", () => {
    expect(cal.periodEnd("2025-03-03", 5)).toBe("2025-03-07");
    expect(cal.periodEnd("2025-03-03", 1)).toBe("2025-03-03");
    expect(cal.periodEnd("2025-03-01", 5)).toBe("2025-03-07");
    expect(cal.periodEnd("2025-09-29", 5)).toBe("2025-10-11");
    expect(cal.periodEnd("2025-10-01", 1)).toBe("2025-10-09");
  });

  it("rejects counts that are not positive integers and malformed days", () => {
    for (const n of [0, -1, 1.5, Number.NaN]) {
      expect(() => cal.addWorkingDays("2025-01-02", n)).toThrow(RangeError);
      expect(() => cal.subtractWorkingDays("2025-01-02", n)).toThrow(RangeError);
      expect(() => cal.periodEnd("2025-01-02", n)).toThrow(RangeError);
    }
    expect(() => cal.isWorkingDay("2025-02-29")).toThrow(RangeError);
    expect(() => createWorkingDayCalendar(new Map([["2027-13-01", false]]))).toThrow(RangeError);
  });
});

describe("working days: staff overrides and years without data (三: staff publish next year's calendar)", () => {
  it("overrides win over the package in both directions", () => {
    const custom = createWorkingDayCalendar(
      new Map([
        ["2025-01-01", true],
        ["2025-03-01", true],
        ["2025-10-09", false],
      ]),
    );
    expect(custom.isWorkingDay("2025-01-01")).toBe(true);
    expect(custom.isWorkingDay("2025-03-01")).toBe(true);
    expect(custom.isWorkingDay("2025-10-09")).toBe(false);
    expect(custom.addWorkingDays("2025-09-30", 1)).toBe("2025-10-10");
  });

  it("a year the package does not know falls back to weekends only and says so", () => {
    // chinese-days 1.5.7 ships 2004–2026; bump this year when the package gains 2027.
    expect(cal.hasHolidayData(2025)).toBe(true);
    expect(cal.hasHolidayData(2026)).toBe(true);
    expect(cal.hasHolidayData(2027)).toBe(false);
    expect(cal.isWorkingDay("2027-01-01")).toBe(true); // a Friday; really 元旦, hence the warning
    expect(cal.isWorkingDay("2027-01-02")).toBe(false);
  });

  it("one override day does not make a year known; its whole schedule marked complete does (issue 17 item 6)", () => {
    const oneDay = createWorkingDayCalendar(new Map([["2027-01-01", false]]));
    expect(oneDay.isWorkingDay("2027-01-01")).toBe(false);
    expect(oneDay.hasHolidayData(2027)).toBe(false);
    const complete = createWorkingDayCalendar(new Map([["2027-01-01", false]]), new Set([2027]));
    expect(complete.hasHolidayData(2027)).toBe(true);
    expect(complete.hasHolidayData(2028)).toBe(false);
  });

  it("a public holiday is the package's or an override's day off, not a plain weekend", () => {
    expect(cal.isHoliday("2026-10-03")).toBe(true); // National Day, a Saturday
    expect(cal.isHoliday("2026-10-17")).toBe(false); // a plain Saturday
    expect(cal.isHoliday("2026-10-10")).toBe(false); // a Saturday worked (调休)
    expect(cal.isHoliday("2026-09-28")).toBe(false); // a working day
    const custom = createWorkingDayCalendar(
      new Map([
        ["2027-01-01", false],
        ["2027-01-02", true],
      ]),
    );
    expect(custom.isHoliday("2027-01-01")).toBe(true);
    expect(custom.isHoliday("2027-01-02")).toBe(false);
  });
});

describe("working days do not depend on the server's time zone", () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  it("answers the same west of UTC (where chinese-days' own isWorkday slips a day)", () => {
    process.env.TZ = "America/New_York";
    const west = createWorkingDayCalendar();
    expect(west.isWorkingDay("2025-01-26")).toBe(true);
    expect(west.isWorkingDay("2025-01-27")).toBe(true);
    expect(west.addWorkingDays("2025-01-27", 1)).toBe("2025-02-05");
  });
});

describe("working days: a calendar remembers what it worked out (ADR 152)", () => {
  it("answers a repeated question without walking the days again, and the same as a fresh calendar", () => {
    let lookups = 0;
    class Counted extends Map<string, boolean> {
      override get(key: string) {
        lookups += 1;
        return super.get(key);
      }
    }
    const remembered = createWorkingDayCalendar(new Counted([["2099-01-05", false]]));
    const first = remembered.addWorkingDays("2099-01-01", 60);
    const walked = lookups;
    expect(walked).toBeGreaterThan(60);
    expect(remembered.addWorkingDays("2099-01-01", 60)).toBe(first);
    expect(remembered.subtractWorkingDays("2099-03-01", 2)).toBe(
      createWorkingDayCalendar(new Map([["2099-01-05", false]])).subtractWorkingDays("2099-03-01", 2),
    );
    lookups = walked;
    expect(remembered.addWorkingDays("2099-01-01", 60)).toBe(first);
    expect(lookups).toBe(walked);
    expect(first).toBe(createWorkingDayCalendar(new Map([["2099-01-05", false]])).addWorkingDays("2099-01-01", 60));
  });
});

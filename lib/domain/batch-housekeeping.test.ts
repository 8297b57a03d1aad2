import { describe, expect, it } from "vitest";
import { batchWarnings, numberBatches, type NumberedBatch } from "./batch-housekeeping";
import { BATCHES_2025 } from "./catalog/batches-2025";
import type { BatchDef } from "./types";
import { createWorkingDayCalendar } from "./working-days";

const cal = createWorkingDayCalendar();

const batch2026 = (examDate: string): Omit<BatchDef, "seq"> => ({
  year: 2026,
  registration: { start: "2026-08-03", end: "2026-08-10" },
  review: { start: "2026-08-10", end: "2026-08-21" },
  payment: { start: "2026-08-24", end: "2026-08-26" },
  ticket: { start: "2026-09-07", end: "2026-09-11" },
  examDate,
});

describe("三: batch numbers follow exam dates, published numbers never move", () => {
  const b = (id: string, examDate: string, published = false, seq = 0): NumberedBatch => ({
    id,
    seq,
    published,
    examDate,
    registrationStart: "2026-01-01",
  });

  it("numbers drafts in exam-date order, whatever order they were entered in", () => {
    const numbers = numberBatches([b("dec", "2026-12-05"), b("jun", "2026-06-13"), b("feb", "2026-02-28")]);
    expect([numbers.get("feb"), numbers.get("jun"), numbers.get("dec")]).toEqual([1, 2, 3]);
  });

  it("keeps a published batch's number and gives drafts the free ones, in exam order", () => {
    const numbers = numberBatches([b("sep", "2026-09-12", true, 2), b("dec", "2026-12-05"), b("jun", "2026-06-13")]);
    expect(numbers.get("sep")).toBe(2);
    expect(numbers.get("jun")).toBe(1);
    expect(numbers.get("dec")).toBe(3);
  });
});

describe("三: what an administrator must confirm before a batch is saved", () => {
  it("the notice's 2025 calendar raises nothing", () => {
    for (const batch of BATCHES_2025) {
      const others = BATCHES_2025.filter((o) => o !== batch);
      expect(batchWarnings(batch, others, cal)).toEqual([]);
    }
  });

  it("an exam on a public holiday (National Day 2026-10-03) or on a worked Saturday (2026-10-10)", () => {
    const cal = createWorkingDayCalendar(new Map(), new Set([2027])); // its certificates fall in 2027
    const holiday = { ...batch2026("2026-10-03"), ticket: { start: "2026-09-21", end: "2026-09-25" } };
    expect(batchWarnings(holiday, [], cal)).toEqual([
      { key: "batchHousekeeping.warnings.examOnHoliday", values: { date: "2026-10-03" } },
    ]);
    expect(batchWarnings({ ...holiday, examDate: "2026-10-10" }, [], cal)).toEqual([
      { key: "batchHousekeeping.warnings.examOnWorkedWeekend", values: { date: "2026-10-10" } },
    ]);
    expect(batchWarnings({ ...holiday, examDate: "2026-10-17" }, [], cal)).toEqual([]);
  });

  it("a duplicate, a second exam on one day, overlapping registration", () => {
    const mine = batch2026("2026-09-12");
    expect(batchWarnings(mine, [{ ...mine, seq: 8 }], cal)).toEqual([
      { key: "batchHousekeeping.warnings.duplicate", values: { seq: 8 } },
    ]);
    const sameExam = { ...mine, registration: { start: "2026-07-27", end: "2026-07-31" }, seq: 9 };
    expect(batchWarnings(mine, [sameExam], cal)).toEqual([
      { key: "batchHousekeeping.warnings.sameExamDate", values: { seq: 9, date: "2026-09-12" } },
    ]);
    const overlapping = { ...batch2026("2026-09-19"), registration: { start: "2026-08-07", end: "2026-08-14" }, seq: 3 };
    expect(batchWarnings(mine, [overlapping], cal)).toEqual([
      {
        key: "batchHousekeeping.warnings.registrationOverlaps",
        values: { seq: 3, start: "2026-08-07", end: "2026-08-14" },
      },
    ]);
  });

  it("a December exam's certificate date in an unknown next year; the whole year's schedule silences it", () => {
    const december: Omit<BatchDef, "seq"> = {
      year: 2026,
      registration: { start: "2026-10-26", end: "2026-11-02" },
      review: { start: "2026-11-02", end: "2026-11-13" },
      payment: { start: "2026-11-16", end: "2026-11-18" },
      ticket: { start: "2026-11-30", end: "2026-12-04" },
      examDate: "2026-12-05",
    };
    const [warning] = batchWarnings(december, [], cal);
    expect(warning?.key).toBe("batchHousekeeping.warnings.holidaysUnknown");
    expect(warning?.values.year).toBe(2027);
    expect(String(warning?.values.dates)).toMatch(/^2027-02-\d\d$/);
    const oneDay = createWorkingDayCalendar(new Map([["2027-01-01", false]]));
    expect(batchWarnings(december, [], oneDay)).toHaveLength(1);
    const whole = createWorkingDayCalendar(new Map([["2027-01-01", false]]), new Set([2027]));
    expect(batchWarnings(december, [], whole)).toEqual([]);
  });
});

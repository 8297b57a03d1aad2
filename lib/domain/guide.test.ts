import { describe, expect, it } from "vitest";
import { BATCHES_2025 } from "./catalog/batches-2025";
import { feeSummary, guideSchedule, guideYear, nextRegistrationWindow } from "./guide";
import type { BatchDef } from "./types";

function shifted(batch: BatchDef, year: number): BatchDef {
  const move = (d: string) => `${year}${d.slice(4)}`;
  const w = (x: { start: string; end: string }) => ({ start: move(x.start), end: move(x.end) });
  return {
    ...batch,
    year,
    registration: w(batch.registration),
    review: w(batch.review),
    payment: w(batch.payment),
    ticket: w(batch.ticket),
    examDate: move(batch.examDate),
  };
}

describe("guideYear: the guide lists the current year's dates", () => {
  it("is today's year when it has batches", () => {
    const both = [...BATCHES_2025, ...BATCHES_2025.map((b) => shifted(b, 2026))];
    expect(guideYear(both, "2025-06-01")).toBe(2025);
    expect(guideYear(both, "2026-01-02")).toBe(2026);
  });

  it("falls to the next published year, then to the latest", () => {
    expect(guideYear(BATCHES_2025, "2024-12-20")).toBe(2025);
    expect(guideYear(BATCHES_2025, "2027-03-01")).toBe(2025);
    expect(guideYear([], "2025-03-01")).toBeNull();
  });
});

describe("nextRegistrationWindow: 「当前没有处于报名期的批次」 names the next one", () => {
  it("is the window open today, else the next to open", () => {
    const first = BATCHES_2025[0]!;
    const open = nextRegistrationWindow(BATCHES_2025, first.registration.start);
    expect(open?.batch.seq).toBe(first.seq);
    expect(open?.window).toEqual(first.registration);
    // 2025-01-10: batch 1 closed the day before, batch 2 opens on 2025-02-17.
    expect(nextRegistrationWindow(BATCHES_2025, "2025-01-10")).toEqual({
      batch: BATCHES_2025[1],
      window: { start: "2025-02-17", end: "2025-02-24" },
    });
  });

  it("finds the first window after a gap, and none after the last", () => {
    const last = BATCHES_2025[BATCHES_2025.length - 1]!;
    expect(nextRegistrationWindow(BATCHES_2025, "2024-12-01")?.batch.seq).toBe(1);
    expect(nextRegistrationWindow(BATCHES_2025, `${last.registration.end.slice(0, 4)}-12-31`)).toBeNull();
  });
});

describe("feeSummary: 五 fees come from the projects' entered fees", () => {
  it("spans the lowest and highest fee", () => {
    expect(feeSummary([{ feeFen: 15000 }, { feeFen: 9000 }, { feeFen: 20000 }])).toEqual({ minFen: 9000, maxFen: 20000 });
    expect(feeSummary([])).toBeNull();
  });
});

describe("guideSchedule: the date table is the calendar's year", () => {
  it("lists only that year's batches, in order", () => {
    const both = [...BATCHES_2025.map((b) => shifted(b, 2026)), ...BATCHES_2025].reverse();
    const schedule = guideSchedule(both, "2026-05-01");
    expect(schedule.year).toBe(2026);
    expect(schedule.batches.map((b) => b.seq)).toEqual(BATCHES_2025.map((b) => b.seq));
    expect(schedule.batches.every((b) => b.year === 2026)).toBe(true);
  });
});

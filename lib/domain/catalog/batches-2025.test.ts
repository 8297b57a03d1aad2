import { describe, expect, it } from "vitest";
import type { BatchDef } from "../types";
import { BATCHES_2025 } from "./batches-2025";

function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function isRealDate(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
}

function allDates(b: BatchDef): string[] {
  return [b.registration, b.review, b.payment, b.ticket].flatMap((w) => [w.start, w.end]).concat(b.examDate);
}

describe("三 时间安排 (2025)", () => {
  it("has 11 batches of 2025, seq 1–11", () => {
    expect(BATCHES_2025).toHaveLength(11);
    expect(BATCHES_2025.map((b) => b.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(BATCHES_2025.every((b) => b.year === 2025)).toBe(true);
  });

  it("uses real YYYY-MM-DD days in 2025 only", () => {
    for (const d of BATCHES_2025.flatMap(allDates)) {
      expect(isRealDate(d), d).toBe(true);
      expect(d.startsWith("2025-"), d).toBe(true);
    }
  });

  it("puts every exam on a Saturday", () => {
    for (const b of BATCHES_2025) expect(weekday(b.examDate), b.examDate).toBe(6);
  });

  it.each(BATCHES_2025.map((b) => [b.seq, b] as const))("batch %i: windows follow each other", (_seq, b) => {
    for (const w of [b.registration, b.review, b.payment, b.ticket]) expect(w.start <= w.end).toBe(true);
    // The notice makes the last registration day the first review day.
    expect(b.registration.end).toBe(b.review.start);
    expect(b.review.end < b.payment.start).toBe(true);
    expect(b.payment.end < b.ticket.start).toBe(true);
    expect(b.ticket.end < b.examDate).toBe(true);
  });

  it("is in calendar order: registration starts and exam dates strictly increase", () => {
    for (let i = 1; i < BATCHES_2025.length; i++) {
      const prev = BATCHES_2025[i - 1]!;
      const cur = BATCHES_2025[i]!;
      expect(prev.registration.start < cur.registration.start).toBe(true);
      expect(prev.examDate < cur.examDate).toBe(true);
    }
  });

  it("lets a batch's registration overlap the previous batch's later windows (domain.md: several batches active at once)", () => {
    // Row 2 registration (2月17日—2月24日) runs while row 1 prints tickets (2月17日—2月21日).
    expect(BATCHES_2025[1]!.registration.start).toBe(BATCHES_2025[0]!.ticket.start);
  });

  it("row 1 exactly as printed", () => {
    expect(BATCHES_2025[0]).toEqual({
      year: 2025,
      seq: 1,
      registration: { start: "2025-01-02", end: "2025-01-09" },
      review: { start: "2025-01-09", end: "2025-01-17" },
      payment: { start: "2025-01-20", end: "2025-01-22" },
      ticket: { start: "2025-02-17", end: "2025-02-21" },
      examDate: "2025-02-22",
    });
  });

  it("row 11 exactly as printed (registration starts 10月27)", () => {
    expect(BATCHES_2025[10]).toEqual({
      year: 2025,
      seq: 11,
      registration: { start: "2025-10-27", end: "2025-11-03" },
      review: { start: "2025-11-03", end: "2025-11-14" },
      payment: { start: "2025-11-17", end: "2025-11-19" },
      ticket: { start: "2025-12-01", end: "2025-12-05" },
      examDate: "2025-12-06",
    });
  });

  it("spot checks of rows 3, 4, 9 and 10", () => {
    const [r3, r4, r9, r10] = [2, 3, 8, 9].map((i) => BATCHES_2025[i]!);
    expect(r3!.review).toEqual({ start: "2025-03-24", end: "2025-04-07" });
    expect(r3!.payment).toEqual({ start: "2025-04-09", end: "2025-04-11" });
    expect(r4!.review.end).toBe("2025-04-30");
    expect(r4!.payment).toEqual({ start: "2025-05-07", end: "2025-05-09" });
    expect(r9!.ticket).toEqual({ start: "2025-10-13", end: "2025-10-17" });
    expect(r10!.review).toEqual({ start: "2025-09-29", end: "2025-10-17" });
    expect(r10!.examDate).toBe("2025-11-08");
  });

  it("has exactly the printed exam dates", () => {
    expect(BATCHES_2025.map((b) => b.examDate)).toEqual([
      "2025-02-22",
      "2025-03-29",
      "2025-04-26",
      "2025-05-24",
      "2025-06-14",
      "2025-07-12",
      "2025-08-09",
      "2025-09-13",
      "2025-10-18",
      "2025-11-08",
      "2025-12-06",
    ]);
  });

  it("has exactly the printed registration windows", () => {
    expect(BATCHES_2025.map((b) => [b.registration.start, b.registration.end])).toEqual([
      ["2025-01-02", "2025-01-09"],
      ["2025-02-17", "2025-02-24"],
      ["2025-03-17", "2025-03-24"],
      ["2025-04-14", "2025-04-21"],
      ["2025-05-06", "2025-05-13"],
      ["2025-06-03", "2025-06-10"],
      ["2025-06-30", "2025-07-07"],
      ["2025-08-04", "2025-08-11"],
      ["2025-09-01", "2025-09-08"],
      ["2025-09-22", "2025-09-29"],
      ["2025-10-27", "2025-11-03"],
    ]);
  });
});

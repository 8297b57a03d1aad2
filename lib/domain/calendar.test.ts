import { describe, expect, it } from "vitest";
import { BATCHES_2025 } from "./catalog/batches-2025";
import { currentPhase, isWindowOpen, nextDeadlines, phasesOpenOn, shanghaiDate } from "./calendar";
import type { BatchDef } from "./types";

function batch(seq: number): BatchDef {
  const found = BATCHES_2025.find((b) => b.seq === seq);
  if (!found) throw new Error(`no batch ${seq}`);
  return found;
}

const open = (day: string) => phasesOpenOn(BATCHES_2025, day).map(({ batch: b, phase }) => `${b.seq}:${phase}`);

describe("shanghaiDate: 三 dates are Beijing days", () => {
  it("turns the day at 16:00 UTC", () => {
    expect(shanghaiDate(new Date("2025-01-08T15:59:59.999Z"))).toBe("2025-01-08");
    expect(shanghaiDate(new Date("2025-01-08T16:00:00.000Z"))).toBe("2025-01-09");
    expect(shanghaiDate(new Date("2025-01-09T23:59:59+08:00"))).toBe("2025-01-09");
  });

  it("crosses year and leap-day boundaries", () => {
    expect(shanghaiDate(new Date("2024-12-31T16:00:00Z"))).toBe("2025-01-01");
    expect(shanghaiDate(new Date("2024-02-28T16:30:00Z"))).toBe("2024-02-29");
  });
});

describe("isWindowOpen: 三 windows are inclusive", () => {
  it("opens on the first day and closes after the last", () => {
    const b1 = batch(1);
    expect(isWindowOpen(b1, "payment", "2025-01-19")).toBe(false);
    expect(isWindowOpen(b1, "payment", "2025-01-20")).toBe(true);
    expect(isWindowOpen(b1, "payment", "2025-01-22")).toBe(true);
    expect(isWindowOpen(b1, "payment", "2025-01-23")).toBe(false);
  });

  it("the exam phase is the exam day only", () => {
    const b1 = batch(1);
    expect(isWindowOpen(b1, "exam", "2025-02-21")).toBe(false);
    expect(isWindowOpen(b1, "exam", "2025-02-22")).toBe(true);
    expect(isWindowOpen(b1, "exam", "2025-02-23")).toBe(false);
  });
});

describe("phasesOpenOn: 三 several batches and phases at once", () => {
  it("2025-01-09 is both batch 1's last registration day and its first review day", () => {
    expect(open("2025-01-09")).toEqual(["1:registration", "1:review"]);
  });

  it("2025-03-24: batch 2 ticket printing opens while batch 3 registration closes and review opens", () => {
    expect(open("2025-03-24")).toEqual(["2:ticket", "3:registration", "3:review"]);
  });

  it("2025-02-17: batch 1 tickets and batch 2 registration both open", () => {
    expect(open("2025-02-17")).toEqual(["1:ticket", "2:registration"]);
  });

  it("2025-02-22: batch 1 exam day falls inside batch 2 registration", () => {
    expect(open("2025-02-22")).toEqual(["1:exam", "2:registration"]);
  });

  it("2025-09-22: batch 9 payment and batch 10 registration", () => {
    expect(open("2025-09-22")).toEqual(["9:payment", "10:registration"]);
  });

  it("2025-11-03: batch 10 tickets, batch 11 registration's last day and review's first", () => {
    expect(open("2025-11-03")).toEqual(["10:ticket", "11:registration", "11:review"]);
  });

  it("nothing is open in a gap or after the last exam", () => {
    expect(open("2025-01-18")).toEqual([]);
    expect(open("2025-01-01")).toEqual([]);
    expect(open("2025-12-07")).toEqual([]);
  });
});

describe("currentPhase: where one batch stands (三)", () => {
  it.each([
    ["2025-01-01", "before"],
    ["2025-01-02", "registration"],
    // Both windows hold the day; registration is still what a candidate can act on.
    ["2025-01-09", "registration"],
    ["2025-01-10", "review"],
    ["2025-01-17", "review"],
    ["2025-01-18", "between"],
    ["2025-01-20", "payment"],
    ["2025-02-01", "between"],
    ["2025-02-17", "ticket"],
    ["2025-02-21", "ticket"],
    ["2025-02-22", "exam"],
    ["2025-02-23", "after"],
  ])("batch 1 on %s: %s", (day, expected) => {
    expect(currentPhase(batch(1), day)).toBe(expected);
  });
});

describe("nextDeadlines: upcoming starts and ends for the home page (三)", () => {
  const list = (day: string, n: number) =>
    nextDeadlines(BATCHES_2025, day)
      .slice(0, n)
      .map((d) => `${d.date} ${d.batch.seq}:${d.phase}:${d.kind}`);

  it("from 2025-01-10: batch 1's remaining dates, then batch 2's, in date order", () => {
    expect(list("2025-01-10", 10)).toEqual([
      "2025-01-17 1:review:end",
      "2025-01-20 1:payment:start",
      "2025-01-22 1:payment:end",
      "2025-02-17 1:ticket:start",
      "2025-02-17 2:registration:start",
      "2025-02-21 1:ticket:end",
      "2025-02-22 1:exam:start",
      "2025-02-24 2:registration:end",
      "2025-02-24 2:review:start",
      "2025-03-07 2:review:end",
    ]);
  });

  it("includes what happens today: on 2025-01-09 registration closes and review opens", () => {
    expect(list("2025-01-09", 3)).toEqual([
      "2025-01-09 1:registration:end",
      "2025-01-09 1:review:start",
      "2025-01-17 1:review:end",
    ]);
  });

  it("lists all 9 events of all 11 batches from the first day, and none after the last exam", () => {
    expect(nextDeadlines(BATCHES_2025, "2025-01-01")).toHaveLength(99);
    expect(list("2025-12-06", 5)).toEqual(["2025-12-06 11:exam:start"]);
    expect(nextDeadlines(BATCHES_2025, "2025-12-07")).toEqual([]);
  });

  it("is sorted whatever order the batches come in", () => {
    const reversed = [...BATCHES_2025].reverse();
    expect(nextDeadlines(reversed, "2025-03-01")).toEqual(nextDeadlines(BATCHES_2025, "2025-03-01"));
  });
});

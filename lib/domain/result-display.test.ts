import { describe, expect, it } from "vitest";
import { appearsOnNotice, resultDisplay, type ResultFacts } from "./result-display";

const STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "RETURNED",
  "APPROVED",
  "REJECTED",
  "LAPSED",
  "PAYMENT_SUBMITTED",
  "PAYMENT_CONFIRMED",
  "FORFEITED",
  "CANCELLED",
] as const;

const admitted: ResultFacts = {
  status: "PAYMENT_CONFIRMED",
  ticketNumber: "2025050100001",
  score: null,
  absent: false,
  checkedIn: false,
  scoresImported: false,
};

describe("八 results by what happened (issue 12 item 7)", () => {
  it.each(STATUSES.filter((s) => s !== "PAYMENT_CONFIRMED"))(
    "%s: not admitted, whatever the score columns say (never 「—（不合格）」)",
    (status) => {
      for (const scoresImported of [false, true])
        for (const checkedIn of [false, true])
          for (const ticketNumber of [null, "2025050100001"])
            expect(resultDisplay({ status, ticketNumber, score: null, absent: false, checkedIn, scoresImported })).toEqual({
              kind: "not-admitted",
            });
    },
  );

  it("confirmed but without a ticket: not admitted", () => {
    expect(resultDisplay({ ...admitted, ticketNumber: null })).toEqual({ kind: "not-admitted" });
  });

  it("before any import: no score yet, checked in or not — never 缺考", () => {
    expect(resultDisplay(admitted)).toEqual({ kind: "pending" });
    expect(resultDisplay({ ...admitted, checkedIn: true })).toEqual({ kind: "pending" });
  });

  it("marked absent: 缺考, before or after import", () => {
    for (const scoresImported of [false, true])
      for (const checkedIn of [false, true])
        expect(resultDisplay({ ...admitted, absent: true, checkedIn, scoresImported })).toEqual({ kind: "absent" });
  });

  it("after an import, no score and never signed in: 缺考", () => {
    expect(resultDisplay({ ...admitted, scoresImported: true })).toEqual({ kind: "absent" });
  });

  it("after an import, signed in but missing from the sheet: still no score (the sheet must be fixed)", () => {
    expect(resultDisplay({ ...admitted, scoresImported: true, checkedIn: true })).toEqual({ kind: "pending" });
  });

  it.each([
    [0, false],
    [59, false],
    [60, true],
    [61, true],
    [100, true],
  ])("score %d: scored, passed %s", (score, passed) => {
    expect(resultDisplay({ ...admitted, score, scoresImported: true, checkedIn: true })).toEqual({
      kind: "scored",
      score,
      passed,
    });
  });

  it("only the scored appear on the notice", () => {
    expect(appearsOnNotice({ kind: "scored", score: 40, passed: false })).toBe(true);
    expect(appearsOnNotice({ kind: "absent" })).toBe(false);
    expect(appearsOnNotice({ kind: "pending" })).toBe(false);
    expect(appearsOnNotice({ kind: "not-admitted" })).toBe(false);
  });
});

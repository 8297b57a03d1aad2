import { describe, expect, it } from "vitest";
import { BATCHES_2025 } from "@/lib/domain/catalog/batches-2025";
import { checkBatchCalendar, hasErrors, type BatchInput } from "./batch-rules";

const base: BatchInput = {
  year: 2026,
  registration: { start: "2026-01-05", end: "2026-01-12" },
  review: { start: "2026-01-12", end: "2026-01-23" },
  payment: { start: "2026-01-26", end: "2026-01-28" },
  ticket: { start: "2026-02-23", end: "2026-02-27" },
  examDate: "2026-02-28",
};

describe("三: rules for a calendar staff publish for a later year", () => {
  it("accepts every 2025 batch of the notice", () => {
    for (const batch of BATCHES_2025) expect(checkBatchCalendar(batch)).toEqual({ errors: {}, warnings: [] });
  });

  it("accepts a well-formed 2026 batch", () => {
    expect(checkBatchCalendar(base)).toEqual({ errors: {}, warnings: [] });
  });

  it("refuses dates outside the year", () => {
    const check = checkBatchCalendar({ ...base, registration: { start: "2025-12-29", end: "2026-01-12" } });
    expect(check.errors).toEqual({ registrationStart: ["staffAdmin.calendar.errors.outsideYear"] });
  });

  it("refuses a window ending before it starts", () => {
    const check = checkBatchCalendar({ ...base, payment: { start: "2026-01-28", end: "2026-01-26" } });
    expect(check.errors.paymentEnd).toEqual(["staffAdmin.calendar.errors.endBeforeStart"]);
    expect(hasErrors(check)).toBe(true);
  });

  it("keeps the windows in the notice's order", () => {
    expect(checkBatchCalendar({ ...base, review: { start: "2026-01-11", end: "2026-01-23" } }).errors.reviewStart).toEqual([
      "staffAdmin.calendar.errors.reviewBeforeRegistrationEnds",
    ]);
    expect(checkBatchCalendar({ ...base, payment: { start: "2026-01-23", end: "2026-01-28" } }).errors.paymentStart).toEqual([
      "staffAdmin.calendar.errors.paymentBeforeReviewEnds",
    ]);
    expect(checkBatchCalendar({ ...base, ticket: { start: "2026-01-28", end: "2026-02-27" } }).errors.ticketStart).toEqual([
      "staffAdmin.calendar.errors.ticketBeforePaymentEnds",
    ]);
    expect(checkBatchCalendar({ ...base, examDate: "2026-02-27" }).errors.examDate).toEqual([
      "staffAdmin.calendar.errors.examBeforeTicketEnds",
    ]);
  });

  it("warns, without refusing, when the exam is not on a weekend", () => {
    const check = checkBatchCalendar({ ...base, ticket: { start: "2026-02-23", end: "2026-02-26" }, examDate: "2026-03-02" });
    expect(check.errors).toEqual({});
    expect(check.warnings).toEqual(["staffAdmin.calendar.warnings.examNotWeekend"]);
    expect(checkBatchCalendar({ ...base, examDate: "2026-03-01" }).warnings).toEqual([]);
  });
});

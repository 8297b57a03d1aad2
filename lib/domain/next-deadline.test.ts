import { describe, expect, it } from "vitest";
import { BATCHES_2025 } from "./catalog/batches-2025";
import { nextDeadline } from "./next-deadline";

const batch4 = BATCHES_2025[3]!; // 报名 4/14–4/21, 审核 4/21–4/30, 缴费 5/7–5/9, 准考证 5/19–5/23, 考核 5/24
const extra = { reviewDueDate: "2025-05-06", resultNoticeStart: "2025-06-03" };

describe("三: the next date an applicant must watch", () => {
  it("a draft must be submitted by the end of registration", () => {
    expect(nextDeadline("DRAFT", batch4, "2025-04-15", extra)).toEqual({ kind: "registration-end", date: "2025-04-21" });
    expect(nextDeadline("DRAFT", batch4, "2025-04-22", extra)).toBeNull();
  });

  it("a submitted application waits for the 10-working-day review due date (四(一)3)", () => {
    expect(nextDeadline("SUBMITTED", batch4, "2025-04-22", extra)).toEqual({ kind: "review-due", date: "2025-05-06" });
  });

  it("a returned one must be resubmitted within the review window (四(二)3)", () => {
    expect(nextDeadline("RETURNED", batch4, "2025-04-25", extra)).toEqual({ kind: "resubmit-by", date: "2025-04-30" });
  });

  it("an approved one pays in the payment window (五): first its start, then its end", () => {
    expect(nextDeadline("APPROVED", batch4, "2025-05-01", extra)).toEqual({ kind: "payment-start", date: "2025-05-07" });
    expect(nextDeadline("APPROVED", batch4, "2025-05-08", extra)).toEqual({ kind: "payment-end", date: "2025-05-09" });
    expect(nextDeadline("PAYMENT_SUBMITTED", batch4, "2025-05-09", extra)).toEqual({ kind: "payment-end", date: "2025-05-09" });
  });

  it("a confirmed one follows the ticket window, the exam and the result notice (六, 八)", () => {
    expect(nextDeadline("PAYMENT_CONFIRMED", batch4, "2025-05-10", extra)).toEqual({ kind: "ticket-start", date: "2025-05-19" });
    expect(nextDeadline("PAYMENT_CONFIRMED", batch4, "2025-05-20", extra)).toEqual({ kind: "ticket-end", date: "2025-05-23" });
    expect(nextDeadline("PAYMENT_CONFIRMED", batch4, "2025-05-24", extra)).toEqual({ kind: "exam", date: "2025-05-24" });
    expect(nextDeadline("PAYMENT_CONFIRMED", batch4, "2025-05-25", extra)).toEqual({ kind: "result-notice", date: "2025-06-03" });
  });

  it.each(["REJECTED", "LAPSED", "FORFEITED", "CANCELLED"] as const)("a %s application has nothing left to watch", (status) => {
    expect(nextDeadline(status, batch4, "2025-04-15", extra)).toBeNull();
  });
});

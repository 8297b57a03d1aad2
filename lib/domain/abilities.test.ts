import { describe, expect, it } from "vitest";
import { applicationAbilities, planDecidable, resultsAbilities, seatSettable, type ApplicationAbilities } from "./abilities";
import { APPLICATION_STATUSES, type ApplicationStatus } from "./application-state";
import { BATCHES_2025 } from "./catalog/batches-2025";
import { ruleDates } from "./window-rules-dates";
import { createWorkingDayCalendar } from "./working-days";

const batch = BATCHES_2025[4]!;
const dates = ruleDates(batch, createWorkingDayCalendar());
const during = {
  registration: batch.registration.start,
  review: batch.review.end,
  payment: batch.payment.start,
  ticket: batch.ticket.start,
  afterExam: "2026-01-31",
} as const;

type Can = Omit<ApplicationAbilities, "may" | "focus">;
const NONE: Can = {
  canEdit: false,
  canSubmit: false,
  fixingReturn: false,
  canPay: false,
  canWithdraw: false,
  canDownloadTicket: false,
  canDownloadCertificate: false,
};

/** The oracle, per status, on the day its own window is open (三 四(二)3 五 六, issue 13 item 3). */
const WANT: Record<ApplicationStatus, { day: keyof typeof during; candidate: Partial<Can>; institution: Partial<Can> }> = {
  DRAFT: {
    day: "registration",
    candidate: { canEdit: true, canSubmit: true },
    institution: { canEdit: true, canSubmit: true, canWithdraw: true },
  },
  SUBMITTED: { day: "registration", candidate: {}, institution: { canWithdraw: true } },
  RETURNED: {
    day: "review",
    candidate: { canEdit: true, canSubmit: true, fixingReturn: true },
    institution: { canEdit: true, canSubmit: true, fixingReturn: true },
  },
  APPROVED: { day: "payment", candidate: { canPay: true }, institution: {} },
  PAYMENT_SUBMITTED: { day: "payment", candidate: {}, institution: {} },
  PAYMENT_CONFIRMED: { day: "ticket", candidate: { canDownloadTicket: true }, institution: { canDownloadTicket: true } },
  REJECTED: { day: "registration", candidate: {}, institution: {} },
  LAPSED: { day: "afterExam", candidate: {}, institution: {} },
  FORFEITED: { day: "afterExam", candidate: {}, institution: {} },
  CANCELLED: { day: "registration", candidate: {}, institution: {} },
};

const strip = ({ may: _may, focus: _focus, ...can }: ApplicationAbilities): Can => can;

describe("applicationAbilities: every status, both applicants, on its open day", () => {
  for (const status of APPLICATION_STATUSES) {
    for (const role of ["candidate", "institution"] as const) {
      it(`${role} · ${status}`, () => {
        const w = WANT[status];
        const got = applicationAbilities({
          role,
          status,
          batch,
          dates,
          day: during[w.day],
          channel: role === "candidate" ? "INDIVIDUAL" : "INSTITUTION",
          ticketNumber: status === "PAYMENT_CONFIRMED" ? "2025051234" : null,
          certificateNumber: null,
        });
        expect(strip(got)).toEqual({ ...NONE, ...w[role] });
        // Each "can" is the rule table's verdict, never a second rule: the focus is among the verdicts.
        expect(Object.values(got.may)).toContain(got.focus);
      });
    }
  }

  it("nothing is allowed after every window closed, except a certificate once numbered", () => {
    for (const status of APPLICATION_STATUSES) {
      const got = applicationAbilities({
        role: "candidate",
        status,
        batch,
        dates,
        day: during.afterExam,
        channel: "INDIVIDUAL",
        ticketNumber: "2025051234",
        certificateNumber: "C1",
      });
      expect(strip(got), status).toEqual({ ...NONE, canDownloadCertificate: true });
    }
  });

  it("a ticket download needs the ticket number, and a withdraw an undecided submission", () => {
    const base = { batch, dates, channel: "INSTITUTION" as const, certificateNumber: null };
    expect(
      applicationAbilities({ ...base, role: "candidate", status: "PAYMENT_CONFIRMED", day: during.ticket, ticketNumber: null })
        .canDownloadTicket,
    ).toBe(false);
    expect(
      applicationAbilities({
        ...base,
        role: "institution",
        status: "SUBMITTED",
        day: during.registration,
        ticketNumber: null,
        decided: true,
      }).canWithdraw,
    ).toBe(false);
  });
});

describe("staff pages' rules", () => {
  it("seats are set by hand in a held plan for a paid candidate with a ticket", () => {
    for (const status of APPLICATION_STATUSES) {
      for (const plan of ["OPEN", "HELD", "CANCELLED"] as const) {
        expect(seatSettable(plan, status, "T"), `${plan} ${status}`).toBe(plan === "HELD" && status === "PAYMENT_CONFIRMED");
        expect(seatSettable(plan, status, null)).toBe(false);
      }
    }
  });

  it("a plan is decided while open, or held before its notice", () => {
    expect([planDecidable("OPEN", false), planDecidable("HELD", false), planDecidable("HELD", true)]).toEqual([
      true,
      true,
      false,
    ]);
    expect(planDecidable("CANCELLED", false)).toBe(false);
  });

  it("scores import from the exam day while a plan awaits its notice; notices from their first day", () => {
    const i = { examDate: "2025-06-01", resultNoticeStart: "2025-06-10", unpublishedPlans: 1 };
    expect(resultsAbilities({ ...i, day: "2025-05-31" })).toEqual({ canImport: false, noticeOpen: false });
    expect(resultsAbilities({ ...i, day: "2025-06-01" })).toEqual({ canImport: true, noticeOpen: false });
    expect(resultsAbilities({ ...i, day: "2025-06-10" })).toEqual({ canImport: true, noticeOpen: true });
    expect(resultsAbilities({ ...i, day: "2025-06-10", unpublishedPlans: 0 }).canImport).toBe(false);
  });
});

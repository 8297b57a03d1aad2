import { describe, expect, it } from "vitest";
import { APPLICATION_STATUSES, type ApplicationStatus } from "./application-state";
import { shanghaiDate } from "./calendar";
import { BATCHES_2025 } from "./catalog/batches-2025";
import { addDays } from "./iso-date";
import type { BatchDef, IsoDate } from "./types";
import {
  BATCH_PHASES,
  RULE_ACTIONS,
  RULE_ROLES,
  batchPhase,
  dueClockEvent,
  mayDo,
  needsEscalation,
  whatMay,
  type RuleAction,
  type RuleRole,
} from "./window-rules";
import { feedbackDue, ruleDates, type RuleDates } from "./window-rules-dates";
import { createWorkingDayCalendar } from "./working-days";

const cal = createWorkingDayCalendar();

function days(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
const ALL_DAYS = days("2024-12-20", "2026-01-31");
const inside = (d: IsoDate, a: IsoDate, b: IsoDate) => a <= d && d <= b;

/**
 * The oracle, written from the notice's words and ADR 064 rather than from the module:
 * 三's windows, 四(二)3 (a return is fixed within review; ADR 064: at once, even before review
 * opens), 五 (pay in the payment window; finance confirms until one working day after it), 六
 * (ticket from its window's first day to the exam), 四 (a plan is cancelled before its exam).
 */
function expected(role: RuleRole, action: RuleAction, s: ApplicationStatus, b: BatchDef, d: IsoDate, x: RuleDates): boolean {
  const applicant = role === "candidate" || role === "institution";
  switch (action) {
    case "edit":
    case "submit":
      return (
        applicant &&
        ((s === "DRAFT" && inside(d, b.registration.start, b.registration.end)) || (s === "RETURNED" && d <= b.review.end))
      );
    case "upload-receipt":
      return applicant && s === "APPROVED" && inside(d, b.payment.start, b.payment.end);
    case "download-ticket":
      return applicant && s === "PAYMENT_CONFIRMED" && inside(d, b.ticket.start, b.examDate);
    case "review-decide":
      return role === "reviewer" && s === "SUBMITTED" && d <= x.reviewGraceEnd;
    case "confirm-payment":
      return role === "finance" && s === "PAYMENT_SUBMITTED" && d <= x.paymentGraceEnd;
    case "cancel-plan":
      return role === "officer" && !["REJECTED", "LAPSED", "FORFEITED", "CANCELLED"].includes(s) && d < b.examDate;
    case "withdraw":
      // Issue 13 item 3: the institution's own draft or undecided submission, while registration is open.
      return (
        role === "institution" && (s === "DRAFT" || s === "SUBMITTED") && inside(d, b.registration.start, b.registration.end)
      );
  }
}

describe("the rule table, every day from the notice (2024-12-20) to 2026-01-31, every 2025 batch", () => {
  for (const batch of BATCHES_2025) {
    const dates = ruleDates(batch, cal);
    it(`batch ${batch.seq}: every role × state × action agrees with 三/四/五/六 and ADR 064`, () => {
      // Plain comparisons collected, one expect at the end: 140,000 expects would take seconds.
      const wrong: string[] = [];
      let checked = 0;
      for (const day of ALL_DAYS) {
        for (const status of APPLICATION_STATUSES) {
          for (const role of RULE_ROLES) {
            for (const action of RULE_ACTIONS) {
              const v = mayDo(action, { role, status, batch, dates, day });
              const want = expected(role, action, status, batch, day, dates);
              const where = `${day} ${status} ${role} ${action}`;
              if (v.allowed !== want) wrong.push(`${where}: got ${v.allowed}, want ${want}`);
              // A refusal always says why, and a date it names as "from" really opens it.
              else if (!v.allowed && !/^[a-zA-Z]+$/.test(v.reason.key)) wrong.push(`${where}: reason ${v.reason.key}`);
              else if (
                !v.allowed &&
                v.from &&
                (v.from <= day || !mayDo(action, { role, status, batch, dates, day: v.from }).allowed)
              )
                wrong.push(`${where}: from ${v.from} does not open it`);
              checked++;
            }
          }
        }
      }
      expect(wrong).toEqual([]);
      expect(checked).toBe(ALL_DAYS.length * 10 * 5 * 8);
    });

    it(`batch ${batch.seq}: the clock moves an application the day after its owner's last chance, never before`, () => {
      for (const day of ALL_DAYS) {
        const yesterday = addDays(day, -1);
        for (const status of APPLICATION_STATUSES) {
          const event = dueClockEvent(status, batch, day, dates);
          const actor: [RuleRole, RuleAction] | null =
            status === "DRAFT" || status === "RETURNED"
              ? ["candidate", "submit"]
              : status === "SUBMITTED"
                ? ["reviewer", "review-decide"]
                : status === "APPROVED"
                  ? ["candidate", "upload-receipt"]
                  : status === "PAYMENT_SUBMITTED"
                    ? ["finance", "confirm-payment"]
                    : null;
          if (!actor) {
            expect(event).toBeNull();
            continue;
          }
          const [role, action] = actor;
          const allowedToday = mayDo(action, { role, status, batch, dates, day }).allowed;
          const allowedBefore = ALL_DAYS[0]! < day && mayDo(action, { role, status, batch, dates, day: yesterday }).allowed;
          if (event) expect(allowedToday, `${day} ${status}`).toBe(false);
          if (allowedBefore && !allowedToday && day > batch.registration.start) expect(event, `${day} ${status}`).not.toBeNull();
          if (allowedToday) expect(event).toBeNull();
        }
      }
    });

    it(`batch ${batch.seq}: phases follow the calendar in order, and escalation only while decidable`, () => {
      let last = -1;
      for (const day of ALL_DAYS) {
        const phase = batchPhase(batch, day, dates);
        const index = BATCH_PHASES.indexOf(phase);
        if (phase !== "between") {
          expect(index).toBeGreaterThanOrEqual(last);
          last = index;
        }
        if (needsEscalation("SUBMITTED", day, dates)) {
          expect(day >= cal.subtractWorkingDays(batch.review.end, 3)).toBe(true);
          expect(mayDo("review-decide", { role: "reviewer", status: "SUBMITTED", batch, dates, day }).allowed).toBe(true);
        }
      }
      expect(batchPhase(batch, batch.registration.end, dates)).toBe("registration");
      expect(batchPhase(batch, batch.examDate, dates)).toBe("exam-day");
      expect(batchPhase(batch, dates.resultNoticeStart, dates)).toBe("notice");
    });

    it(`batch ${batch.seq}: the review grace ends before payment does, so an approval can still be paid`, () => {
      expect(dates.reviewGraceEnd > batch.review.end).toBe(true);
      expect(dates.reviewGraceEnd <= batch.payment.start).toBe(true);
      expect(dates.paymentGraceEnd < batch.examDate).toBe(true);
    });

    it(`batch ${batch.seq}: feedback due after any submission falls within the review window (end state 2)`, () => {
      for (const day of days(batch.registration.start, batch.review.end)) {
        const due = feedbackDue(batch, day, cal);
        expect(due >= day && due <= batch.review.end, `${day} → ${due}`).toBe(true);
      }
    });
  }

  it("every boundary hour in Beijing time: 23:59:59 is still the last day, 00:00 the next", () => {
    const wrong: string[] = [];
    for (const batch of BATCHES_2025) {
      const dates = ruleDates(batch, cal);
      const edges = [batch.registration, batch.review, batch.payment, batch.ticket].flatMap((w) => [w.start, w.end]);
      for (const edge of [...edges, batch.examDate, dates.reviewGraceEnd, dates.paymentGraceEnd]) {
        for (const hour of [-1, 0, 23, 24]) {
          // Beijing midnight of `edge` is 16:00 UTC of the day before.
          const instant = new Date(Date.parse(`${edge}T00:00:00+08:00`) + hour * 3600_000 - (hour === 24 ? 1000 : 0));
          const day = shanghaiDate(instant);
          const wantDay = hour < 0 ? addDays(edge, -1) : edge;
          expect(day, instant.toISOString()).toBe(wantDay);
          for (const status of APPLICATION_STATUSES)
            for (const role of RULE_ROLES)
              for (const action of RULE_ACTIONS)
                if (
                  mayDo(action, { role, status, batch, dates, day }).allowed !== expected(role, action, status, batch, day, dates)
                )
                  wrong.push(`${instant.toISOString()} ${status} ${role} ${action}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("the defects of issue 12, as the table answers them (batch 5)", () => {
  const b5 = BATCHES_2025[4]!;
  const dates = ruleDates(b5, cal);
  const input = (status: ApplicationStatus, role: RuleRole, day: IsoDate) => ({ role, status, batch: b5, dates, day });

  it("1: returned on 05-08, before review opens, the candidate can fix and resubmit at once", () => {
    expect(whatMay(input("RETURNED", "candidate", "2025-05-08")).edit).toEqual({ allowed: true });
    expect(mayDo("submit", input("RETURNED", "institution", "2025-05-08")).allowed).toBe(true);
    expect(mayDo("submit", input("RETURNED", "candidate", "2025-05-24"))).toEqual({
      allowed: false,
      reason: { key: "resubmitClosed", params: { date: "2025-05-23" } },
      from: null,
    });
  });

  it("2: resubmitted on 05-13 or 05-14, the answer is due by 05-23, not 05-27/28", () => {
    expect(feedbackDue(b5, "2025-05-13", cal)).toBe("2025-05-23");
    expect(feedbackDue(b5, "2025-05-14", cal)).toBe("2025-05-23");
    expect(feedbackDue(b5, "2025-05-06", cal)).toBe("2025-05-20");
  });

  it("3: staff are escalated from 05-20; an undecided application may be decided on 05-26, then it is cancelled", () => {
    expect(dates.escalateFrom).toBe("2025-05-20");
    expect(dates.reviewGraceEnd).toBe("2025-05-26");
    expect(mayDo("review-decide", input("SUBMITTED", "reviewer", "2025-05-26")).allowed).toBe(true);
    expect(dueClockEvent("SUBMITTED", b5, "2025-05-26", dates)).toBeNull();
    expect(dueClockEvent("SUBMITTED", b5, "2025-05-27", dates)).toBe("expire-undecided");
  });

  it("4: finance confirms until one working day after payment (05-29), then the receipt is forfeited", () => {
    expect(mayDo("confirm-payment", input("PAYMENT_SUBMITTED", "finance", "2025-05-29")).allowed).toBe(true);
    expect(mayDo("confirm-payment", input("PAYMENT_SUBMITTED", "finance", "2025-05-30")).allowed).toBe(false);
    expect(dueClockEvent("PAYMENT_SUBMITTED", b5, "2025-05-30", dates)).toBe("forfeit");
  });

  it("9: a draft lapses the day after registration ends", () => {
    expect(dueClockEvent("DRAFT", b5, "2025-05-13", dates)).toBeNull();
    expect(dueClockEvent("DRAFT", b5, "2025-05-14", dates)).toBe("lapse");
  });
});

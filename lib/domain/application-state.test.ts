import { describe, expect, it } from "vitest";
import {
  APPLICATION_EVENTS,
  APPLICATION_STATUSES,
  type ApplicationEvent,
  type ApplicationStatus,
  FINAL_STATUSES,
  allowedEvents,
  canTransition,
  isFinal,
  transition,
} from "./application-state";

/** The expected table, written out independently of the module's. */
const EXPECTED: Record<ApplicationStatus, Partial<Record<ApplicationEvent, ApplicationStatus>>> = {
  DRAFT: { submit: "SUBMITTED", lapse: "LAPSED", "cancel-plan": "CANCELLED" },
  SUBMITTED: {
    approve: "APPROVED",
    return: "RETURNED",
    reject: "REJECTED",
    "expire-undecided": "CANCELLED",
    "cancel-plan": "CANCELLED",
  },
  RETURNED: { resubmit: "SUBMITTED", lapse: "LAPSED", "cancel-plan": "CANCELLED" },
  APPROVED: { "submit-payment": "PAYMENT_SUBMITTED", forfeit: "FORFEITED", "cancel-plan": "CANCELLED" },
  PAYMENT_SUBMITTED: {
    "confirm-payment": "PAYMENT_CONFIRMED",
    "return-payment": "APPROVED",
    forfeit: "FORFEITED",
    "cancel-plan": "CANCELLED",
  },
  PAYMENT_CONFIRMED: { "cancel-plan": "CANCELLED" },
  REJECTED: {},
  LAPSED: {},
  FORFEITED: {},
  CANCELLED: {},
};

const FINAL: ApplicationStatus[] = ["REJECTED", "LAPSED", "FORFEITED", "CANCELLED"];

describe("application state: every (status, event) pair (四, 五)", () => {
  const pairs = APPLICATION_STATUSES.flatMap((s) => APPLICATION_EVENTS.map((e) => [s, e] as const));

  it("covers 10 statuses × 12 events", () => {
    expect(pairs).toHaveLength(120);
  });

  it.each(pairs)("%s + %s", (status, event) => {
    const next = EXPECTED[status][event];
    if (next) {
      expect(transition(status, event)).toEqual({ ok: true, status: next });
      expect(canTransition(status, event)).toBe(true);
    } else {
      expect(transition(status, event)).toEqual({
        ok: false,
        error: FINAL.includes(status) ? "final-status" : "invalid-transition",
      });
      expect(canTransition(status, event)).toBe(false);
    }
  });
});

describe("application state: the notice's rules in words", () => {
  it("四(二)3: 审核不通过 is final; 退回修改 can be resubmitted or lapses", () => {
    expect(isFinal("REJECTED")).toBe(true);
    expect(transition("RETURNED", "resubmit")).toEqual({ ok: true, status: "SUBMITTED" });
    expect(transition("RETURNED", "lapse")).toEqual({ ok: true, status: "LAPSED" });
  });

  it("四(二)3: a return or a never-submitted draft lapses, not one staff have not decided (ADR 064)", () => {
    expect(canTransition("SUBMITTED", "lapse")).toBe(false);
    expect(transition("DRAFT", "lapse")).toEqual({ ok: true, status: "LAPSED" });
    expect(transition("SUBMITTED", "expire-undecided")).toEqual({ ok: true, status: "CANCELLED" });
  });

  it("五: unpaid approved applications are forfeited; a receipt nobody confirmed in the grace too (ADR 064)", () => {
    expect(transition("APPROVED", "forfeit")).toEqual({ ok: true, status: "FORFEITED" });
    expect(transition("PAYMENT_SUBMITTED", "forfeit")).toEqual({ ok: true, status: "FORFEITED" });
    expect(transition("PAYMENT_SUBMITTED", "return-payment")).toEqual({ ok: true, status: "APPROVED" });
  });

  it("四: a plan that is not held cancels every application still alive, even paid ones", () => {
    for (const s of APPLICATION_STATUSES) {
      expect(canTransition(s, "cancel-plan"), s).toBe(!FINAL.includes(s));
    }
  });

  it("三 备注: after payment is confirmed only plan cancellation remains", () => {
    expect(allowedEvents("PAYMENT_CONFIRMED")).toEqual(["cancel-plan"]);
  });

  it("final statuses are exactly those without moves", () => {
    expect([...FINAL_STATUSES].sort()).toEqual([...FINAL].sort());
    for (const s of APPLICATION_STATUSES) {
      expect(allowedEvents(s).length === 0, s).toBe(isFinal(s));
    }
  });

  it("allowedEvents lists the buttons in a stable order", () => {
    expect(allowedEvents("SUBMITTED")).toEqual(["approve", "return", "reject", "expire-undecided", "cancel-plan"]);
    expect(allowedEvents("APPROVED")).toEqual(["submit-payment", "forfeit", "cancel-plan"]);
  });
});

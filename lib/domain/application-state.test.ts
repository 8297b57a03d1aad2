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
  draft: { submit: "submitted", lapse: "lapsed", "cancel-plan": "cancelled" },
  submitted: {
    approve: "approved",
    return: "returned",
    reject: "rejected",
    "expire-undecided": "cancelled",
    "cancel-plan": "cancelled",
  },
  returned: { resubmit: "submitted", lapse: "lapsed", "cancel-plan": "cancelled" },
  approved: { "submit-payment": "payment-submitted", forfeit: "forfeited", "cancel-plan": "cancelled" },
  "payment-submitted": {
    "confirm-payment": "payment-confirmed",
    "return-payment": "approved",
    forfeit: "forfeited",
    "cancel-plan": "cancelled",
  },
  "payment-confirmed": { "cancel-plan": "cancelled" },
  rejected: {},
  lapsed: {},
  forfeited: {},
  cancelled: {},
};

const FINAL: ApplicationStatus[] = ["rejected", "lapsed", "forfeited", "cancelled"];

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
    expect(isFinal("rejected")).toBe(true);
    expect(transition("returned", "resubmit")).toEqual({ ok: true, status: "submitted" });
    expect(transition("returned", "lapse")).toEqual({ ok: true, status: "lapsed" });
  });

  it("四(二)3: a return or a never-submitted draft lapses, not one staff have not decided (ADR 064)", () => {
    expect(canTransition("submitted", "lapse")).toBe(false);
    expect(transition("draft", "lapse")).toEqual({ ok: true, status: "lapsed" });
    expect(transition("submitted", "expire-undecided")).toEqual({ ok: true, status: "cancelled" });
  });

  it("五: unpaid approved applications are forfeited; a receipt nobody confirmed in the grace too (ADR 064)", () => {
    expect(transition("approved", "forfeit")).toEqual({ ok: true, status: "forfeited" });
    expect(transition("payment-submitted", "forfeit")).toEqual({ ok: true, status: "forfeited" });
    expect(transition("payment-submitted", "return-payment")).toEqual({ ok: true, status: "approved" });
  });

  it("四: a plan that is not held cancels every application still alive, even paid ones", () => {
    for (const s of APPLICATION_STATUSES) {
      expect(canTransition(s, "cancel-plan"), s).toBe(!FINAL.includes(s));
    }
  });

  it("三 备注: after payment is confirmed only plan cancellation remains", () => {
    expect(allowedEvents("payment-confirmed")).toEqual(["cancel-plan"]);
  });

  it("final statuses are exactly those without moves", () => {
    expect([...FINAL_STATUSES].sort()).toEqual([...FINAL].sort());
    for (const s of APPLICATION_STATUSES) {
      expect(allowedEvents(s).length === 0, s).toBe(isFinal(s));
    }
  });

  it("allowedEvents lists the buttons in a stable order", () => {
    expect(allowedEvents("submitted")).toEqual(["approve", "return", "reject", "expire-undecided", "cancel-plan"]);
    expect(allowedEvents("approved")).toEqual(["submit-payment", "forfeit", "cancel-plan"]);
  });
});

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

/**
 * The expected moves, written out independently of the module's table: one line per allowed
 * move, "FROM event → TO". Every (status, event) pair not listed here must be refused.
 */
const EXPECTED_MOVES = `
  DRAFT submit → SUBMITTED
  DRAFT lapse → LAPSED
  DRAFT cancel-plan → CANCELLED
  SUBMITTED approve → APPROVED
  SUBMITTED return → RETURNED
  SUBMITTED reject → REJECTED
  SUBMITTED expire-undecided → CANCELLED
  SUBMITTED cancel-plan → CANCELLED
  RETURNED resubmit → SUBMITTED
  RETURNED lapse → LAPSED
  RETURNED cancel-plan → CANCELLED
  APPROVED submit-payment → PAYMENT_SUBMITTED
  APPROVED forfeit → FORFEITED
  APPROVED cancel-plan → CANCELLED
  PAYMENT_SUBMITTED confirm-payment → PAYMENT_CONFIRMED
  PAYMENT_SUBMITTED return-payment → APPROVED
  PAYMENT_SUBMITTED forfeit → FORFEITED
  PAYMENT_SUBMITTED cancel-plan → CANCELLED
  PAYMENT_CONFIRMED cancel-plan → CANCELLED
`
  .trim()
  .split("\n")
  .map((line) => line.trim());

function expectedNext(status: ApplicationStatus, event: ApplicationEvent): ApplicationStatus | undefined {
  const prefix = `${status} ${event} → `;
  const line = EXPECTED_MOVES.find((move) => move.startsWith(prefix));
  return line?.slice(prefix.length) as ApplicationStatus | undefined;
}

const FINAL: ApplicationStatus[] = ["REJECTED", "LAPSED", "FORFEITED", "CANCELLED"];

describe("application state: every (status, event) pair (四, 五)", () => {
  const pairs = APPLICATION_STATUSES.flatMap((s) => APPLICATION_EVENTS.map((e) => [s, e] as const));

  it("covers 10 statuses × 12 events, 19 of them allowed", () => {
    expect(pairs).toHaveLength(120);
    expect(EXPECTED_MOVES).toHaveLength(19);
  });

  it.each(pairs)("%s + %s", (status, event) => {
    const next = expectedNext(status, event);
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

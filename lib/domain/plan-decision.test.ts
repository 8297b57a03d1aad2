import { describe, expect, it } from "vitest";
import type { ApplicationStatus } from "./application-state";
import { candidateFate, decisionBlocked, tallyFates } from "./plan-decision";

const move = (status: ApplicationStatus, targetStatus: ApplicationStatus | null, keepTarget = false) =>
  candidateFate("move", { status, targetStatus, keepTarget });

describe("plan decisions: each candidate's fate (ADR 080)", () => {
  it("cancel: every application is cancelled; paid ones get a refund, waiting receipts are marked", () => {
    expect(candidateFate("cancel", { status: "PAYMENT_CONFIRMED", targetStatus: null })).toEqual({
      fate: "cancelled",
      refund: true,
      waitingReceipt: false,
      choice: false,
    });
    expect(candidateFate("cancel", { status: "PAYMENT_SUBMITTED", targetStatus: null })).toMatchObject({
      refund: false,
      waitingReceipt: true,
    });
    expect(candidateFate("cancel", { status: "APPROVED", targetStatus: null })).toMatchObject({
      refund: false,
      waitingReceipt: false,
    });
  });

  it("merge: not in the target → moved; unpaid and already in the target → the target's stays, no refund", () => {
    expect(move("PAYMENT_CONFIRMED", null)).toMatchObject({ fate: "moved", refund: false });
    expect(move("APPROVED", "DRAFT")).toMatchObject({ fate: "keptTarget", refund: false, choice: false });
  });

  it("merge: paid here, unpaid there → the paid place replaces the unpaid one, unless the officer keeps the target's (refund)", () => {
    for (const target of ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "CANCELLED", "FORFEITED"] as const) {
      expect(move("PAYMENT_CONFIRMED", target)).toMatchObject({ fate: "replacedTarget", refund: false, choice: true });
      expect(move("PAYMENT_CONFIRMED", target, true)).toMatchObject({ fate: "keptTarget", refund: true, choice: true });
    }
  });

  it("merge: paid in both, or refused there → the target's stands and this fee is refunded; never silently lost", () => {
    for (const target of ["PAYMENT_CONFIRMED", "REJECTED", "LAPSED"] as const) {
      expect(move("PAYMENT_CONFIRMED", target)).toMatchObject({ fate: "keptTarget", refund: true, choice: false });
    }
  });

  it("merge: a receipt waiting here, or in the target of a paid candidate, blocks the merge", () => {
    expect(move("PAYMENT_SUBMITTED", null).fate).toBe("waiting");
    expect(move("PAYMENT_CONFIRMED", "PAYMENT_SUBMITTED").fate).toBe("waiting");
    expect(move("APPROVED", "PAYMENT_SUBMITTED").fate).toBe("keptTarget");
    expect(decisionBlocked([move("APPROVED", null), move("PAYMENT_SUBMITTED", null)])).toBe(true);
    expect(decisionBlocked([move("APPROVED", null)])).toBe(false);
  });

  it("tallies fates, refunds and waiting receipts", () => {
    const fates = [
      move("PAYMENT_CONFIRMED", "SUBMITTED"),
      move("APPROVED", null),
      move("PAYMENT_CONFIRMED", "PAYMENT_CONFIRMED"),
      candidateFate("cancel", { status: "PAYMENT_SUBMITTED", targetStatus: null }),
    ];
    expect(tallyFates(fates)).toEqual({
      moved: 1,
      keptTarget: 1,
      replacedTarget: 1,
      cancelled: 1,
      waiting: 0,
      refunds: 1,
      waitingReceipts: 1,
    });
  });
});

import { describe, expect, it } from "vitest";
import type { ApplicationStatus } from "./application-state";
import { candidateFate, decisionBlocked, tallyFates } from "./plan-decision";

const move = (status: ApplicationStatus, targetStatus: ApplicationStatus | null, keepTarget = false) =>
  candidateFate("move", { status, targetStatus, keepTarget });

describe("plan decisions: each candidate's fate (ADR 080)", () => {
  it("cancel: every application is cancelled; paid ones get a refund, waiting receipts are marked", () => {
    expect(candidateFate("cancel", { status: "payment-confirmed", targetStatus: null })).toEqual({
      fate: "cancelled",
      refund: true,
      waitingReceipt: false,
      choice: false,
    });
    expect(candidateFate("cancel", { status: "payment-submitted", targetStatus: null })).toMatchObject({
      refund: false,
      waitingReceipt: true,
    });
    expect(candidateFate("cancel", { status: "approved", targetStatus: null })).toMatchObject({
      refund: false,
      waitingReceipt: false,
    });
  });

  it("merge: not in the target → moved; unpaid and already in the target → the target's stays, no refund", () => {
    expect(move("payment-confirmed", null)).toMatchObject({ fate: "moved", refund: false });
    expect(move("approved", "draft")).toMatchObject({ fate: "keptTarget", refund: false, choice: false });
  });

  it("merge: paid here, unpaid there → the paid place replaces the unpaid one, unless the officer keeps the target's (refund)", () => {
    for (const target of ["draft", "submitted", "returned", "approved", "cancelled", "forfeited"] as const) {
      expect(move("payment-confirmed", target)).toMatchObject({ fate: "replacedTarget", refund: false, choice: true });
      expect(move("payment-confirmed", target, true)).toMatchObject({ fate: "keptTarget", refund: true, choice: true });
    }
  });

  it("merge: paid in both, or refused there → the target's stands and this fee is refunded; never silently lost", () => {
    for (const target of ["payment-confirmed", "rejected", "lapsed"] as const) {
      expect(move("payment-confirmed", target)).toMatchObject({ fate: "keptTarget", refund: true, choice: false });
    }
  });

  it("merge: a receipt waiting here, or in the target of a paid candidate, blocks the merge", () => {
    expect(move("payment-submitted", null).fate).toBe("waiting");
    expect(move("payment-confirmed", "payment-submitted").fate).toBe("waiting");
    expect(move("approved", "payment-submitted").fate).toBe("keptTarget");
    expect(decisionBlocked([move("approved", null), move("payment-submitted", null)])).toBe(true);
    expect(decisionBlocked([move("approved", null)])).toBe(false);
  });

  it("tallies fates, refunds and waiting receipts", () => {
    const fates = [
      move("payment-confirmed", "submitted"),
      move("approved", null),
      move("payment-confirmed", "payment-confirmed"),
      candidateFate("cancel", { status: "payment-submitted", targetStatus: null }),
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

import { describe, expect, it } from "vitest";
import zh from "@/messages/zh-CN/what-now.json";
import en from "@/messages/en/what-now.json";
import { APPLICATION_STATUSES } from "./application-state";
import { WHAT_NOW_KEYS, resultBadge, whatNow, type WhatNowFacts } from "./what-now";
import type { Verdict } from "./window-rules";
import { whatNowFacts, yes } from "@/tests/support/what-now-facts";

const no: Verdict = { allowed: false, reason: { key: "registrationClosed", params: {} }, from: null };
const facts = whatNowFacts;

describe("whatNow: one line for every state (issue 16 item 6)", () => {
  it("answers a key that exists in both languages for every status", () => {
    for (const status of APPLICATION_STATUSES) {
      const { key } = whatNow(facts(status));
      expect(WHAT_NOW_KEYS, status).toContain(key);
      expect(zh.whatNow[key], status).toBeTypeOf("string");
      expect(en.whatNow[key], status).toBeTypeOf("string");
    }
    for (const key of WHAT_NOW_KEYS) {
      expect(zh.whatNow[key], key).toBeTypeOf("string");
      expect(en.whatNow[key], key).toBeTypeOf("string");
    }
  });

  it("a draft: finish by the registration end while the rule table allows editing, else say why not", () => {
    expect(whatNow(facts("DRAFT", { may: { edit: yes } }))).toEqual({
      key: "draftOpen",
      params: { end: "2031-05-13" },
      action: "edit",
    });
    expect(whatNow(facts("DRAFT", { may: { edit: no }, day: "2031-05-01" })).key).toBe("draftNotYet");
    expect(whatNow(facts("DRAFT", { may: { edit: no }, day: "2031-05-20" }))).toMatchObject({
      key: "draftClosed",
      action: "calendar",
    });
  });

  it("submitted names the review due date; returned names the review end", () => {
    expect(whatNow(facts("SUBMITTED", { reviewDueDate: "2031-05-21" })).params).toEqual({ date: "2031-05-21" });
    expect(whatNow(facts("RETURNED", { may: { edit: yes } }))).toMatchObject({ key: "returnedOpen", action: "edit" });
    expect(whatNow(facts("RETURNED", { may: { edit: no } })).key).toBe("returnedClosed");
  });

  it("approved: pay now, pay from, or too late, by the upload-receipt verdict", () => {
    expect(whatNow(facts("APPROVED", { may: { "upload-receipt": yes }, day: "2031-05-27" }))).toMatchObject({
      key: "approvedPayNow",
      params: { end: "2031-05-30" },
      action: "pay",
    });
    expect(whatNow(facts("APPROVED", { may: { "upload-receipt": no }, day: "2031-05-24" })).key).toBe("approvedPayFrom");
    expect(whatNow(facts("APPROVED", { may: { "upload-receipt": no }, day: "2031-06-01" })).key).toBe("approvedPayClosed");
    expect(whatNow(facts("PAYMENT_SUBMITTED")).key).toBe("paymentSubmitted");
  });

  describe("payment confirmed", () => {
    const paid = (over: Partial<WhatNowFacts>) => whatNow(facts("PAYMENT_CONFIRMED", over));

    it("before the ticket window says when the ticket comes", () => {
      expect(paid({ day: "2031-06-01" })).toMatchObject({ key: "paidTicketFrom", params: { start: "2031-06-09" } });
    });

    it("ticket window open, plan not yet held: no ticket, and why", () => {
      expect(paid({ day: "2031-06-10", planStatus: "OPEN" })).toMatchObject({
        key: "paidPlanNotHeld",
        params: { exam: "2031-06-14" },
      });
      expect(paid({ day: "2031-06-10", planStatus: "HELD" }).key).toBe("paidTicketComing");
    });

    it("with a ticket repeats the exam date, time and site", () => {
      expect(
        paid({ day: "2031-06-10", planStatus: "HELD", ticketNumber: "T1", examTime: "09:00—11:00", room: "省直考点 301" }),
      ).toEqual({
        key: "paidTicketReady",
        params: { date: "2031-06-14", time: "09:00—11:00", site: "省直考点 301" },
        action: "ticket",
      });
      expect(paid({ day: "2031-06-10", ticketNumber: "T1" })).toMatchObject({
        key: "paidTicketReadyUnseated",
        params: { time: "none" },
      });
    });

    it("after the exam and before the notice names the notice's first day", () => {
      expect(paid({ day: "2031-06-16", ticketNumber: "T1" })).toMatchObject({ key: "afterExam", params: { date: "2031-06-23" } });
    });

    it("after the result: where and when to collect the certificate, or what the result was", () => {
      const dates = { electronicFrom: "2031-07-01", paperFrom: "2031-09-10" };
      const passed = paid({ day: "2031-07-02", result: { kind: "scored", score: 88, passed: true }, certificateDates: dates });
      expect(passed).toEqual({
        key: "passedIndividual",
        params: { score: 88, electronicFrom: "2031-07-01", paperFrom: "2031-09-10" },
        action: "certificate",
      });
      expect(zh.whatNow.passedIndividual).toContain("5楼509室");
      expect(zh.whatNow.passedIndividual).toContain("有效身份证件");
      expect(
        paid({ result: { kind: "scored", score: 88, passed: true }, certificateDates: dates, channel: "INSTITUTION" }).key,
      ).toBe("passedInstitution");
      expect(paid({ result: { kind: "scored", score: 42, passed: false } })).toMatchObject({
        key: "failed",
        params: { score: 42 },
      });
      expect(paid({ result: { kind: "absent" } }).key).toBe("absent");
      expect(paid({ result: { kind: "pending" } }).key).toBe("resultPending");
    });
  });

  it("the ends say so and point to the calendar", () => {
    for (const [status, key] of [
      ["REJECTED", "rejected"],
      ["LAPSED", "lapsed"],
      ["FORFEITED", "forfeited"],
      ["CANCELLED", "cancelled"],
    ] as const) {
      expect(whatNow(facts(status)), status).toMatchObject({ key, action: "calendar" });
    }
  });
});

describe("resultBadge: after the result the badge no longer reads 确认收费", () => {
  it("says the result once published, and nothing before or for other states", () => {
    expect(resultBadge("PAYMENT_CONFIRMED", { kind: "scored", score: 70, passed: true })).toBe("passed");
    expect(resultBadge("PAYMENT_CONFIRMED", { kind: "scored", score: 20, passed: false })).toBe("failed");
    expect(resultBadge("PAYMENT_CONFIRMED", { kind: "absent" })).toBe("absent");
    expect(resultBadge("PAYMENT_CONFIRMED", { kind: "pending" })).toBeNull();
    expect(resultBadge("PAYMENT_CONFIRMED", null)).toBeNull();
    expect(resultBadge("CANCELLED", { kind: "not-admitted" })).toBeNull();
  });
});

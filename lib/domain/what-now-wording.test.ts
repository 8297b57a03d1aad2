import { describe, expect, it } from "vitest";
import zhClerk from "@/messages/zh-CN/what-now-clerk.json";
import enClerk from "@/messages/en/what-now-clerk.json";
import zh from "@/messages/zh-CN/what-now.json";
import { APPLICATION_STATUSES, type ApplicationStatus } from "./application-state";
import { WHAT_NOW_KEYS, whatNow, type WhatNowFacts } from "./what-now";
import { whatNowLine } from "./what-now-wording";
import { whatNowFacts, yes } from "@/tests/support/what-now-facts";

const facts = (status: ApplicationStatus, over: Partial<WhatNowFacts> = {}) =>
  whatNowFacts(status, { channel: "INSTITUTION", ...over });

const clerkText = (key: string) => (zhClerk.whatNowClerk as Record<string, unknown>)[key];
const enClerkText = (key: string) => (enClerk.whatNowClerk as Record<string, unknown>)[key];

describe("what-now said to the institution's clerk, about the candidate (issue 16, ADR 126)", () => {
  it("has a clerk sentence in both languages for every answer of whatNow", () => {
    for (const key of WHAT_NOW_KEYS) {
      expect(clerkText(key), key).toBeTypeOf("string");
      expect(enClerkText(key), key).toBeTypeOf("string");
    }
    for (const status of APPLICATION_STATUSES) {
      expect(whatNowLine(whatNow(facts(status)), "clerk").message, status).toMatch(/^whatNowClerk\./);
    }
  });

  it("speaks about the candidate, never to them: no 您, no 请您; the candidate's own lines do say 您 or 请", () => {
    for (const key of WHAT_NOW_KEYS) {
      const text = clerkText(key) as string;
      expect(text, key).not.toMatch(/您/);
      expect(`${text} ${enClerkText(key) as string}`, key).toMatch(/该考生|考生|本机构|candidate|institution/i);
    }
  });

  it("the same facts choose the same key for both readers, only the namespace differs", () => {
    for (const status of APPLICATION_STATUSES) {
      const w = whatNow(facts(status, { may: { edit: yes } }));
      expect(whatNowLine(w, "candidate").message).toBe(`whatNow.${w.key}`);
      expect(whatNowLine(w, "clerk").message).toBe(`whatNowClerk.${w.key}`);
      expect(whatNowLine(w, "clerk").params).toEqual(w.params);
    }
  });

  it("the clerk is sent to the institution's pages; the candidate keeps the buttons beside the line", () => {
    const draft = whatNow(facts("DRAFT", { may: { edit: yes } }));
    expect(whatNowLine(draft, "clerk").link).toEqual({ href: "#fix", label: "whatNowClerk.action.fix" });
    expect(whatNowLine(draft, "candidate").link).toBeNull();

    const pay = whatNow(facts("APPROVED", { may: { "upload-receipt": yes }, day: "2031-05-27" }));
    expect(whatNowLine(pay, "clerk")).toMatchObject({
      message: "whatNowClerk.approvedPayNow",
      link: { href: "/institution/payments" },
    });
    expect(clerkText("approvedPayNow")).toContain("本机构统一缴费");
    expect(whatNowLine(pay, "candidate").link).toBeNull();

    const ticket = whatNow(facts("PAYMENT_CONFIRMED", { day: "2031-06-10", planStatus: "HELD", ticketNumber: "T1" }));
    expect(whatNowLine(ticket, "clerk").link?.href).toBe("/institution/tickets");

    const ended = whatNow(facts("REJECTED"));
    expect(whatNowLine(ended, "clerk").link?.href).toBe("/calendar");
    expect(whatNowLine(ended, "candidate").link?.href).toBe("/calendar");
  });

  it("after a pass, the clerk reads who collects the paper certificate", () => {
    const dates = { electronicFrom: "2031-07-01", paperFrom: "2031-09-10" };
    const passed = whatNow(
      facts("PAYMENT_CONFIRMED", { result: { kind: "scored", score: 88, passed: true }, certificateDates: dates }),
    );
    expect(whatNowLine(passed, "clerk")).toMatchObject({
      message: "whatNowClerk.passedInstitution",
      params: { score: 88, paperFrom: "2031-09-10" },
      link: { href: "/verify/certificate" },
    });
    expect(clerkText("passedInstitution")).toContain("由本机构统一到省职鉴中心办理");
    expect(clerkText("passedIndividual")).toContain("5楼509室");
    // The candidate's version of the same line speaks to them.
    expect(zh.whatNow.passedInstitution).toContain("报名机构");
  });
});

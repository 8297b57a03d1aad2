import type { ApplicationStatus } from "./application-state";
import type { ResultDisplay } from "./result-display";
import type { BatchDef, IsoDate } from "./types";
import type { RuleAction, Verdict } from "./window-rules";

/**
 * Issue 16 item 6: the one line under an application that says what happens next and what the
 * applicant does about it, for every state. One function of the state and the rule table's
 * verdicts (lib/domain/window-rules, never re-decided here), so the candidate's page, the
 * institution's and the tests read the same answer. It answers a key in the `whatNow` namespace
 * and its parameters; the page renders it.
 */
export interface WhatNowFacts {
  status: ApplicationStatus;
  batch: BatchDef;
  day: IsoDate;
  /** The rule table's verdicts for the applicant: `edit`, `upload-receipt`, `download-ticket`. */
  may: Partial<Record<RuleAction, Verdict>>;
  planStatus: "OPEN" | "HELD" | "CANCELLED";
  reviewDueDate: IsoDate | null;
  ticketNumber: string | null;
  /** "09:00—11:00", null until the officer sets the session. */
  examTime: string | null;
  /** The site and room, null until seats are assigned. */
  room: string | null;
  /** null until the plan's result notice is published (八). */
  result: ResultDisplay | null;
  /** 九: when the certificates come, known once the notice is published. */
  certificateDates: { electronicFrom: IsoDate; paperFrom: IsoDate } | null;
  /** The first day of the result notice (八), to say when results come after the exam. */
  resultNoticeStart: IsoDate;
  channel: "INDIVIDUAL" | "INSTITUTION";
}

export interface WhatNow {
  /** Key in the `whatNow` namespace. */
  key: WhatNowKey;
  params: Record<string, string | number>;
  /** Where the applicant acts next, when there is somewhere to go. */
  action: "edit" | "pay" | "ticket" | "certificate" | "calendar" | null;
}

export const WHAT_NOW_KEYS = [
  "draftOpen",
  "draftNotYet",
  "draftClosed",
  "submitted",
  "returnedOpen",
  "returnedClosed",
  "rejected",
  "lapsed",
  "approvedPayFrom",
  "approvedPayNow",
  "approvedPayClosed",
  "paymentSubmitted",
  "paidTicketFrom",
  "paidPlanNotHeld",
  "paidTicketComing",
  "paidTicketReady",
  "paidTicketReadyUnseated",
  "afterExam",
  "resultPending",
  "passedIndividual",
  "passedInstitution",
  "failed",
  "absent",
  "forfeited",
  "cancelled",
] as const;
export type WhatNowKey = (typeof WHAT_NOW_KEYS)[number];

const say = (key: WhatNowKey, params: WhatNow["params"] = {}, action: WhatNow["action"] = null): WhatNow => ({
  key,
  params,
  action,
});

export function whatNow(f: WhatNowFacts): WhatNow {
  const { batch, day } = f;
  switch (f.status) {
    case "DRAFT":
      if (f.may.edit?.allowed) return say("draftOpen", { end: batch.registration.end }, "edit");
      if (day < batch.registration.start) return say("draftNotYet", { start: batch.registration.start });
      return say("draftClosed", { end: batch.registration.end }, "calendar");
    case "SUBMITTED":
      return say("submitted", { date: f.reviewDueDate ?? batch.review.end });
    case "RETURNED":
      return f.may.edit?.allowed
        ? say("returnedOpen", { end: batch.review.end }, "edit")
        : say("returnedClosed", { end: batch.review.end }, "calendar");
    case "REJECTED":
      return say("rejected", {}, "calendar");
    case "LAPSED":
      return say("lapsed", {}, "calendar");
    case "APPROVED": {
      if (f.may["upload-receipt"]?.allowed) return say("approvedPayNow", { end: batch.payment.end }, "pay");
      if (day < batch.payment.start) return say("approvedPayFrom", { start: batch.payment.start, end: batch.payment.end });
      return say("approvedPayClosed", { end: batch.payment.end });
    }
    case "PAYMENT_SUBMITTED":
      return say("paymentSubmitted");
    case "PAYMENT_CONFIRMED":
      return afterPayment(f);
    case "FORFEITED":
      return say("forfeited", {}, "calendar");
    case "CANCELLED":
      return say("cancelled", {}, "calendar");
  }
}

function afterPayment(f: WhatNowFacts): WhatNow {
  const { batch, day } = f;
  const r = f.result;
  if (r) {
    if (r.kind === "scored" && r.passed) {
      const dates = f.certificateDates;
      const params = { score: r.score, electronicFrom: dates?.electronicFrom ?? "", paperFrom: dates?.paperFrom ?? "" };
      return f.channel === "INSTITUTION"
        ? say("passedInstitution", params, "certificate")
        : say("passedIndividual", params, "certificate");
    }
    if (r.kind === "scored") return say("failed", { score: r.score }, "calendar");
    if (r.kind === "absent") return say("absent", {}, "calendar");
    return say("resultPending");
  }
  if (day > batch.examDate) return say("afterExam", { date: f.resultNoticeStart });
  if (f.ticketNumber) {
    const time = f.examTime ?? "none";
    return f.room
      ? say("paidTicketReady", { date: batch.examDate, time, site: f.room }, "ticket")
      : say("paidTicketReadyUnseated", { date: batch.examDate, time }, "ticket");
  }
  if (day < batch.ticket.start) return say("paidTicketFrom", { start: batch.ticket.start, exam: batch.examDate });
  // The ticket window is open and there is no ticket: say why (issue 16 item 6).
  if (f.planStatus !== "HELD") return say("paidPlanNotHeld", { exam: batch.examDate });
  return say("paidTicketComing", { exam: batch.examDate });
}

/**
 * After the result notice the badge says the result, not 「确认收费」 (issue 16 item 6): the
 * payment is history by then. Null keeps the status's own label.
 */
export function resultBadge(status: ApplicationStatus, result: ResultDisplay | null): "passed" | "failed" | "absent" | null {
  if (status !== "PAYMENT_CONFIRMED" || !result) return null;
  if (result.kind === "scored") return result.passed ? "passed" : "failed";
  return result.kind === "absent" ? "absent" : null;
}

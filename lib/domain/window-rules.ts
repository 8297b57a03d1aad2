import type { ApplicationStatus } from "./application-state";
import type { NamespaceKey } from "@/lib/i18n/message-key";
import type { RuleDates } from "./window-rules-dates";
import type { BatchDef, IsoDate } from "./types";

/**
 * THE table of what may happen when (issue 12): for a role, an application's status and a
 * Beijing day, which action is allowed, and if not, why (a message key in the `windowRules`
 * namespace with its parameters) and the day it becomes possible. Pages show buttons from it,
 * use cases refuse with it, the jobs (lapse, forfeit, expire) fire from `dueClockEvent`. No
 * other module decides a window (ARCHITECTURE.md "Where each rule of the notice lives").
 * Notice: 三 (windows), 四(二)3 (return, resubmit), 五 (payment), 六 (tickets); the end states
 * it leaves open are ADR 064.
 */

export const RULE_ROLES = ["candidate", "institution", "reviewer", "finance", "officer"] as const;
export type RuleRole = (typeof RULE_ROLES)[number];

export const RULE_ACTIONS = [
  "edit",
  "submit",
  "upload-receipt",
  "review-decide",
  "confirm-payment",
  "download-ticket",
  "cancel-plan",
  "withdraw",
] as const;
export type RuleAction = (typeof RULE_ACTIONS)[number];

/** Who does what: an applicant (candidate or institution) fills in and pays, staff decide. */
const ACTIONS_OF: Record<RuleRole, readonly RuleAction[]> = {
  candidate: ["edit", "submit", "upload-receipt", "download-ticket"],
  institution: ["edit", "submit", "upload-receipt", "download-ticket", "withdraw"],
  reviewer: ["review-decide"],
  finance: ["confirm-payment"],
  officer: ["cancel-plan"],
};

/** A reason of the rule table: a key of the `windowRules` messages. */
export type WindowRuleKey = NamespaceKey<"windowRules">;

export interface RuleReason {
  /** Key in the `windowRules` namespace. */
  key: WindowRuleKey;
  params: Record<string, string>;
}

export type Verdict =
  | { allowed: true }
  /** `from`: the day it becomes possible, null when it never will. */
  | { allowed: false; reason: RuleReason; from: IsoDate | null };

export const BATCH_PHASES = [
  "before-registration",
  "registration",
  "review",
  "between",
  "payment",
  "tickets",
  "exam-day",
  "after-exam",
  "notice",
  "after-notice",
] as const;
export type BatchPhase = (typeof BATCH_PHASES)[number];

/** Where a batch stands on `day`; registration's last day (also review's first) is registration. */
export function batchPhase(batch: BatchDef, day: IsoDate, dates: RuleDates): BatchPhase {
  if (day < batch.registration.start) return "before-registration";
  if (day <= batch.registration.end) return "registration";
  if (day >= batch.review.start && day <= batch.review.end) return "review";
  if (day >= batch.payment.start && day <= batch.payment.end) return "payment";
  if (day >= batch.ticket.start && day <= batch.ticket.end) return "tickets";
  if (day === batch.examDate) return "exam-day";
  if (day < batch.examDate) return "between";
  if (day < dates.resultNoticeStart) return "after-exam";
  if (day <= dates.resultNoticeEnd) return "notice";
  return "after-notice";
}

/**
 * An institution's batch paperwork (四(一)2): the scans of the stamped roster and commitment
 * letter, and candidates' attachments by zip, while registration or review is open (drafts take
 * scans during registration, returned applications until review ends, 四(二)3). Each
 * application a zip touches is still asked `edit` below.
 */
export function institutionPaperworkOpen(batch: BatchDef, day: IsoDate): boolean {
  const open = (w: { start: IsoDate; end: IsoDate }) => w.start <= day && day <= w.end;
  return open(batch.registration) || open(batch.review);
}

export interface RuleInput {
  role: RuleRole;
  status: ApplicationStatus;
  batch: BatchDef;
  dates: RuleDates;
  day: IsoDate;
  /** A staff decision was ever taken on it (a resubmitted return): no longer withdrawable. */
  decided?: boolean;
}

/** The statuses whose data the applicant can ever change (三 备注, 四(二)3); the days are below. */
export const APPLICANT_EDITABLE_STATUSES = ["DRAFT", "RETURNED"] as const satisfies readonly ApplicationStatus[];

const ok: Verdict = { allowed: true };
const no = (key: WindowRuleKey, params: Record<string, string> = {}, from: IsoDate | null = null): Verdict => ({
  allowed: false,
  reason: { key, params },
  from,
});

/** An inclusive window [start, end]: before it "not yet, from start", after it "closed on end". */
function within(day: IsoDate, start: IsoDate, end: IsoDate, notYet: WindowRuleKey, closed: WindowRuleKey): Verdict {
  if (day < start) return no(notYet, { date: start }, start);
  if (day > end) return no(closed, { date: end });
  return ok;
}

/** Why an applicant's data cannot change in `status` (三 备注, 四(二)3). */
function lockedReason(status: ApplicationStatus): Verdict {
  switch (status) {
    case "SUBMITTED":
      return no("inReview");
    case "APPROVED":
    case "PAYMENT_SUBMITTED":
      return no("lockedApproved");
    case "PAYMENT_CONFIRMED":
      return no("lockedPaid");
    default:
      return no("final");
  }
}

function applicantEdit(i: RuleInput): Verdict {
  const { batch, day } = i;
  if (i.status === "DRAFT")
    return within(day, batch.registration.start, batch.registration.end, "registrationNotOpen", "registrationClosed");
  // End state 1 (ADR 064): a return is fixable at once, even before review opens, until review ends.
  if (i.status === "RETURNED") return day > batch.review.end ? no("resubmitClosed", { date: batch.review.end }) : ok;
  return lockedReason(i.status);
}

function uploadReceipt(i: RuleInput): Verdict {
  const { batch, day } = i;
  if (i.status === "APPROVED") return within(day, batch.payment.start, batch.payment.end, "paymentNotOpen", "paymentClosed");
  if (i.status === "PAYMENT_SUBMITTED") return no("receiptWaiting");
  if (i.status === "PAYMENT_CONFIRMED") return no("paymentDone");
  if (i.status === "DRAFT" || i.status === "SUBMITTED" || i.status === "RETURNED") return no("payAfterApproval");
  return no("final");
}

function downloadTicket(i: RuleInput): Verdict {
  if (i.status !== "PAYMENT_CONFIRMED")
    return i.status === "APPROVED" || i.status === "PAYMENT_SUBMITTED" ? no("ticketAfterPayment") : no("noTicket");
  // 六: from the ticket window's first day until the exam itself (a lost ticket is printed again).
  return within(i.day, i.batch.ticket.start, i.batch.examDate, "ticketNotOpen", "ticketClosed");
}

function reviewDecide(i: RuleInput): Verdict {
  if (i.status !== "SUBMITTED") return no("notAwaitingReview");
  // Decisions from submission on (a return before review opens is allowed, end state 1); the
  // center's own delay gets the grace of end state 3.
  return i.day > i.dates.reviewGraceEnd ? no("reviewClosed", { date: i.dates.reviewGraceEnd }) : ok;
}

function confirmPayment(i: RuleInput): Verdict {
  if (i.status !== "PAYMENT_SUBMITTED") return no("noReceiptWaiting");
  return i.day > i.dates.paymentGraceEnd ? no("confirmClosed", { date: i.dates.paymentGraceEnd }) : ok;
}

function cancelPlan(i: RuleInput): Verdict {
  if (["REJECTED", "LAPSED", "FORFEITED", "CANCELLED"].includes(i.status)) return no("final");
  return i.day >= i.batch.examDate ? no("examHeld", { date: i.batch.examDate }) : ok;
}

/** The states `withdraw` accepts on an open day: a draft, or a submission no one decided yet. */
export function withdrawableState(status: ApplicationStatus, decided: boolean): boolean {
  return status === "DRAFT" || (status === "SUBMITTED" && !decided);
}

/**
 * An institution takes back a draft, or a submission nobody has decided yet, while registration
 * is open (issue 13 item 3): afterwards the batch's roster is what the center works from.
 */
function withdraw(i: RuleInput): Verdict {
  if (!withdrawableState(i.status, i.decided === true)) return lockedReason(i.status);
  return within(i.day, i.batch.registration.start, i.batch.registration.end, "registrationNotOpen", "registrationClosed");
}

const RULES: Record<RuleAction, (i: RuleInput) => Verdict> = {
  edit: applicantEdit,
  // Submitting a draft and resubmitting a return follow the same windows as editing them.
  submit: (i) => (i.status === "DRAFT" || i.status === "RETURNED" ? applicantEdit(i) : lockedReason(i.status)),
  "upload-receipt": uploadReceipt,
  "review-decide": reviewDecide,
  "confirm-payment": confirmPayment,
  "download-ticket": downloadTicket,
  "cancel-plan": cancelPlan,
  withdraw,
};

/** May `role` do `action` on an application in `status` of `batch` on `day`? */
export function mayDo(action: RuleAction, input: RuleInput): Verdict {
  if (!ACTIONS_OF[input.role].includes(action)) return no("notYourRole");
  return RULES[action](input);
}

/** Every action of the role, as the DTO fields the pages read (`may.edit.allowed`, …). */
export function whatMay(input: RuleInput): Partial<Record<RuleAction, Verdict>> {
  return Object.fromEntries(ACTIONS_OF[input.role].map((a) => [a, mayDo(a, input)]));
}

export type ClockEvent = "lapse" | "expire-undecided" | "forfeit";

/**
 * The move the clock makes on `day` for an application left in `status` (the jobs), always
 * the day after the last day the table allowed its owner to act on it:
 * a draft after registration, a return after review (四(二)3), an undecided application after
 * the review grace (end state 3), approved and unpaid after payment (五), a receipt nobody
 * confirmed after the payment grace (end state 4).
 */
export function dueClockEvent(status: ApplicationStatus, batch: BatchDef, day: IsoDate, dates: RuleDates): ClockEvent | null {
  switch (status) {
    case "DRAFT":
      return day > batch.registration.end ? "lapse" : null;
    case "RETURNED":
      return day > batch.review.end ? "lapse" : null;
    case "SUBMITTED":
      return day > dates.reviewGraceEnd ? "expire-undecided" : null;
    case "APPROVED":
      return day > batch.payment.end ? "forfeit" : null;
    case "PAYMENT_SUBMITTED":
      return day > dates.paymentGraceEnd ? "forfeit" : null;
    default:
      return null;
  }
}

/** Staff are told about an undecided application from `escalateFrom` while it can still be decided. */
export function needsEscalation(status: ApplicationStatus, day: IsoDate, dates: RuleDates): boolean {
  return status === "SUBMITTED" && day >= dates.escalateFrom && day <= dates.reviewGraceEnd;
}

/**
 * The one action that matters to an applicant in `status`: its verdict is the page's "what
 * now" (a button when allowed, the reason and date when not).
 */
export function applicantFocus(status: ApplicationStatus): RuleAction {
  switch (status) {
    case "APPROVED":
    case "PAYMENT_SUBMITTED":
      return "upload-receipt";
    case "PAYMENT_CONFIRMED":
      return "download-ticket";
    default:
      return "submit";
  }
}

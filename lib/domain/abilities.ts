import type { ApplicationStatus } from "./application-state";
import type { IsoDate } from "./types";
import { applicantFocus, whatMay, type RuleAction, type RuleInput, type Verdict } from "./window-rules";

/**
 * What the person looking at a page may do now, as DTO fields (issue 15): the use cases compute
 * them here, the pages and components only render them. Every "can …" of an application comes
 * from the rule table (`whatMay`, lib/domain/window-rules.ts), never from a status compared in a
 * component. Staff pages' own rules (seats, plan decisions, results) are below.
 */
export interface ApplicationAbilities {
  /** The rule table's verdicts for the viewer, with reasons and dates (the "what now" line). */
  may: Partial<Record<RuleAction, Verdict>>;
  /** The verdict of the one action that matters in this state (`applicantFocus`). */
  focus: Verdict | undefined;
  canEdit: boolean;
  canSubmit: boolean;
  /** Fixing a return (四(二)3): the wizard opens on its review step and the submit is a resubmit. */
  fixingReturn: boolean;
  /** A candidate paying by themself (an institution pays its batch as a whole, ADR 096). */
  canPay: boolean;
  /** An institution taking back its own draft or undecided submission (issue 13 item 3). */
  canWithdraw: boolean;
  canDownloadTicket: boolean;
  canDownloadCertificate: boolean;
}

export interface AbilityInput extends RuleInput {
  channel: "INDIVIDUAL" | "INSTITUTION";
  ticketNumber: string | null;
  certificateNumber: string | null;
}

const allowed = (v: Verdict | undefined) => v?.allowed === true;

/** THE function: every ability of the viewer (candidate or institution) on one application. */
export function applicationAbilities(input: AbilityInput): ApplicationAbilities {
  const may = whatMay(input);
  const canEdit = allowed(may.edit);
  return {
    may,
    focus: may[applicantFocus(input.status)],
    canEdit,
    canSubmit: allowed(may.submit),
    fixingReturn: canEdit && input.status === "RETURNED",
    canPay: allowed(may["upload-receipt"]) && input.channel === "INDIVIDUAL",
    canWithdraw: allowed(may.withdraw),
    canDownloadTicket: allowed(may["download-ticket"]) && input.ticketNumber !== null,
    canDownloadCertificate: input.certificateNumber !== null,
  };
}

/** Plan states (四): OPEN takes applications, HELD is being examined, CANCELLED is not held. */
export type PlanState = "OPEN" | "HELD" | "CANCELLED";

/**
 * A seat is set by hand only in a held plan, for a candidate who paid and holds a ticket (六, 七);
 * set-seat refuses anything else with the same rule.
 */
export function seatSettable(plan: PlanState, status: ApplicationStatus, ticketNumber: string | null): boolean {
  return plan === "HELD" && status === "PAYMENT_CONFIRMED" && ticketNumber !== null;
}

/** The officer decides a plan (hold, move, cancel: 四) while it is open, or held before its notice (八). */
export function planDecidable(plan: PlanState, noticePublished: boolean): boolean {
  return plan === "OPEN" || (plan === "HELD" && !noticePublished);
}

/** 八: scores are imported from the exam day while some plan awaits its notice; a notice is published from its first day. */
export function resultsAbilities(i: { day: IsoDate; examDate: IsoDate; resultNoticeStart: IsoDate; unpublishedPlans: number }): {
  canImport: boolean;
  noticeOpen: boolean;
} {
  return { canImport: i.day >= i.examDate && i.unpublishedPlans > 0, noticeOpen: i.day >= i.resultNoticeStart };
}

/**
 * The administrator's buttons on a batch (三, ADR 084): its windows change only while nobody
 * applied (deadlines would move under applicants); a published batch is withdrawn only then too;
 * a draft is published or deleted (delete refuses a batch anything else hangs on).
 */
export function batchAbilities(published: boolean, applications: number) {
  const untouched = applications === 0;
  return { canEditWindows: untouched, canPublish: !published, canUnpublish: published && untouched, canDelete: !published };
}

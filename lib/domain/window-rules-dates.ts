import { deriveBatchDates, reviewFeedbackDue } from "./derived-dates";
import type { WorkingDayCalendar } from "./working-days";
import type { BatchDef, IsoDate } from "./types";

/**
 * The dates the rule table (window-rules.ts) reads besides section 三's five windows: the
 * end states the notice leaves open (ADR 064) and 八's notice period. All in working days.
 */

type Calendar = Pick<WorkingDayCalendar, "addWorkingDays" | "subtractWorkingDays" | "periodEnd">;

/** ADR 064: staff are warned about undecided applications from this many working days before review ends. */
export const ESCALATION_WORKING_DAYS = 3;
/** ADR 064: the center's own delay gets one working day after review ends (never past payment's first day). */
export const REVIEW_GRACE_WORKING_DAYS = 1;
/** ADR 064: a receipt uploaded in time may be confirmed for one working day after payment ends. */
export const PAYMENT_GRACE_WORKING_DAYS = 1;

export interface RuleDates {
  /** First day staff get escalations about applications still undecided. */
  escalateFrom: IsoDate;
  /** Last day a reviewer may decide an application the center left undecided (end state 3). */
  reviewGraceEnd: IsoDate;
  /** Last day finance may confirm (or return) a receipt uploaded within the payment window (end state 4). */
  paymentGraceEnd: IsoDate;
  /** 八: the results notice. */
  resultNoticeStart: IsoDate;
  resultNoticeEnd: IsoDate;
}

const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

export function ruleDates(batch: BatchDef, cal: Calendar): RuleDates {
  const derived = deriveBatchDates(batch, cal);
  return {
    escalateFrom: cal.subtractWorkingDays(batch.review.end, ESCALATION_WORKING_DAYS),
    reviewGraceEnd: minDate(cal.addWorkingDays(batch.review.end, REVIEW_GRACE_WORKING_DAYS), batch.payment.start),
    paymentGraceEnd: cal.addWorkingDays(batch.payment.end, PAYMENT_GRACE_WORKING_DAYS),
    resultNoticeStart: derived.resultNoticeStart,
    resultNoticeEnd: derived.resultNoticeEnd,
  };
}

/**
 * 四(一)3's 10 working days, capped at the review window's end (end state 2): a resubmission
 * near the end must not be promised an answer on a day decisions are refused.
 */
export function feedbackDue(batch: BatchDef, submittedDay: IsoDate, cal: Pick<WorkingDayCalendar, "addWorkingDays">): IsoDate {
  const due = reviewFeedbackDue(submittedDay, cal);
  return due > batch.review.end ? batch.review.end : due;
}

import type { WorkingDayCalendar } from "./working-days";
import type { BatchDef, IsoDate } from "./types";

/**
 * Dates the notice states relative to the exam or to a submission, in working days.
 *
 * The foundation issue fixes the reading, used everywhere: "N working days after D" is the
 * N-th working day strictly after D; "N working days before D" the N-th working day strictly
 * before D; a period of N working days starting on D ends on the N-th working day counting D
 * itself. So 六's hand-out deadline is the 2nd working day before the exam, 八's notice starts
 * on the 5th working day after it and runs 5 working days, 九's certificates are ready on the
 * 60th, and 四(一)3's answer is due on the 10th working day after receipt.
 */

type Calendar = Pick<WorkingDayCalendar, "addWorkingDays" | "subtractWorkingDays" | "periodEnd">;

export const TICKET_HANDOUT_WORKING_DAYS = 2;
export const RESULT_NOTICE_AFTER_WORKING_DAYS = 5;
export const RESULT_NOTICE_LENGTH_WORKING_DAYS = 5;
export const CERTIFICATE_AFTER_WORKING_DAYS = 60;
export const REVIEW_FEEDBACK_WORKING_DAYS = 10;

export interface DerivedBatchDates {
  /** 六: institutions hand tickets to candidates by this day. */
  ticketHandoutDeadline: IsoDate;
  /** 八: first day of the results notice (成绩公示). */
  resultNoticeStart: IsoDate;
  /** 八: last day of the 5-working-day notice period. */
  resultNoticeEnd: IsoDate;
  /** 九: institutions may collect certificates from this day. */
  certificateReadyFrom: IsoDate;
}

export function deriveBatchDates(batch: BatchDef, cal: Calendar): DerivedBatchDates {
  const resultNoticeStart = cal.addWorkingDays(batch.examDate, RESULT_NOTICE_AFTER_WORKING_DAYS);
  return {
    ticketHandoutDeadline: cal.subtractWorkingDays(batch.examDate, TICKET_HANDOUT_WORKING_DAYS),
    resultNoticeStart,
    resultNoticeEnd: cal.periodEnd(resultNoticeStart, RESULT_NOTICE_LENGTH_WORKING_DAYS),
    certificateReadyFrom: cal.addWorkingDays(batch.examDate, CERTIFICATE_AFTER_WORKING_DAYS),
  };
}

/** 四(一)3: the center answers an institution's paper materials within 10 working days of receipt. */
export function reviewFeedbackDue(submittedDay: IsoDate, cal: Pick<WorkingDayCalendar, "addWorkingDays">): IsoDate {
  return cal.addWorkingDays(submittedDay, REVIEW_FEEDBACK_WORKING_DAYS);
}

export interface CertificateDates {
  /** 八: the last day of the notice as actually published (objections until then). */
  noticeEnd: IsoDate;
  /** 九: the e-certificate is issued and verifiable from the first working day after the notice. */
  electronicFrom: IsoDate;
  /** 九 "考核结束60个工作日后": the paper certificate is collected from this day. */
  paperFrom: IsoDate;
}

/**
 * 八 九 (issue 12 item 8): while the 5-working-day notice runs, results can still change on an
 * objection (ADR 047), so the e-certificate comes only after it: on the first working day after
 * the notice's last day (the center confirms and puts it online on a working day). The paper
 * certificate keeps 九's own date, 60 working days after the exam.
 */
export function certificateDates(
  publishedOn: IsoDate,
  examDate: IsoDate,
  cal: Pick<WorkingDayCalendar, "addWorkingDays" | "periodEnd">,
): CertificateDates {
  const noticeEnd = cal.periodEnd(publishedOn, RESULT_NOTICE_LENGTH_WORKING_DAYS);
  return {
    noticeEnd,
    electronicFrom: cal.addWorkingDays(noticeEnd, 1),
    paperFrom: cal.addWorkingDays(examDate, CERTIFICATE_AFTER_WORKING_DAYS),
  };
}

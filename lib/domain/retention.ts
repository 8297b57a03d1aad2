import { daysInMonth, isoDateParts } from "./iso-date";
import type { IsoDate } from "./types";

/**
 * The retention schedule (issue 11, PIPL art. 19 "保存期限应当为实现处理目的所必要的最短时间";
 * ADR 061; stated to people on /privacy). The window jobs enforce the first four rules; what
 * stays longer is stated here so the page and the jobs read one source.
 */
export const RETENTION = {
  /** A roster file previewed but never submitted: until its batch's registration window ends. */
  unsubmittedRoster: "registration-end",
  /** An application never submitted (a draft, individual or institution): until its batch's exam day. */
  draft: "exam-day",
  /** Rate-limit counters (failed logins, lookups): until their window resets. */
  rateLimit: "reset",
  /** Photos and scans of every application: this many years after the batch's exam day (objections, certificate corrections, appeals). */
  filesYearsAfterExam: 2,
  /** Name, ID number, results and certificate numbers: long term (the center's certificate register, 九); not deleted by the portal. */
  register: "long-term",
  /** Audit rows: never deleted by the portal (append-only); MLPS 2.0 asks at least 6 months. */
  auditMinimumMonths: 6,
} as const;

/** The same calendar day `years` earlier (29 February becomes the 28th in a common year). */
export function yearsBefore(day: IsoDate, years: number): IsoDate {
  const { year, month, day: d } = isoDateParts(day);
  const target = year - years;
  const clamped = Math.min(d, daysInMonth(target, month));
  return `${String(target).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(clamped).padStart(2, "0")}`;
}

/** Photos and scans of batches whose exam day is before this day are deleted on `today`. */
export function filesExamCutoff(today: IsoDate): IsoDate {
  return yearsBefore(today, RETENTION.filesYearsAfterExam);
}

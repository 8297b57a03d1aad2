import { daysInMonth, isoDateParts } from "./iso-date";
import type { IsoDate } from "./types";

/**
 * The retention schedule (issue 11, PIPL art. 19 "保存期限应当为实现处理目的所必要的最短时间";
 * ADR 061; stated to people on /privacy). The window jobs enforce every rule up to
 * `anonymiseWithoutCertificate`; what stays longer is stated here so the page and the jobs read
 * one source.
 */
export const RETENTION = {
  /** A roster file previewed but never submitted: until its batch's registration window ends. */
  unsubmittedRoster: "registration-end",
  /** An application never submitted (a draft, individual or institution): until its batch's exam day. */
  draft: "exam-day",
  /** Rate-limit counters (failed logins, lookups): until their window resets. */
  rateLimit: "reset",
  /**
   * Photos and scans of every application, and the roster files institutions submitted (names and
   * ID numbers of all their candidates): this many years after the batch's exam day (objections,
   * certificate corrections, appeals). The ID card scans of decided correction requests: this many
   * years after the decision.
   */
  filesYearsAfterExam: 2,
  /**
   * Every application, this many years after its batch's exam day (objections 八, score
   * corrections, complaints and reconsideration are long over): its own details (school, major,
   * occupation, employer, address, return and reject reasons, the returned snapshot, the
   * collection note, reviewers' notes) are cleared; project, channel, status and result stay.
   */
  applicationYearsAfterExam: 3,
  /**
   * A person without a certificate (never issued, or revoked) and without an account, once every
   * one of their applications is past `applicationYearsAfterExam`: anonymised (name, ID number
   * and mobile replaced); their applications stay as numbers without a person.
   */
  anonymiseWithoutCertificate: "after-applications",
  /** Certificate holders' name, ID number, project, result and certificate number: long term (the center's certificate register and verification, 九); not deleted by the portal. */
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

/** Applications of batches whose exam day is before this day lose their details on `today`. */
export function applicationsExamCutoff(today: IsoDate): IsoDate {
  return yearsBefore(today, RETENTION.applicationYearsAfterExam);
}

/** What an anonymised person is called (ADR 061): the same for everyone, so it identifies no one. */
export const ANONYMISED_NAME = "已匿名";

/** An anonymised person's ID number: not an ID number (no 18-character shape), unique per row. */
export function anonymisedIdNumber(candidateId: string): string {
  return `anonymised:${candidateId}`;
}

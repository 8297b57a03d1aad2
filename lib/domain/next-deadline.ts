import type { ApplicationStatus } from "./application-state";
import type { BatchDef, IsoDate } from "./types";

export type DeadlineKind =
  | "registration-end"
  | "review-due"
  | "resubmit-by"
  | "payment-start"
  | "payment-end"
  | "ticket-start"
  | "ticket-end"
  | "exam"
  | "result-notice";

export interface NextDeadline {
  kind: DeadlineKind;
  date: IsoDate;
}

/**
 * What the applicant should watch next (issue 3 "the next deadline as a countdown"), from the
 * application's status and its batch's windows (三). Null when nothing is left to do.
 */
export function nextDeadline(
  status: ApplicationStatus,
  batch: BatchDef,
  today: IsoDate,
  extra: { reviewDueDate: IsoDate | null; resultNoticeStart: IsoDate },
): NextDeadline | null {
  const first = (...candidates: NextDeadline[]) => candidates.find((c) => c.date >= today) ?? null;
  switch (status) {
    case "DRAFT":
      return first({ kind: "registration-end", date: batch.registration.end });
    case "SUBMITTED":
      return extra.reviewDueDate ? first({ kind: "review-due", date: extra.reviewDueDate }) : null;
    case "RETURNED":
      return first({ kind: "resubmit-by", date: batch.review.end });
    case "APPROVED":
    case "PAYMENT_SUBMITTED":
      return first({ kind: "payment-start", date: batch.payment.start }, { kind: "payment-end", date: batch.payment.end });
    case "PAYMENT_CONFIRMED":
      return first(
        { kind: "ticket-start", date: batch.ticket.start },
        { kind: "ticket-end", date: batch.ticket.end },
        { kind: "exam", date: batch.examDate },
        { kind: "result-notice", date: extra.resultNoticeStart },
      );
    default:
      return null;
  }
}

import { dayOfWeek } from "@/lib/domain/iso-date";
import type { MessageKey, NamespaceKey } from "@/lib/i18n/message-key";
import type { BatchDef, IsoDate } from "@/lib/domain/types";

/**
 * Section 三's shape, as rules for a calendar an administrator types for a later year: every
 * date inside the year, each window start ≤ end, and the windows in the notice's order —
 * review starts no earlier than registration's last day (in 2025 they share it), payment after
 * review, ticket printing after payment, the exam after ticket printing. A pure function of the
 * input, so the form, the use case and the tests agree.
 */

export type BatchField =
  | "registrationStart"
  | "registrationEnd"
  | "reviewStart"
  | "reviewEnd"
  | "paymentStart"
  | "paymentEnd"
  | "ticketStart"
  | "ticketEnd"
  | "examDate";

export type BatchInput = Omit<BatchDef, "seq">;

export interface BatchCheck {
  /** Field → message keys (staffAdmin.calendar.errors.*). */
  errors: Partial<Record<BatchField, MessageKey[]>>;
  /** Not blocking: the administrator may have a reason (staffAdmin.calendar.warnings.*). */
  warnings: MessageKey[];
}

export function checkBatchCalendar(batch: BatchInput): BatchCheck {
  const errors: BatchCheck["errors"] = {};
  const add = (field: BatchField, key: NamespaceKey<"staffAdmin.calendar.errors">) =>
    (errors[field] ??= []).push(`staffAdmin.calendar.errors.${key}`);
  const dates: [BatchField, IsoDate][] = [
    ["registrationStart", batch.registration.start],
    ["registrationEnd", batch.registration.end],
    ["reviewStart", batch.review.start],
    ["reviewEnd", batch.review.end],
    ["paymentStart", batch.payment.start],
    ["paymentEnd", batch.payment.end],
    ["ticketStart", batch.ticket.start],
    ["ticketEnd", batch.ticket.end],
    ["examDate", batch.examDate],
  ];
  for (const [field, day] of dates) if (!day.startsWith(`${batch.year}-`)) add(field, "outsideYear");

  if (batch.registration.end < batch.registration.start) add("registrationEnd", "endBeforeStart");
  if (batch.review.end < batch.review.start) add("reviewEnd", "endBeforeStart");
  if (batch.payment.end < batch.payment.start) add("paymentEnd", "endBeforeStart");
  if (batch.ticket.end < batch.ticket.start) add("ticketEnd", "endBeforeStart");

  if (batch.review.start < batch.registration.end) add("reviewStart", "reviewBeforeRegistrationEnds");
  if (batch.payment.start <= batch.review.end) add("paymentStart", "paymentBeforeReviewEnds");
  if (batch.ticket.start <= batch.payment.end) add("ticketStart", "ticketBeforePaymentEnds");
  if (batch.examDate <= batch.ticket.end) add("examDate", "examBeforeTicketEnds");

  const warnings: MessageKey[] = [];
  const weekday = dayOfWeek(batch.examDate);
  if (weekday !== 6 && weekday !== 0) warnings.push("staffAdmin.calendar.warnings.examNotWeekend");
  return { errors, warnings };
}

export function hasErrors(check: BatchCheck): boolean {
  return Object.keys(check.errors).length > 0;
}

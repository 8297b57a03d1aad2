import { deriveBatchDates } from "./derived-dates";
import type { MessageKey } from "@/lib/i18n/message-key";
import { dayOfWeek, isoDateParts } from "./iso-date";
import type { BatchDef, IsoDate } from "./types";
import type { WorkingDayCalendar } from "./working-days";

/**
 * Calendar housekeeping for the batches staff enter for a later year (三, issue 17 item 6, ADR 084):
 * how batches are numbered, and what an administrator must confirm before a batch is saved.
 * Pure functions of the year's batches and the working-day calendar.
 */

export interface NumberedBatch {
  id: string;
  seq: number;
  published: boolean;
  examDate: IsoDate;
  registrationStart: IsoDate;
}

/**
 * 第N批 follows the exam dates: a published batch keeps its number for good (candidates,
 * institutions and printed tickets know it); drafts take the lowest numbers no published batch
 * holds, in order of their exam dates (then registration start, then id, so the answer is stable).
 * Hence a draft added later with an earlier exam moves ahead of later drafts, and deleting a
 * draft leaves no gap.
 */
export function numberBatches(batches: readonly NumberedBatch[]): Map<string, number> {
  const numbers = new Map<string, number>();
  const taken = new Set<number>();
  for (const b of batches) {
    if (!b.published) continue;
    numbers.set(b.id, b.seq);
    taken.add(b.seq);
  }
  const drafts = batches
    .filter((b) => !b.published)
    .sort(
      (a, b) =>
        a.examDate.localeCompare(b.examDate) ||
        a.registrationStart.localeCompare(b.registrationStart) ||
        a.id.localeCompare(b.id),
    );
  let next = 1;
  for (const draft of drafts) {
    while (taken.has(next)) next++;
    numbers.set(draft.id, next);
    taken.add(next);
  }
  return numbers;
}

/** A warning as a message key (namespace batchHousekeeping) and its values. */
export interface BatchWarning {
  key: MessageKey;
  values: Record<string, string | number>;
}

export type HousekeepingCalendar = Pick<
  WorkingDayCalendar,
  "isWorkingDay" | "isHoliday" | "hasHolidayData" | "addWorkingDays" | "subtractWorkingDays" | "periodEnd"
>;

type Input = Omit<BatchDef, "seq">;

function sameDates(a: Input, b: Input): boolean {
  return (
    a.examDate === b.examDate &&
    (["registration", "review", "payment", "ticket"] as const).every((w) => a[w].start === b[w].start && a[w].end === b[w].end)
  );
}

/** Every day the batch's rules use: its nine dates and the dates derived from them in working days (六 八 九). */
export function batchDays(batch: Input, calendar: HousekeepingCalendar): IsoDate[] {
  const derived = deriveBatchDates({ ...batch, seq: 0 }, calendar);
  return [
    batch.registration.start,
    batch.registration.end,
    batch.review.start,
    batch.review.end,
    batch.payment.start,
    batch.payment.end,
    batch.ticket.start,
    batch.ticket.end,
    batch.examDate,
    derived.ticketHandoutDeadline,
    derived.resultNoticeStart,
    derived.resultNoticeEnd,
    derived.certificateReadyFrom,
  ];
}

/**
 * What the administrator must see and confirm before the batch is saved (a second submit):
 * - an exam on a public holiday (2026-10-03), or on a weekend the State Council made a working
 *   day (调休): candidates and examiners are off, or at work;
 * - a batch with exactly the dates of another of the year (entered twice), one with the same exam
 *   date, or one whose registration window overlaps another's (2025's never do: each batch's
 *   registration closes before the next one's opens);
 * - any day of the batch, derived dates included (certificates 60 working days after a
 *   December exam fall in the next year), in a year whose holiday schedule is not known as a
 *   whole: those dates are counted with weekends only until the year's schedule is entered.
 */
export function batchWarnings(
  batch: Input,
  others: readonly (Input & { seq: number })[],
  calendar: HousekeepingCalendar,
): BatchWarning[] {
  const warnings: BatchWarning[] = [];
  const exam = batch.examDate;
  if (calendar.isHoliday(exam)) warnings.push({ key: "batchHousekeeping.warnings.examOnHoliday", values: { date: exam } });
  else if ([0, 6].includes(dayOfWeek(exam)) && calendar.isWorkingDay(exam))
    warnings.push({ key: "batchHousekeeping.warnings.examOnWorkedWeekend", values: { date: exam } });

  for (const other of [...others].sort((a, b) => a.seq - b.seq)) {
    if (sameDates(batch, other)) {
      warnings.push({ key: "batchHousekeeping.warnings.duplicate", values: { seq: other.seq } });
    } else if (other.examDate === exam) {
      warnings.push({ key: "batchHousekeeping.warnings.sameExamDate", values: { seq: other.seq, date: exam } });
    } else if (batch.registration.start <= other.registration.end && other.registration.start <= batch.registration.end) {
      warnings.push({
        key: "batchHousekeeping.warnings.registrationOverlaps",
        values: { seq: other.seq, start: other.registration.start, end: other.registration.end },
      });
    }
  }

  const unknown = new Map<number, IsoDate[]>();
  for (const day of new Set(batchDays(batch, calendar))) {
    const { year } = isoDateParts(day);
    if (!calendar.hasHolidayData(year)) unknown.set(year, [...(unknown.get(year) ?? []), day]);
  }
  for (const [year, days] of [...unknown].sort(([a], [b]) => a - b))
    warnings.push({
      key: "batchHousekeeping.warnings.holidaysUnknown",
      values: { year, dates: [...days].sort().join(", ") },
    });
  return warnings;
}

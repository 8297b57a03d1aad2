import "server-only";
import { isMessageKey } from "@/lib/i18n/known-key";
import { AppError } from "@/lib/app-error";
import type { Tx } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { createWorkingDayCalendar, type WorkingDayCalendar } from "@/lib/domain/working-days";
import type { BatchDef, IsoDate } from "@/lib/domain/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { mayDo, whatMay, type RuleAction, type RuleRole, type Verdict } from "@/lib/domain/window-rules";
import { ruleDates, type RuleDates } from "@/lib/domain/window-rules-dates";
import type { Actor } from "@/lib/server/auth/session";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";

/**
 * The use cases' and pages' door to the rule table (lib/domain/window-rules.ts): load the
 * working-day calendar, ask the table, and turn a refusal into an AppError whose key says what
 * to do. No use case checks a window any other way.
 */
export async function loadRuleDates(batch: BatchDef, tx?: Tx): Promise<RuleDates> {
  return ruleDates(batch, tx ? await calendarIn(tx) : await loadWorkingDayCalendar());
}

/**
 * The working-day calendar read on the transaction's own connection: a use case that asks the
 * table inside `db.$transaction` must not wait for a second connection (20 clerks confirming at
 * once would hold every connection of the pool and wait for one more).
 */
async function calendarIn(tx: Tx): Promise<WorkingDayCalendar> {
  const overrides = await tx.holidayOverride.findMany({ select: { date: true, isWorkingDay: true } });
  return createWorkingDayCalendar(new Map(overrides.map((o) => [toIsoDate(o.date), o.isWorkingDay])));
}

/** Which applicant column of the table an actor reads. */
export function applicantRole(actor: Pick<Actor, "kind">): "candidate" | "institution" {
  return actor.kind === "INSTITUTION" ? "institution" : "candidate";
}

export interface VerdictQuery {
  role: RuleRole;
  status: ApplicationStatus;
  batch: BatchDef;
  day: IsoDate;
}

export async function verdictFor(action: RuleAction, q: VerdictQuery, tx?: Tx): Promise<Verdict> {
  return mayDo(action, { ...q, status: q.status, dates: await loadRuleDates(q.batch, tx) });
}

/** The DTO fields the pages read: every action of the role with its verdict. */
export function verdictsFor(q: VerdictQuery, dates: RuleDates): Partial<Record<RuleAction, Verdict>> {
  return whatMay({ ...q, status: q.status, dates });
}

/** Throws the refusal: WINDOW_CLOSED when a date decides it, CONFLICT when the state does. */
export function assertAllowed(verdict: Verdict): void {
  if (verdict.allowed) return;
  const { key, params } = verdict.reason;
  const dated = Object.keys(params).length > 0;
  const refused = `windowRules.refused.${key}`;
  throw new AppError(dated ? "WINDOW_CLOSED" : "CONFLICT", dated && isMessageKey(refused) ? refused : `windowRules.${key}`);
}

/** Inside a transaction pass `tx`, so the calendar is read on its connection. */
export async function assertMay(action: RuleAction, q: VerdictQuery, tx?: Tx): Promise<void> {
  assertAllowed(await verdictFor(action, q, tx));
}

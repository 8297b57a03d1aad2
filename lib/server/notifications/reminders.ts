import "server-only";
import { db } from "@/lib/db";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import { addDays } from "@/lib/domain/iso-date";
import type { IsoDate } from "@/lib/domain/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inboxMessage, type InboxMessageKind } from "@/lib/i18n/stored-message";
import { keyedEvent, notifyApplicant, notifyEvent } from "./notify";

/** How many calendar days ahead a deadline is announced. Calendar days: a weekend does not move a window (三). */
export const REMINDER_DAYS_AHEAD = 2;

interface ReminderKind {
  kind: string;
  where: (from: Date, to: Date) => Prisma.ApplicationWhereInput;
  /** The message kinds (ADR 123): to a candidate, and to an institution naming its candidates. */
  message: InboxMessageKind;
  institutionMessage: InboxMessageKind;
  day: (batch: BatchDays) => { day: Date; end: Date };
}

interface BatchDays {
  registrationEnd: Date;
  reviewEnd: Date;
  paymentEnd: Date;
  ticketStart: Date;
  ticketEnd: Date;
}

const KINDS: ReminderKind[] = [
  {
    kind: "registration-end",
    where: (from, to) => ({
      status: "DRAFT",
      plan: { status: { not: "CANCELLED" }, batch: { registrationEnd: { gte: from, lte: to } } },
    }),
    day: (b) => ({ day: b.registrationEnd, end: b.registrationEnd }),
    message: "reminderRegistrationEnd",
    institutionMessage: "reminderRegistrationEndInstitution",
  },
  {
    kind: "resubmit-by",
    where: (from, to) => ({
      status: "RETURNED",
      plan: { status: { not: "CANCELLED" }, batch: { reviewEnd: { gte: from, lte: to } } },
    }),
    day: (b) => ({ day: b.reviewEnd, end: b.reviewEnd }),
    message: "reminderResubmit",
    institutionMessage: "reminderResubmitInstitution",
  },
  {
    kind: "payment-end",
    where: (from, to) => ({
      status: "APPROVED",
      plan: { status: { not: "CANCELLED" }, batch: { paymentEnd: { gte: from, lte: to } } },
    }),
    day: (b) => ({ day: b.paymentEnd, end: b.paymentEnd }),
    message: "reminderPaymentEnd",
    institutionMessage: "reminderPaymentEndInstitution",
  },
  {
    kind: "ticket-start",
    where: (from, to) => ({
      status: "PAYMENT_CONFIRMED",
      ticketNumber: { not: null },
      plan: { status: "HELD", batch: { ticketStart: { gte: from, lte: to } } },
    }),
    day: (b) => ({ day: b.ticketStart, end: b.ticketEnd }),
    message: "reminderTicketStart",
    institutionMessage: "reminderTicketStartInstitution",
  },
];

/**
 * Approaching-deadline reminders (issue 5): each kind once per application, whatever day the job
 * runs within the last REMINDER_DAYS_AHEAD days, and however often (the dedupeKey is unique).
 * Run it daily; it returns how many new messages went out.
 */
export async function sendDeadlineReminders(today: IsoDate): Promise<number> {
  const from = fromIsoDate(today);
  const to = fromIsoDate(addDays(today, REMINDER_DAYS_AHEAD));
  let sent = 0;
  for (const kind of KINDS) {
    const all = await db.application.findMany({
      where: kind.where(from, to),
      select: {
        id: true,
        channel: true,
        institutionId: true,
        planId: true,
        plan: {
          select: {
            project: { select: { name: true } },
            batch: { select: { registrationEnd: true, reviewEnd: true, paymentEnd: true, ticketStart: true, ticketEnd: true } },
          },
        },
      },
    });
    // An institution gets one reminder per plan naming its candidates, not one per candidate (issue 13 item 9).
    const apps = all.filter((a) => a.channel !== "INSTITUTION" || !a.institutionId);
    sent += await remindInstitutions(
      kind,
      all.filter((a) => a.channel === "INSTITUTION" && a.institutionId),
    );
    const keys = apps.map((a) => `reminder:${kind.kind}:${a.id}`);
    const done = new Set(
      (await db.notification.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map(
        (n) => n.dedupeKey,
      ),
    );
    for (const app of apps) {
      const dedupeKey = `reminder:${kind.kind}:${app.id}`;
      if (done.has(dedupeKey)) continue;
      const { day, end } = kind.day(app.plan.batch);
      const message = inboxMessage(kind.message, { project: app.plan.project.name, day: toIsoDate(day), end: toIsoDate(end) });
      await db.$transaction((tx) => notifyApplicant(tx, app.id, { ...message, dedupeKey }));
      sent++;
    }
  }
  return sent;
}

/**
 * One reminder per institution and plan (issue 13 item 9), naming the candidates it concerns;
 * sent once per (kind, institution, plan), as the individual reminders are once per application.
 */
async function remindInstitutions(
  kind: ReminderKind,
  apps: { id: string; institutionId: string | null; planId: string; plan: { project: { name: string }; batch: BatchDays } }[],
): Promise<number> {
  const groups = new Map<string, typeof apps>();
  for (const app of apps) {
    const key = `${app.institutionId}:${app.planId}`;
    groups.set(key, [...(groups.get(key) ?? []), app]);
  }
  let sent = 0;
  for (const [key, group] of groups) {
    const eventKey = `reminder:${kind.kind}:${key}`;
    const institutionId = group[0]!.institutionId!;
    if ((await db.notification.count({ where: { dedupeKey: `${eventKey}:institution:${institutionId}` } })) > 0) continue;
    const { day, end } = kind.day(group[0]!.plan.batch);
    const params = { project: group[0]!.plan.project.name, day: toIsoDate(day), end: toIsoDate(end) };
    await db.$transaction((tx) =>
      notifyEvent(
        tx,
        group.map((a) => a.id),
        keyedEvent({
          eventKey,
          candidate: kind.message,
          paramsFor: () => params,
          institution: kind.institutionMessage,
          institutionParams: (list, count) => ({ ...params, count, list }),
        }),
      ),
    );
    sent++;
  }
  return sent;
}

import "server-only";
import { db } from "@/lib/db";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import { addDays } from "@/lib/domain/iso-date";
import type { IsoDate } from "@/lib/domain/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyApplicant, notifyEvent } from "./notify";

/** How many calendar days ahead a deadline is announced. Calendar days: a weekend does not move a window (三). */
export const REMINDER_DAYS_AHEAD = 2;

interface ReminderKind {
  kind: string;
  where: (from: Date, to: Date) => Prisma.ApplicationWhereInput;
  message: (b: { project: string; day: IsoDate; end: IsoDate }) => { title: string; body: string };
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
    message: ({ project, day }) => ({
      title: "报名即将截止",
      body: `${project}报名于${day}截止，您的报名尚未提交，请尽快完善信息并提交（三、四）。`,
    }),
  },
  {
    kind: "resubmit-by",
    where: (from, to) => ({
      status: "RETURNED",
      plan: { status: { not: "CANCELLED" }, batch: { reviewEnd: { gte: from, lte: to } } },
    }),
    day: (b) => ({ day: b.reviewEnd, end: b.reviewEnd }),
    message: ({ project, day }) => ({
      title: "退回修改即将截止",
      body: `${project}的报名被退回修改，须在审核期内（${day}前）重新提交，逾期不再受理（四(二)3）。`,
    }),
  },
  {
    kind: "payment-end",
    where: (from, to) => ({
      status: "APPROVED",
      plan: { status: { not: "CANCELLED" }, batch: { paymentEnd: { gte: from, lte: to } } },
    }),
    day: (b) => ({ day: b.paymentEnd, end: b.paymentEnd }),
    message: ({ project, day }) => ({
      title: "缴费即将截止",
      body: `${project}缴费于${day}截止。未按时缴费视为放弃报考，不予核发准考证（五）。`,
    }),
  },
  {
    kind: "ticket-start",
    where: (from, to) => ({
      status: "PAYMENT_CONFIRMED",
      ticketNumber: { not: null },
      plan: { status: "HELD", batch: { ticketStart: { gte: from, lte: to } } },
    }),
    day: (b) => ({ day: b.ticketStart, end: b.ticketEnd }),
    message: ({ project, day, end }) => ({
      title: "准考证即将开放下载",
      body: `${project}准考证于${day}至${end}开放下载，请使用A4纸打印，考核当天携带准考证和二代身份证（六、七）。`,
    }),
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
      const message = kind.message({ project: app.plan.project.name, day: toIsoDate(day), end: toIsoDate(end) });
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
    const message = kind.message({ project: group[0]!.plan.project.name, day: toIsoDate(day), end: toIsoDate(end) });
    await db.$transaction((tx) =>
      notifyEvent(
        tx,
        group.map((a) => a.id),
        {
          title: message.title,
          eventKey,
          bodyFor: () => message.body,
          // Written to a candidate (「您的报名…」): the clerk reads it about the candidates listed.
          institutionBody: (list, count) =>
            `${message.body.replace(/您的/g, "下列考生的").replace(/您/g, "下列考生")}贵机构涉及 ${count} 名考生：${list}。`,
        },
      ),
    );
    sent++;
  }
  return sent;
}

import "server-only";
import type { Tx } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import { notifyEvent } from "@/lib/server/notifications/notify";
import { eventNote } from "@/lib/i18n/stored-message";

export interface IssuedTicket {
  applicationId: string;
  ticketNumber: string;
}

/**
 * Locks the plans' rows, in id order so two transactions never wait on each other in a cycle.
 * Every ticket allocation of a plan runs under this lock, which is what keeps its sequence
 * without gaps or repeats when payments are confirmed at the same moment (ADR 022).
 */
export async function lockPlans(tx: Tx, planIds: readonly string[]): Promise<void> {
  const ids = [...new Set(planIds)].sort();
  if (ids.length === 0) return;
  await tx.$queryRaw`SELECT id FROM "Plan" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
}

/** Highest sequence (SSSS of YYBBPPSSSSC) issued in the plan; 0 when none. Read under the plan lock. */
async function lastSequence(tx: Tx, planId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ last: number | null }[]>`
    SELECT max(substring("ticketNumber" from 7 for 4)::int) AS last
    FROM "Application" WHERE "planId" = ${planId}::uuid AND "ticketNumber" IS NOT NULL`;
  return rows[0]?.last ?? 0;
}

/**
 * 六: a ticket for every application whose payment is confirmed in a plan that is held. Called
 * by the payment confirmation (with the applications just confirmed) and by holdPlan (with
 * all of the plan's confirmed ones); anything else in the list (plan not held, not confirmed,
 * already ticketed) is skipped, so callers need not filter. Runs in the caller's transaction.
 */
export async function issueTicketsIfHeld(tx: Tx, applicationIds: readonly string[]): Promise<IssuedTicket[]> {
  const ids = [...new Set(applicationIds)];
  if (ids.length === 0) return [];
  const planIds = await tx.application.findMany({ where: { id: { in: ids } }, select: { planId: true }, distinct: ["planId"] });
  await lockPlans(
    tx,
    planIds.map((p) => p.planId),
  );
  // Read again after the lock: READ COMMITTED gives this statement a fresh snapshot, so a
  // ticket another transaction issued while we waited is seen here.
  const due = await tx.application.findMany({
    where: { id: { in: ids }, status: "PAYMENT_CONFIRMED", ticketNumber: null, plan: { status: "HELD" } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      planId: true,
      plan: {
        select: {
          batch: { select: { year: true, seq: true, ticketStart: true, ticketEnd: true } },
          project: { select: { seq: true, name: true } },
        },
      },
    },
  });
  const issued: IssuedTicket[] = [];
  const next = new Map<string, number>();
  for (const app of due) {
    const sequence = (next.get(app.planId) ?? (await lastSequence(tx, app.planId))) + 1;
    next.set(app.planId, sequence);
    const { batch, project } = app.plan;
    const ticketNumber = formatTicketNumber({ year: batch.year, batchSeq: batch.seq, projectSeq: project.seq, sequence });
    await tx.application.update({ where: { id: app.id }, data: { ticketNumber }, select: { id: true } });
    await tx.applicationEvent.create({
      data: {
        applicationId: app.id,
        fromStatus: "PAYMENT_CONFIRMED",
        toStatus: "PAYMENT_CONFIRMED",
        ...eventNote("timelineNotes.ticketIssued", { ticket: ticketNumber }),
      },
      select: { id: true },
    });
    issued.push({ applicationId: app.id, ticketNumber });
  }
  // One message per candidate who applied in person, one per institution and plan naming its candidates (issue 13 item 9).
  for (const planId of new Set(due.map((a) => a.planId))) {
    const first = due.find((a) => a.planId === planId)!;
    const { batch, project } = first.plan;
    const label = `${project.name}（${batch.year}年第${batch.seq}批）`;
    const window = `${toIsoDate(batch.ticketStart)}至${toIsoDate(batch.ticketEnd)}`;
    const plainParams = {
      project: project.name,
      year: batch.year,
      seq: batch.seq,
      start: toIsoDate(batch.ticketStart),
      end: toIsoDate(batch.ticketEnd),
    };
    const numbers = new Map(issued.map((i) => [i.applicationId, i.ticketNumber]));
    const mine = due.filter((a) => a.planId === planId).map((a) => a.id);
    await notifyEvent(tx, mine, {
      title: "准考证号已生成",
      eventKey: `tickets-issued:${planId}:${[...mine].sort()[0]}:${mine.length}`,
      bodyFor: (id) =>
        `${label}准考证号：${numbers.get(id)}。请于${window}下载打印准考证（六）；考场座位安排后以最新下载的准考证为准。`,
      lineFor: (id) => ({ key: "inbox.digest.ticket", params: { ticket: numbers.get(id) ?? "" } }),
      keys: {
        candidate: "ticketIssued",
        paramsFor: (id) => ({ ...plainParams, ticket: numbers.get(id) ?? "" }),
        institution: "ticketIssuedInstitution",
        institutionParams: (list, count) => ({ ...plainParams, count, list }),
      },
      institutionBody: (list, count) =>
        `${label}贵机构 ${count} 名考生的准考证号已生成：${list}。请于${window}统一打印准考证并在考核日期2个工作日前发放给考生本人（六）。`,
    });
  }
  return issued;
}

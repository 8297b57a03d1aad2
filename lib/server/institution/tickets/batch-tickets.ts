import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { deriveBatchDates } from "@/lib/domain/derived-dates";
import type { BatchDef, IsoDate } from "@/lib/domain/types";
import { assertAllowed, verdictFor } from "@/lib/server/applications/window-verdict";
import type { Actor } from "@/lib/server/auth/session";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { renderTicketsPdf } from "@/lib/server/documents/ticket-pdf";
import { buildTicketDtos } from "@/lib/server/tickets/build-ticket-dtos";
import { sortByName } from "@/lib/db-crypto/order";
import { loadBatch, loadInstitutionScope, loadScopedPlan, scopedApplications } from "../scope";

/** 六, asked of the rule table like every window (ADR 064): may the institution print its confirmed candidates' tickets today? */
function ticketsVerdict(batch: BatchDef, today: IsoDate) {
  return verdictFor("download-ticket", { role: "institution", status: "PAYMENT_CONFIRMED", batch, day: today });
}

export interface TicketPlanDto {
  planId: string;
  projectName: string;
  tickets: number;
}

export interface TicketOverviewDto {
  ticketWindow: { start: IsoDate; end: IsoDate };
  examDate: IsoDate;
  /** 六 "在考核日期2个工作日前发放给考生本人". */
  handoutDeadline: IsoDate;
  downloadable: boolean;
  plans: TicketPlanDto[];
}

/** 六: per plan of a batch, how many of the institution's candidates have a ticket. */
export async function ticketOverview(actor: Actor, batchId: string, today: IsoDate): Promise<TicketOverviewDto> {
  const scope = await loadInstitutionScope(actor);
  const batch = await loadBatch(batchId);
  const [grouped, calendar] = await Promise.all([
    db.application.groupBy({
      by: ["planId"],
      where: {
        ...scopedApplications(scope),
        plan: { batchId: batch.id, projectId: { in: [...scope.projectIds] } },
        status: "PAYMENT_CONFIRMED",
        ticketNumber: { not: null },
      },
      _count: { _all: true },
    }),
    loadWorkingDayCalendar(),
  ]);
  const plans = await db.plan.findMany({
    where: { id: { in: grouped.map((g) => g.planId) } },
    select: { id: true, project: { select: { seq: true, name: true } } },
  });
  return {
    ticketWindow: batch.ticket,
    examDate: batch.examDate,
    handoutDeadline: deriveBatchDates(batch, calendar).ticketHandoutDeadline,
    downloadable: (await ticketsVerdict(batch, today)).allowed,
    plans: plans
      .sort((a, b) => a.project.seq - b.project.seq)
      .map((p) => ({
        planId: p.id,
        projectName: p.project.name,
        tickets: grouped.find((g) => g.planId === p.id)?._count._all ?? 0,
      })),
  };
}

/**
 * 六 "按提示统一打印资格复审合格且按时缴费的考生准考证": one PDF with the tickets of all the
 * institution's confirmed candidates of a plan (1,000 render in about 6 s, bench/tickets.ts).
 */
export async function batchTicketsPdf(
  actor: Actor,
  planId: string,
  today: IsoDate,
  baseUrl: string,
): Promise<{ pdf: Buffer; fileName: string }> {
  const scope = await loadInstitutionScope(actor);
  const plan = await loadScopedPlan(scope, planId);
  assertAllowed(await ticketsVerdict(plan.batch, today));
  const rows = await db.application.findMany({
    where: { ...scopedApplications(scope), planId: plan.id, status: "PAYMENT_CONFIRMED", ticketNumber: { not: null } },
    select: { id: true },
  });
  if (rows.length === 0) throw new AppError("NOT_FOUND", "institution.errors.tickets.none");
  const tickets = await buildTicketDtos(rows.map((r) => r.id));
  return {
    pdf: await renderTicketsPdf(tickets, baseUrl),
    fileName: `准考证-${plan.batch.year}年第${plan.batch.seq}批-${plan.project.name}-${tickets.length}人.pdf`,
  };
}

/**
 * 六 for a whole batch (issue 13 item 2, ADR 097): one PDF with the tickets of all the
 * institution's confirmed candidates of the batch, every project, sorted by project (附件1
 * order) then name, so the clerk hands them out project by project. `planId` narrows it to one
 * project (the per-project option); a plan outside the batch or the institution's projects is NOT_FOUND.
 */
export async function wholeBatchTicketsPdf(
  actor: Actor,
  batchId: string,
  today: IsoDate,
  baseUrl: string,
  options: { planId?: string } = {},
): Promise<{ pdf: Buffer; fileName: string }> {
  const scope = await loadInstitutionScope(actor);
  const batch = await loadBatch(batchId);
  const plan = options.planId ? await loadScopedPlan(scope, options.planId) : null;
  if (plan && plan.batch.id !== batch.id) throw new AppError("NOT_FOUND", "institution.errors.planNotFound");
  assertAllowed(await ticketsVerdict(batch, today));
  const rows = await db.application.findMany({
    where: {
      ...scopedApplications(scope),
      plan: { batchId: batch.id, projectId: { in: [...scope.projectIds] } },
      ...(plan ? { planId: plan.id } : {}),
      status: "PAYMENT_CONFIRMED",
      ticketNumber: { not: null },
    },
    orderBy: [{ plan: { project: { seq: "asc" } } }, { ticketNumber: "asc" }],
    select: { id: true, planId: true, ticketNumber: true, candidate: { select: { name: true } } },
  });
  if (rows.length === 0) throw new AppError("NOT_FOUND", "institution.errors.tickets.none");
  // Names are encrypted at rest: ordered here, within each project (ADR 057).
  const order = new Map(
    sortByName(
      rows,
      (r) => r.candidate.name,
      (r) => r.planId,
    ).map((r, i) => [r.ticketNumber!, i]),
  );
  const tickets = (await buildTicketDtos(rows.map((r) => r.id))).sort(
    (a, b) => order.get(a.ticketNumber)! - order.get(b.ticketNumber)!,
  );
  const label = `${batch.year}年第${batch.seq}批`;
  return {
    pdf: await renderTicketsPdf(tickets, baseUrl),
    fileName: plan
      ? `准考证-${label}-${plan.project.name}-${tickets.length}人.pdf`
      : `准考证-${label}-全部项目-${tickets.length}人.pdf`,
  };
}

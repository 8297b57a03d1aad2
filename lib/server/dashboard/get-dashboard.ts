import "server-only";
import { db } from "@/lib/db";
import { fromIsoDate } from "@/lib/dates";
import { batchPhase, type BatchPhase } from "@/lib/domain/window-rules";
import { ruleDates } from "@/lib/domain/window-rules-dates";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import type { IsoDate } from "@/lib/domain/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { assertAnyStaff } from "@/lib/server/auth/staff-guard";
import { reviewBatchesOn } from "@/lib/server/review/review-batches";

export type StatusGroup = "draft" | "review" | "payment" | "confirmed" | "closed";

export interface DashboardBatchDto {
  id: string;
  year: number;
  seq: number;
  examDate: IsoDate;
  /** The rule table's ten phases (before registration … after the results notice). */
  phase: BatchPhase;
  counts: Record<StatusGroup, number>;
  /** Non-draft applications per project, for the bar chart. */
  projects: { seq: number; name: string; count: number }[];
}

export interface DashboardDto {
  today: IsoDate;
  /** Past their feedback due day and still decidable today (the rule table): "去处理" finds them. */
  overdueReviews: { count: number; oldestDue: IsoDate | null };
  /** ADR 064: undecided applications of batches in their last review days, with the grace's end. */
  escalations: { count: number; graceEnd: IsoDate | null };
  pendingReceipts: number;
  awaitingConfirmation: number;
  batches: DashboardBatchDto[];
  /**
   * Issue 16 item 10: which work lists the asking role may open, so a card links only where the
   * page will not answer 「您没有权限」 (review: REVIEWER; payments: FINANCE).
   */
  links: { review: boolean; payments: boolean };
}

const GROUP: Record<ApplicationStatus, StatusGroup> = {
  DRAFT: "draft",
  SUBMITTED: "review",
  RETURNED: "review",
  APPROVED: "payment",
  PAYMENT_SUBMITTED: "payment",
  PAYMENT_CONFIRMED: "confirmed",
  REJECTED: "closed",
  LAPSED: "closed",
  FORFEITED: "closed",
  CANCELLED: "closed",
};

/** The center's morning view: where each batch of the year stands, and what is late. */
export async function getDashboard(actor: Actor, today: IsoDate): Promise<DashboardDto> {
  const staff = assertAnyStaff(actor);
  const roles = staff.kind === "STAFF" ? staff.roles : [];
  const year = Number(today.slice(0, 4));
  const [review, calendar] = await Promise.all([reviewBatchesOn(today), loadWorkingDayCalendar()]);
  const overdueWhere = {
    status: "SUBMITTED",
    reviewDueDate: { lt: fromIsoDate(today) },
    plan: { batchId: { in: review.decidable } },
  } as const;
  const escalating = review.escalating.map((b) => b.id);
  const [batches, groups, overdue, oldest, pendingReceipts, awaitingConfirmation, escalated] = await Promise.all([
    db.batch.findMany({ where: { year, published: true }, orderBy: { seq: "asc" }, select: batchSelect }),
    db.application.groupBy({ by: ["planId", "status"], where: { plan: { batch: { year } } }, _count: { _all: true } }),
    // 四(一)3: the center answers within 10 working days; a submitted one past its due day is late.
    db.application.count({ where: overdueWhere }),
    db.application.findFirst({
      where: overdueWhere,
      orderBy: { reviewDueDate: "asc" },
      select: { reviewDueDate: true },
    }),
    db.payment.count({ where: { status: "PENDING" } }),
    db.application.count({ where: { status: "PAYMENT_SUBMITTED" } }),
    db.application.count({ where: { status: "SUBMITTED", plan: { batchId: { in: escalating } } } }),
  ]);
  const plans = await db.plan.findMany({
    where: { id: { in: [...new Set(groups.map((g) => g.planId))] } },
    select: { id: true, batchId: true, project: { select: { seq: true, name: true } } },
  });
  const planById = new Map(plans.map((p) => [p.id, p]));
  return {
    today,
    overdueReviews: { count: overdue, oldestDue: oldest?.reviewDueDate ? oldest.reviewDueDate.toISOString().slice(0, 10) : null },
    escalations: {
      count: escalated,
      graceEnd: review.escalating.map((b) => b.graceEnd).sort()[0] ?? null,
    },
    pendingReceipts,
    awaitingConfirmation,
    links: { review: roles.includes("REVIEWER"), payments: roles.includes("FINANCE") },
    batches: batches.map((row) => {
      const def = toBatchDef(row);
      const counts: Record<StatusGroup, number> = { draft: 0, review: 0, payment: 0, confirmed: 0, closed: 0 };
      const projects = new Map<number, { seq: number; name: string; count: number }>();
      for (const g of groups) {
        const plan = planById.get(g.planId);
        if (plan?.batchId !== row.id) continue;
        counts[GROUP[g.status]] += g._count._all;
        if (g.status === "DRAFT") continue;
        const entry = projects.get(plan.project.seq) ?? { ...plan.project, count: 0 };
        entry.count += g._count._all;
        projects.set(plan.project.seq, entry);
      }
      return {
        id: row.id,
        year: row.year,
        seq: row.seq,
        examDate: def.examDate,
        phase: batchPhase(def, today, ruleDates(def, calendar)),
        counts,
        projects: [...projects.values()].sort((a, b) => a.seq - b.seq),
      };
    }),
  };
}
